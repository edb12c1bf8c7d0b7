package org.newsdigest.model;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * Builds an {@link Article} (or only its {@link ArticleIdentity}) field by field. What is not set is what a header
 * without that field gives: empty text, no address, 0, not published, no list entries; the slug comes from the file's
 * name and is placed at the start of the file. {@code source}, {@code title}, {@code publishedAt} and {@code provider}
 * have no such default and must be set.
 */
public final class ArticleBuilder {

    private Path source;
    private String title;
    private Optional<URI> originalUrl = Optional.empty();
    private Optional<URI> webUrl = Optional.empty();
    private Optional<URI> ampWebUrl = Optional.empty();
    private Optional<URI> cdnAmpWebUrl = Optional.empty();
    private String slug;
    private SourcePosition slugAt;
    private String excerpt = "";
    private Instant publishedAt;
    private Optional<Instant> updatedAt = Optional.empty();
    private SourcePosition updatedAtPosition;
    private String type = "";
    private String category = "";
    private int quality;
    private int heat;
    private boolean published;
    private Provider provider;
    private List<Topic> topics = List.of();
    private List<Image> images = List.of();
    private RelatedList related = RelatedList.EMPTY;
    private List<Alias> aliases = List.of();
    private ArticleBody body = ArticleBody.EMPTY;

    ArticleBuilder() {
    }

    ArticleBuilder(Article article) {
        identity(article.identity());
        slug = article.slug();
        slugAt = article.slugAt();
        excerpt = article.excerpt();
        publishedAt = article.publishedAt();
        updatedAt = article.updatedAt();
        updatedAtPosition = article.updatedAtPosition();
        type = article.type();
        category = article.category();
        quality = article.quality();
        heat = article.heat();
        published = article.published();
        provider = article.provider();
        topics = article.topics();
        images = article.images();
        related = article.related();
        aliases = article.aliases();
        body = article.body();
    }

    public ArticleBuilder identity(ArticleIdentity identity) {
        source = identity.source();
        title = identity.title();
        originalUrl = identity.originalUrl();
        webUrl = identity.webUrl();
        ampWebUrl = identity.ampWebUrl();
        cdnAmpWebUrl = identity.cdnAmpWebUrl();
        return this;
    }

    public ArticleBuilder source(Path source) {
        this.source = source;
        return this;
    }

    public ArticleBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ArticleBuilder originalUrl(Optional<URI> originalUrl) {
        this.originalUrl = originalUrl;
        return this;
    }

    public ArticleBuilder webUrl(Optional<URI> webUrl) {
        this.webUrl = webUrl;
        return this;
    }

    public ArticleBuilder ampWebUrl(Optional<URI> ampWebUrl) {
        this.ampWebUrl = ampWebUrl;
        return this;
    }

    public ArticleBuilder cdnAmpWebUrl(Optional<URI> cdnAmpWebUrl) {
        this.cdnAmpWebUrl = cdnAmpWebUrl;
        return this;
    }

    public ArticleBuilder slug(String slug) {
        this.slug = slug;
        return this;
    }

    public ArticleBuilder slugAt(SourcePosition slugAt) {
        this.slugAt = slugAt;
        return this;
    }

    public ArticleBuilder excerpt(String excerpt) {
        this.excerpt = excerpt;
        return this;
    }

    public ArticleBuilder publishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
        return this;
    }

    public ArticleBuilder updatedAt(Optional<Instant> updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public ArticleBuilder updatedAtPosition(SourcePosition updatedAtPosition) {
        this.updatedAtPosition = updatedAtPosition;
        return this;
    }

    public ArticleBuilder type(String type) {
        this.type = type;
        return this;
    }

    public ArticleBuilder category(String category) {
        this.category = category;
        return this;
    }

    public ArticleBuilder quality(int quality) {
        this.quality = quality;
        return this;
    }

    public ArticleBuilder heat(int heat) {
        this.heat = heat;
        return this;
    }

    public ArticleBuilder published(boolean published) {
        this.published = published;
        return this;
    }

    public ArticleBuilder provider(Provider provider) {
        this.provider = provider;
        return this;
    }

    public ArticleBuilder topics(List<Topic> topics) {
        this.topics = topics;
        return this;
    }

    public ArticleBuilder images(List<Image> images) {
        this.images = images;
        return this;
    }

    /** The related entries: a {@link RelatedList} as it is, any other list as {@link RelatedList#of} makes it one. */
    public ArticleBuilder related(List<RelatedItem> related) {
        this.related = RelatedList.of(related);
        return this;
    }

    public ArticleBuilder aliases(List<Alias> aliases) {
        this.aliases = aliases;
        return this;
    }

    public ArticleBuilder body(ArticleBody body) {
        this.body = body;
        return this;
    }

    /** What identifies the article, which needs only its file to be set: a title not set is empty. */
    public ArticleIdentity identity() {
        Objects.requireNonNull(source, "source");
        return new ArticleIdentity(source, title == null ? "" : title, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl);
    }

    public Article build() {
        Objects.requireNonNull(title, "title");
        ArticleIdentity identity = identity();
        return new Article(identity, slug != null ? slug : Slugs.ofFileName(source),
                slugAt != null ? slugAt : SourcePosition.ofFile(source), excerpt, publishedAt, updatedAt,
                updatedAtPosition != null ? updatedAtPosition : SourcePosition.ofFile(source), type, category, quality, heat,
                published, provider, topics, images, related, aliases, body);
    }
}
