package org.newsdigest.build;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.newsdigest.check.LinkChecker;
import org.newsdigest.check.LinkReport;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.StagingArea;

/** The output folder as the last build published it: {@code check} and the plugin's check goal read it through here. */
public final class PublishedSite {

    private PublishedSite() {
    }

    /**
     * Checks every internal link of the published site, read-only: under the site's lock where its lock file is there
     * to be opened, so that no build swaps the folder while it is read, and without one where it is not (a read-only
     * file system, a folder news-digest never built into), never creating anything. Pages are read on as many threads
     * as the config's {@code threads}.
     *
     * @throws EnvironmentFailure when another build holds the lock, or the folder holds no news-digest site
     */
    public static LinkReport check(SiteConfig config) {
        Path output = config.outputDir();
        if (!Files.isRegularFile(output.resolve(StagingArea.MARKER), LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(output.resolve("index.html"))) {
            // checking a folder of other files would pass with "0 files checked" and prove nothing
            throw new EnvironmentFailure(EnvironmentFailure.Kind.OUTPUT_NOT_OURS, output, "%s holds no site built by "
                    + "news-digest (no " + StagingArea.MARKER + " mark, no index.html); build the site first, or check the "
                    + "folder it was built into");
        }
        Optional<SiteLock> lock = SiteLock.takeForReadingIfThere(OutputSiblings.of(output).lock());
        try {
            try (BuildThreads threads = new BuildThreads(config.threads())) {
                return new LinkChecker(config.baseUrl(), threads).check(output);
            }
        } finally {
            lock.ifPresent(SiteLock::close);
        }
    }
}
