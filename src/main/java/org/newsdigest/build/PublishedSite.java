package org.newsdigest.build;

import org.newsdigest.check.LinkChecker;
import org.newsdigest.check.LinkReport;
import org.newsdigest.config.SiteConfig;

/** The output folder as the last build published it: {@code check} and the plugin's check goal read it through here. */
public final class PublishedSite {

    private PublishedSite() {
    }

    /**
     * Checks every internal link of the published site under the site's lock, so that no build swaps the folder while
     * it is read.
     *
     * @throws org.newsdigest.diagnostic.EnvironmentFailure when another build holds the lock
     */
    public static LinkReport check(SiteConfig config) {
        try (SiteLock lock = SiteLock.take(SiteLock.beside(config.outputDir()))) {
            return new LinkChecker(config.baseUrl()).check(config.outputDir());
        }
    }
}
