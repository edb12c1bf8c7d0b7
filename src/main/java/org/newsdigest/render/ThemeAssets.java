package org.newsdigest.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.ReadFailure;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.load.SiteFolderWalker;

/**
 * The theme's static files ({@code static/} beside the templates): the built-in ones from the jar, replaced
 * file by file by any the site's {@code templates/static/} folder holds, plus the site's own additions. The site's
 * are found under the rule of {@link SiteFolderWalker}, bound to the templates folder: a link out of it, or a pipe
 * or device, fails the build with the link named, since a theme without one of its files is not the site it shows.
 */
public final class ThemeAssets {

    static final String FOLDER = "static";

    /** The files of the built-in theme's {@code static/} folder, the repository's {@code templates/static/}. */
    static final List<String> BUILT_IN = List.of("icon.svg", "search.js", "share.png", "style.css");

    /** Hidden files are left out, as before; hidden folders are kept, for {@code .well-known/}. */
    private static final SiteFolderWalker.Names NAMES = new SiteFolderWalker.Names(name -> true, name -> !name.startsWith("."));

    private final Path siteTemplates;

    public ThemeAssets(Path siteTemplates) {
        this.siteTemplates = siteTemplates;
    }

    /** Every static file as an output page, keyed and sorted by output path. */
    public Map<String, RenderedPage> collect() throws TemplateFailure {
        Map<String, RenderedPage> files = new TreeMap<>();
        readBuiltIn(files);
        Path own = siteTemplates.resolve(FOLDER);
        if (Files.isDirectory(own)) {
            Problems problems = new Problems();
            readTree(new SiteFolderWalker("templates folder", NAMES).files(siteTemplates, own, problems), own, files, problems);
            if (problems.hasErrors()) {
                throw new TemplateFailure(problems.list());
            }
        }
        return files;
    }

    /**
     * The built-in theme's own files, read through the class loader, which has the jar open already: opening the jar
     * as a file system to list its folder read the whole central directory of a 20 MB jar on every build.
     */
    private static void readBuiltIn(Map<String, RenderedPage> files) {
        for (String name : BUILT_IN) {
            String resource = ThemeTemplates.THEME_RESOURCE_ROOT + "/" + FOLDER + "/" + name;
            try (InputStream in = ThemeAssets.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in theme has no " + resource);
                }
                files.put(FOLDER + "/" + name, new RenderedPage(FOLDER + "/" + name, in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("the built-in theme cannot be read: " + resource, e);
            }
        }
    }

    private static void readTree(List<Path> found, Path folder, Map<String, RenderedPage> files, Problems problems) {
        for (Path file : found) {
            String path = FOLDER + "/" + folder.relativize(file).toString().replace('\\', '/');
            try {
                files.put(path, new RenderedPage(path, Files.readAllBytes(file)));
            } catch (IOException e) {
                problems.error(SourcePosition.ofFile(file), ReadFailure.message(e));
            }
        }
    }
}
