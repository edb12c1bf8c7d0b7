package org.newsdigest.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * Checks the content, templates and output folders a config names against each other, the home folder, the system's
 * folders and the folders the build keeps beside the output. Folders are compared as the file system resolves them
 * (symbolic links followed), so another spelling of the home folder is still the home folder; paths are shown as the
 * config's folder sees them, the way the user wrote them.
 */
final class SiteFolderChecker {

    private final Path siteRoot;
    private final Path home;
    private final Problems problems;

    /** @param home the folder the output may never be or hold */
    SiteFolderChecker(Path siteRoot, Path home, Problems problems) {
        this.siteRoot = siteRoot;
        this.home = home;
        this.problems = problems;
    }

    /**
     * Publishing replaces the output folder wholesale, so it must never be a folder that holds anything else. One
     * mistake (say {@code output: .}) can break several rules; they are reported as one problem.
     *
     * @param where       what the problem is blamed on: the config's key, or the option that overrode it
     * @param shownOutput the output folder as the user who wrote it sees it
     */
    void checkOutput(Path output, SourcePosition where, String shownOutput, Path content, Path templates) {
        Path real = realPath(output);
        List<String> reasons = new ArrayList<>();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            reasons.add("it is a file, not a folder");
        } else if (real.getParent() == null) {
            // it holds everything; naming the content and templates folders as well would only bury that
            reasons.add("it is the file system root");
        } else if (SystemFolders.holding(real).isPresent()) {
            reasons.add("it is inside " + Quote.of(SystemFolders.holding(real).get().toString())
                    + ", which holds the system's own files");
        } else {
            if (realPath(home).startsWith(real)) {
                reasons.add(real.equals(realPath(home)) ? "it is the home folder" : "it holds the home folder");
            }
            if (realPath(siteRoot).startsWith(real)) {
                reasons.add("it holds the site's config file");
            }
            if (overlaps(real, realPath(content))) {
                reasons.add("it overlaps the content folder " + shown(content));
            }
            if (overlaps(real, realPath(templates))) {
                reasons.add("it overlaps the templates folder " + shown(templates));
            }
        }
        if (!reasons.isEmpty()) {
            String because = reasons.size() == 1 ? reasons.get(0)
                    : String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1);
            problems.error(where, "'output' " + shownOutput + " cannot be used because " + because + "; "
                    + ConfigKeys.OUTPUT.fix());
        }
    }

    /**
     * Beside the output the build keeps {@code .output.staging} (the new site as it renders), {@code .output.previous}
     * (the old one while publishing) and {@code .output.cache}; it deletes and replaces them, so a content or
     * templates folder must not be one of them or inside one.
     *
     * @param key the config key that names {@code folder}
     */
    void checkNotInsideBuildFolders(String key, SourcePosition where, Path folder, Path output) {
        if (output.getFileName() == null) {
            return; // the file system root, refused by checkOutput
        }
        Path real = realPath(folder);
        for (Path buildFolder : OutputSiblings.of(output).rewrittenByBuilds()) {
            if (real.startsWith(realPath(buildFolder))) {
                problems.error(where, "'" + key + "' " + shown(folder) + " cannot be used because it is "
                        + (real.equals(realPath(buildFolder)) ? "" : "inside ") + shown(buildFolder)
                        + ", a folder the build deletes and rewrites beside the output " + shown(output)
                        + "; move the " + key + " to a folder whose name does not start with '." + output.getFileName() + ".'");
                return;
            }
        }
    }

    /** A /proc, /sys or /dev folder would build (or publish) the system's own pseudo-files: nothing a site holds. */
    void checkNotSystemFolder(String key, SourcePosition where, Path folder) {
        SystemFolders.holding(realPath(folder)).ifPresent(system -> problems.error(where,
                "'" + key + "' " + shown(folder) + " cannot be used because it is inside " + Quote.of(system.toString())
                        + ", which holds the system's own files, not a site's; choose a folder of your own"));
    }

    /** The templates folder need not exist (the built-in theme is used), but it cannot be a file. */
    void checkTemplates(SourcePosition where, Path templates) {
        if (Files.exists(templates) && !Files.isDirectory(templates)) {
            problems.error(where, "the templates folder " + shown(templates) + " is a file, not a folder; set 'templates' to the "
                    + "folder of the site's templates, or leave it out to use the built-in theme");
        }
    }

    void checkContent(SourcePosition where, Path content) {
        if (!Files.isDirectory(content)) {
            problems.error(where, "the content folder " + shown(content) + (Files.exists(content) ? " is a file, not a folder; set"
                    : " does not exist; create it or set") + " 'content' to the folder of article files");
        }
    }

    private static boolean overlaps(Path a, Path b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /**
     * The path with symbolic links resolved as far as it exists: the real path of its deepest existing folder, with the
     * rest (which does not exist yet) appended.
     */
    private static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private String shown(Path path) {
        return Quote.of(DisplayPaths.show(path, siteRoot));
    }
}
