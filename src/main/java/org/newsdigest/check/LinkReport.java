package org.newsdigest.check;

import java.util.List;

/** What the link check found: how many pages and links it looked at, and every link that is broken. */
public record LinkReport(int pagesChecked, int internalLinks, int externalLinks, List<BrokenLink> broken) {

    public LinkReport {
        broken = List.copyOf(broken);
    }

    public boolean passed() {
        return broken.isEmpty();
    }
}
