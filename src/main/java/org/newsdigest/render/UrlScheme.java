package org.newsdigest.render;

import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.newsdigest.model.Article;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Slugs;
import org.newsdigest.model.Topic;

/**
 * Maps the model to site paths, output files and URLs. A site path is relative to the site root and ends in
 * '/' for a page ({@code topics/ai/}) or names a file ({@code feed.xml}). Links in pages are root-relative
 * and include the base URL's path ({@code /news-digest/topics/ai/}), so the site works under a GitHub Pages
 * project path; canonical and feed links are absolute.
 *
 * <p>An article's page is {@code articles/<slug>/}: its address depends on neither its headline, nor its date, nor the
 * site's time zone, so a corrected headline or a new {@code timeZone} breaks no link. The slug is made unique by
 * {@link org.newsdigest.model.DigestBuilder}; this only formats it. The date archives ({@code articles/2021/},
 * {@code articles/2021/07/}, {@code articles/2021/07/29/}) are beside the article pages, not above them, and a slug is
 * never four digits, which would be a year's archive.
 */
public final class UrlScheme {

    private final URI baseUrl;
    private final ZoneId zone;

    public UrlScheme(URI baseUrl, ZoneId zone) {
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** The path the site is served under, starting and ending with '/'. */
    public String basePath() {
        return baseUrl.getRawPath();
    }

    public String home() {
        return "";
    }

    /** An article's page: {@code articles/chinas-supreme-court/}. */
    public String article(Article article) {
        return Slugs.articlePath(article.slug());
    }

    /** The day whose archive lists an article: its date in the site's zone. */
    public LocalDate dayOf(Article article) {
        return LocalDate.ofInstant(article.publishedAt(), zone);
    }

    /** The index of the years the date archives have: {@code articles/}. */
    public String archives() {
        return "articles/";
    }

    /** The archive of a year's articles: {@code articles/2021/}. */
    public String year(Year year) {
        return yearPath(new StringBuilder(16), year.getValue()).toString();
    }

    /** The archive of a month's articles: {@code articles/2021/07/}. */
    public String month(YearMonth month) {
        return twoDigits(yearPath(new StringBuilder(20), month.getYear()), month.getMonthValue()).append('/').toString();
    }

    /** The archive of a day's articles: {@code articles/2021/07/29/}. */
    public String day(LocalDate day) {
        return dayPath(new StringBuilder(24), day).toString();
    }

    private static StringBuilder dayPath(StringBuilder path, LocalDate day) {
        twoDigits(yearPath(path, day.getYear()), day.getMonthValue()).append('/');
        return twoDigits(path, day.getDayOfMonth()).append('/');
    }

    private static StringBuilder yearPath(StringBuilder path, int year) {
        String digits = Integer.toString(year);
        return path.append("articles/").append("0".repeat(Math.max(0, 4 - digits.length()))).append(digits).append('/');
    }

    private static StringBuilder twoDigits(StringBuilder path, int value) {
        return path.append(value < 10 ? "0" : "").append(value);
    }

    public String topics() {
        return "topics/";
    }

    public String topic(Topic topic) {
        return "topics/" + topic.slug() + "/";
    }

    public String providers() {
        return "providers/";
    }

    public String provider(Provider provider) {
        return "providers/" + provider.slug() + "/";
    }

    /** Page {@code number} of a paginated list: the list's own path for page 1, {@code page/N/} below it after that. */
    public String listPage(String listPath, int number) {
        return number == 1 ? listPath : listPath + "page/" + number + "/";
    }

    /** The site's RSS feed. */
    public String feed() {
        return "feed.xml";
    }

    /** The RSS feed of one topic or provider list, beside its first page. */
    public String feedOf(String listPath) {
        return listPath + "feed.xml";
    }

    public String atomFeed() {
        return "atom.xml";
    }

    public String jsonFeed() {
        return "feed.json";
    }

    /** Every feed of the site, the topics' and providers' too, as one OPML 2.0 subscription list. */
    public String opml() {
        return "feeds.opml";
    }

    public String sitemap() {
        return "sitemap.xml";
    }

    public String robots() {
        return "robots.txt";
    }

    public String notFound() {
        return "404.html";
    }

    public String stylesheet() {
        return "static/style.css";
    }

    /** The site's icon; linked from every page, so browsers never ask for /favicon.ico outside a project site. */
    public String icon() {
        return "static/icon.svg";
    }

    /**
     * The theme's picture for link previews of pages that have none of their own (the 404 page, the indexes, articles
     * without a lead image): a PNG, since Open Graph and Twitter cards show no SVG.
     */
    public String defaultShareImage() {
        return "static/share.png";
    }

    /**
     * The absolute URL of the site's picture for link previews: the config's {@code image} as it is when absolute, under
     * the base URL when it is a site path, and the theme's {@link #defaultShareImage()} when there is none.
     */
    public String shareImage(Optional<URI> configured) {
        return configured.map(image -> image.isAbsolute() ? image.toString() : absolute(image.getRawPath()))
                .orElseGet(() -> absolute(defaultShareImage()));
    }

    /** The theme's search script, which reads {@link #searchIndex()} in the browser. */
    public String searchScript() {
        return "static/search.js";
    }

    /** Every published article's title, excerpt, topics, provider, date and link, as JSON, for in-browser search. */
    public String searchIndex() {
        return "search-index.json";
    }

    /**
     * Where the search form sends its query ({@code ?q=}): the front page, whose script shows the results. Any
     * page would do, since every page has the form and the script; the front page is the one a reader expects.
     */
    public String searchForm() {
        return home();
    }

    /** The root-relative URL of a site path, for links inside pages. */
    public String link(String sitePath) {
        return basePath() + sitePath;
    }

    /** The absolute URL of a site path, for canonical links and feeds. */
    public String absolute(String sitePath) {
        return baseUrl.toString() + sitePath;
    }

    /** The file a site path is written to: pages become {@code index.html} inside their folder. */
    public String outputFile(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    /** File {@code number} (from 1) of a sitemap too large for one file; {@link #sitemap()} is then their index. */
    public String sitemapPart(int number) {
        return "sitemap-" + number + ".xml";
    }
}
