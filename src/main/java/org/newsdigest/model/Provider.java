package org.newsdigest.model;

import java.util.Objects;

/** The outlet that published an article; {@code domain} is empty when the file does not give one. */
public record Provider(String name, String domain, String slug) {

    public Provider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(slug, "slug");
    }

    public static Provider named(String name, String domain) {
        String clean = Slugs.collapseSpaces(name);
        return new Provider(clean, domain, Slugs.of(clean));
    }
}
