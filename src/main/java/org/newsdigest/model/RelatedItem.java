package org.newsdigest.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Coverage of the same or a nearby story elsewhere, as listed in an article's {@code related} field.
 *
 * @param type    the seed's {@code type} ({@code article}); empty when not given
 * @param quality the seed's {@code quality} score; 0 when not given
 */
public record RelatedItem(
        String title,
        String excerpt,
        Optional<Instant> publishedAt,
        Optional<URI> webUrl,
        Optional<URI> ampWebUrl,
        Optional<URI> cdnAmpWebUrl,
        String type,
        int quality,
        Optional<Provider> provider,
        List<Image> images) {

    public RelatedItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(webUrl, "webUrl");
        Objects.requireNonNull(ampWebUrl, "ampWebUrl");
        Objects.requireNonNull(cdnAmpWebUrl, "cdnAmpWebUrl");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider");
        images = List.copyOf(images);
    }
}
