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
 * One article file, parsed and validated; made by an {@link ArticleBuilder} ({@link #builder()}). Holds no raw file
 * text and no {@code secured} value: the header reader discards that field, so nothing downstream can publish it.
 *
 * @param identity its file, headline and web addresses: what a withheld or invalid file has too
 * @param slug     its permalink's one segment: the header's {@code slug}, else its file's name; never shared by two
 *                 published articles ({@link DigestBuilder} reports that as an error), and independent of its headline, date and the site's time zone
 * @param slugAt   where its slug was written: the {@code slug:} value, else the start of the file (slug from the file name)
 * @param updatedAt when it last changed ({@code updatedDateTime}), never before {@code publishedAt}; empty when it has not
 * @param updatedAtPosition where its {@code updatedDateTime} was written, the start of the file when it has none: the place
 *                  a warning about an update dated after the build points at
 * @param aliases  earlier site paths of this article ({@code articles/2021/07/28/old-title/}, no leading '/'),
 *                 each of which gets a page that sends the reader on to its permalink
 * @param related  its {@code related} entries, with what the model and the page keys use of each apart from the entries,
 *                 which a list read from the parse cache decodes only when its page is rendered
 * @param body     the Markdown body rendered to safe HTML (empty when the file has no body), with its hash
 */
public record Article(
        ArticleIdentity identity,
        String slug,
        SourcePosition slugAt,
        String excerpt,
        Instant publishedAt,
        Optional<Instant> updatedAt,
        SourcePosition updatedAtPosition,
        String type,
        String category,
        int quality,
        int heat,
        boolean published,
        Provider provider,
        List<Topic> topics,
        List<Image> images,
        RelatedList related,
        List<Alias> aliases,
        ArticleBody body) {

    /** Newest first; ties broken by title, then file, so every build lists articles in the same order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::publishedAt).reversed()
            .thenComparing(Article::title)
            .thenComparing(a -> a.source().toString());

    public Article {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(slugAt, "slugAt");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedAtPosition, "updatedAtPosition");
        if (updatedAt.isPresent() && updatedAt.get().isBefore(publishedAt)) {
            throw new IllegalArgumentException("updated before it was published: " + updatedAt.get());
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(body, "body");
        topics = List.copyOf(topics);
        images = List.copyOf(images);
        Objects.requireNonNull(related, "related");
        aliases = List.copyOf(aliases);
    }

    public static ArticleBuilder builder() {
        return new ArticleBuilder();
    }

    /** A builder that starts with every field of this article. */
    public ArticleBuilder toBuilder() {
        return new ArticleBuilder(this);
    }

    public Path source() {
        return identity.source();
    }

    public String title() {
        return identity.title();
    }

    public Optional<URI> originalUrl() {
        return identity.originalUrl();
    }

    public Optional<URI> webUrl() {
        return identity.webUrl();
    }

    public Optional<URI> ampWebUrl() {
        return identity.ampWebUrl();
    }

    public Optional<URI> cdnAmpWebUrl() {
        return identity.cdnAmpWebUrl();
    }

    /** The web address of each related entry, in order, without decoding the entries: what story grouping follows. */
    public List<Optional<URI>> relatedWebUrls() {
        return related.webUrls();
    }

    /** When it last changed: {@code updatedAt}, else when it was published. */
    public Instant modifiedAt() {
        return updatedAt.orElse(publishedAt);
    }

    public Optional<Image> leadImage() {
        return images.stream().findFirst();
    }

    /** Where a reader goes to read the original: {@code originalUrl}, else {@code webUrl}. */
    public Optional<URI> sourceUrl() {
        return identity.sourceUrl();
    }

    /** This article with another body: a copy of the one field, as the parser adds the body to a header. */
    public Article withBody(ArticleBody newBody) {
        return new Article(identity, slug, slugAt, excerpt, publishedAt, updatedAt, updatedAtPosition, type, category, quality, heat, published,
                provider, topics, images, related, aliases, newBody);
    }

    /** This article with another related list: a copy of the one field, as the digest drops withheld entries. */
    public Article withRelated(RelatedList newRelated) {
        return new Article(identity, slug, slugAt, excerpt, publishedAt, updatedAt, updatedAtPosition, type, category, quality, heat, published,
                provider, topics, images, newRelated, aliases, body);
    }
}
