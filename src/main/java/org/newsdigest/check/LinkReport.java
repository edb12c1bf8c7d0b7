package org.newsdigest.check;

import java.util.List;
import java.util.Map;

/**
 * What the link check found: how many pages and links it looked at, every link that is broken, and the files each
 * page it read links to (what the next incremental build needs to know which kept pages to read again).
 */
public record LinkReport(int pagesChecked, int internalLinks, int externalLinks, List<BrokenLink> broken,
        Map<String, PageLinks> linksByPage) {

    public LinkReport {
        broken = List.copyOf(broken);
        linksByPage = Map.copyOf(linksByPage);
    }

    public boolean passed() {
        return broken.isEmpty();
    }
}
