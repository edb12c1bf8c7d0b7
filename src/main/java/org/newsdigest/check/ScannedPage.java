package org.newsdigest.check;

import java.util.List;
import java.util.Set;

/**
 * What the link check needs of a page it did not read itself: the page's ids, and the target of each of its links in
 * document order, without their lines and columns (a page with a broken link is read again for those).
 */
public record ScannedPage(Set<String> ids, List<String> links) {

    public ScannedPage {
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
    }
}
