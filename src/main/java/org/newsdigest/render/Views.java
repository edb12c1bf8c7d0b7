package org.newsdigest.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * The records templates see. URLs are ready to use in {@code href}/{@code src}; dates are ready to print.
 * Optional values are {@code null} (test them with {@code ??} in a template).
 */
public final class Views {

    private Views() {
    }

    /** The site as every page sees it. */
    public record SiteView(String title, String description, String language, String homeUrl, String topicsUrl,
            String providersUrl, String feedUrl, String stylesheetUrl, String generator) {
    }

    /** What is particular to the page being rendered: its title, description and canonical URL. */
    public record PageView(String title, String description, String url, String canonicalUrl, String kind) {
    }

    public record LinkView(String name, String url) {
    }

    /** A topic or provider in a list of all of them. */
    public record TermView(String name, String url, int count) {
    }

    public record ImageView(String url, int width, int height, String alt) {
    }

    /** One item of an article's related coverage; {@code internal} when it links to a page of this site. */
    public record RelatedView(String title, String excerpt, String url, boolean internal, String providerName,
            String dateIso, String dateReadable) {
    }

    public record ArticleView(String title, String url, String absoluteUrl, String excerpt, TemplateHTMLOutputModel body,
            String dateIso, String dateReadable, LinkView provider, List<LinkView> topics, ImageView image,
            String originalUrl, String originalDomain, List<RelatedView> related) {
    }

    /** Links between the pages of a paginated list; {@code previousUrl}/{@code nextUrl} are null at the ends. */
    public record PaginationView(int current, int total, String previousUrl, String nextUrl, List<PageLink> pages) {
        public boolean isNeeded() {
            return total > 1;
        }
    }

    public record PageLink(int number, String url, boolean current) {
    }

    public record FeedView(String title, String link, String selfUrl, String description, String language,
            String lastBuildDate, List<FeedItemView> items) {
    }

    public record FeedItemView(String title, String link, String description, String pubDate, String creator,
            List<String> categories) {
    }
}
