package org.newsdigest.model;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * One article file, parsed and validated. Holds no raw file text and no {@code secured} value: the header
 * reader discards that field, so nothing downstream can publish it.
 *
 * @param source   the file it was read from
 * @param slug     its permalink's one segment: the header's {@code slug}, else its file's name; never shared by two
 *                 published articles ({@link DigestBuilder} reports that as an error), and independent of its headline, date and the site's time zone
 * @param slugAt   where its slug was written: the {@code slug:} value, else the start of the file (slug from the file name)
 * @param aliases  earlier site paths of this article ({@code articles/2021/07/28/old-title/}, no leading '/'),
 *                 each of which gets a page that sends the reader on to its permalink
 * @param bodyHtml the Markdown body rendered to safe HTML (empty when the file has no body)
 */
public record Article(
        Path source,
        String slug,
        String title,
        String excerpt,
        Instant publishedAt,
        Optional<URI> originalUrl,
        Optional<URI> webUrl,
        Optional<URI> ampWebUrl,
        Optional<URI> cdnAmpWebUrl,
        String type,
        String category,
        int quality,
        int heat,
        boolean published,
        Provider provider,
        List<Topic> topics,
        List<Image> images,
        List<RelatedItem> related,
        List<Alias> aliases,
        String bodyHtml,
        SourcePosition slugAt) {

    /** Newest first; ties broken by title, then file, so every build lists articles in the same order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::publishedAt).reversed()
            .thenComparing(Article::title)
            .thenComparing(a -> a.source().toString());

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(originalUrl, "originalUrl");
        Objects.requireNonNull(webUrl, "webUrl");
        Objects.requireNonNull(ampWebUrl, "ampWebUrl");
        Objects.requireNonNull(cdnAmpWebUrl, "cdnAmpWebUrl");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        topics = List.copyOf(topics);
        images = List.copyOf(images);
        related = List.copyOf(related);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(slugAt, "slugAt");
    }

    /** An article whose slug comes from its file's name. */
    public Article(Path source, String slug, String title, String excerpt, Instant publishedAt, Optional<URI> originalUrl,
            Optional<URI> webUrl, Optional<URI> ampWebUrl, Optional<URI> cdnAmpWebUrl, String type, String category,
            int quality, int heat, boolean published, Provider provider, List<Topic> topics, List<Image> images,
            List<RelatedItem> related, List<Alias> aliases, String bodyHtml) {
        this(source, slug, title, excerpt, publishedAt, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl, type, category,
                quality, heat, published, provider, topics, images, related, aliases, bodyHtml, SourcePosition.ofFile(source));
    }

    public Optional<Image> leadImage() {
        return images.stream().findFirst();
    }

    /** Where a reader goes to read the original: {@code originalUrl}, else {@code webUrl}. */
    public Optional<URI> sourceUrl() {
        return originalUrl.or(() -> webUrl);
    }

    public Article withBodyHtml(String html) {
        return new Article(source, slug, title, excerpt, publishedAt, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl,
                type, category, quality, heat, published, provider, topics, images, related, aliases, html, slugAt);
    }

    public Article withRelated(List<RelatedItem> newRelated) {
        return new Article(source, slug, title, excerpt, publishedAt, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl,
                type, category, quality, heat, published, provider, topics, images, newRelated, aliases, bodyHtml, slugAt);
    }
}
