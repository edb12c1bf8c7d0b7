package org.newsdigest.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What tells one article file from another story: its file, its headline and its web addresses. Every article has
 * one; a file that is invalid, or whose header cannot be read as a whole, has only this much (as far as it could be
 * read), which is enough to keep it out of other articles' related lists ({@link Withheld}).
 *
 * @param title the headline as written, without surrounding spaces; empty when none could be read
 */
public record ArticleIdentity(
        Path source,
        String title,
        Optional<URI> originalUrl,
        Optional<URI> webUrl,
        Optional<URI> ampWebUrl,
        Optional<URI> cdnAmpWebUrl) {

    public ArticleIdentity {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(originalUrl, "originalUrl");
        Objects.requireNonNull(webUrl, "webUrl");
        Objects.requireNonNull(ampWebUrl, "ampWebUrl");
        Objects.requireNonNull(cdnAmpWebUrl, "cdnAmpWebUrl");
    }

    /** Where a reader goes to read the original: {@code originalUrl}, else {@code webUrl}. */
    public Optional<URI> sourceUrl() {
        return originalUrl.or(() -> webUrl);
    }

    /** Every address the file gives for its story. */
    public Stream<URI> addresses() {
        return Stream.of(webUrl, originalUrl, ampWebUrl, cdnAmpWebUrl).flatMap(Optional::stream);
    }
}
