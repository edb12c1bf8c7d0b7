package org.newsdigest.build;

import org.newsdigest.check.LinkChecker;
import org.newsdigest.check.LinkReport;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.threads.BuildThreads;

/** Checks the new site's internal links, reading only the pages that may have changed, and decides if it may be published. */
final class CheckPhase {

    /** @param publishable no broken link, and with {@code strict} no problem at all */
    record Checked(LinkReport links, boolean publishable) {
    }

    private final SiteConfig config;
    private final BuildThreads threads;

    CheckPhase(SiteConfig config, BuildThreads threads) {
        this.config = config;
        this.threads = threads;
    }

    /** @param problems every problem the build found so far */
    Checked check(SiteOutput output, Problems problems) {
        LinkReport links = new LinkChecker(config.baseUrl(), threads).check(output.toCheck());
        return new Checked(links, links.passed() && !(config.strict() && problems.size() > 0));
    }
}
