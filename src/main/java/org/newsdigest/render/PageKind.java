package org.newsdigest.render;

/**
 * What a page is, as templates test it: {@code <#if page.kind.home>} rather than comparing names. Its text is the name
 * templates compared before kinds were named ({@code "home"}, {@code "notFound"}…), so {@code page.kind == "home"} in
 * a site's own older template still works.
 */
public enum PageKind {
    HOME("home"),
    ARTICLE("article"),
    TOPIC("topic"),
    PROVIDER("provider"),
    TOPICS("topics"),
    PROVIDERS("providers"),
    NOT_FOUND("notFound"),
    FEED("feed"),
    SEARCH_INDEX("searchIndex"),
    SITEMAP("sitemap"),
    ARCHIVE("archive"),
    /** {@code articles/}: the index of the years the date archives have. */
    ARCHIVES("archives"),
    OPML("opml"),
    /** An article's earlier address ({@code aliases:}), which sends the reader on to the article. */
    REDIRECT("redirect");

    private final String templateName;

    PageKind(String templateName) {
        this.templateName = templateName;
    }

    public boolean isHome() {
        return this == HOME;
    }

    public boolean isArticle() {
        return this == ARTICLE;
    }

    public boolean isTopic() {
        return this == TOPIC;
    }

    public boolean isProvider() {
        return this == PROVIDER;
    }

    public boolean isTopics() {
        return this == TOPICS;
    }

    public boolean isProviders() {
        return this == PROVIDERS;
    }

    /** A year's, month's or day's archive. */
    public boolean isArchive() {
        return this == ARCHIVE;
    }

    public boolean isArchives() {
        return this == ARCHIVES;
    }

    public boolean isRedirect() {
        return this == REDIRECT;
    }

    public boolean isNotFound() {
        return this == NOT_FOUND;
    }

    @Override
    public String toString() {
        return templateName;
    }
}
