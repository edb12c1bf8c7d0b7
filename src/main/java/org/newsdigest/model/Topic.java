package org.newsdigest.model;

import java.util.Objects;

/** A subject an article is filed under. Names that differ only in case or spacing share a slug, hence a page. */
public record Topic(String name, String slug) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
    }

    public static Topic named(String name) {
        String clean = Slugs.collapseSpaces(name);
        return new Topic(clean, Slugs.of(clean));
    }
}
