package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsdigest.cache.CacheFolder;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.write.StagingArea;

/**
 * Decides whether a build may replace the output folder: only one that is absent, empty, or that news-digest
 * provably wrote (one holding no file, only empty folders, counts as empty), because it holds the {@link StagingArea#MARKER} every published site carries or, for a site
 * published before sites carried it, the cache beside it holds the manifest of a published site. Anything else (a
 * repository's {@code docs/}, a home folder named by mistake) is refused before any work.
 */
final class OutputOwnership {

    private OutputOwnership() {
    }

    static void check(OutputSiblings siblings) {
        Path output = siblings.output();
        if (Files.isSymbolicLink(output)) {
            // the config names a link: a choice to change (exit 2), not a failure of the disk
            throw new EnvironmentFailure(EnvironmentFailure.Kind.OUTPUT_NOT_OURS, output, Files.exists(output)
                    ? "output %s is a symbolic link, which publishing would replace by a folder; set 'output' to the folder it points to"
                    : "output %s is a symbolic link to nothing; remove the link, or set 'output' to a real folder");
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new EnvironmentFailure(EnvironmentFailure.Kind.OUTPUT_NOT_OURS, output,
                    "output %s is a file, not a folder; remove it, or set 'output' (or --output) to a folder");
        }
        if (Files.isRegularFile(output.resolve(StagingArea.MARKER), LinkOption.NOFOLLOW_LINKS)
                || CacheFolder.holdsAManifestFor(output) || killedWhilePublishingBefore(siblings) || isEmpty(output)) {
            return;
        }
        throw new EnvironmentFailure(EnvironmentFailure.Kind.OUTPUT_NOT_OURS, output,
                "output %s holds files news-digest did not write, and a build replaces the whole folder; "
                        + "set 'output' (or --output) to a new or empty folder, or empty this one if nothing in it is needed");
    }

    /**
     * Versions before the mark published an incremental build by moving files in along a journal, and forgot the
     * manifest meanwhile: a build killed there left only the journal as proof.
     */
    private static boolean killedWhilePublishingBefore(OutputSiblings siblings) {
        return Files.isRegularFile(siblings.oldPublishJournal(), LinkOption.NOFOLLOW_LINKS);
    }

    /** Holds no file, only empty folders if any: replacing it loses nothing. */
    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.allMatch(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw EnvironmentFailure.io("read the output folder", folder, e);
        }
    }
}
