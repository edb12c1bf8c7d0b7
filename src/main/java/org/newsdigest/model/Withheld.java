package org.newsdigest.model;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What identifies the articles that are not published (their web addresses and headlines), kept instead of
 * the articles themselves so that a large corpus does not hold every unpublished article in memory.
 */
public final class Withheld {

    private final Set<URI> urls = new HashSet<>();
    private final Set<String> titles = new HashSet<>();

    public void add(Article article) {
        article.webUrl().ifPresent(urls::add);
        article.originalUrl().ifPresent(urls::add);
        titles.add(key(article.title()));
    }

    /** True when a related entry is one of the withheld articles: same web address, or same headline. */
    boolean describes(RelatedItem item) {
        return item.webUrl().map(urls::contains).orElse(false) || titles.contains(key(item.title()));
    }

    private static String key(String title) {
        return Slugs.collapseSpaces(title).toLowerCase(Locale.ROOT);
    }
}
