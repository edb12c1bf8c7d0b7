package org.newsdigest.config;

import static org.newsdigest.config.ValueKind.TEXT;
import static org.newsdigest.config.ValueKind.TRUE_OR_FALSE;
import static org.newsdigest.config.ValueKind.WHOLE_NUMBER;

import java.util.List;
import org.newsdigest.schema.Shape;

/**
 * Every key of {@code site-config.yml}, described once, in the order the README and {@code init}'s config list them.
 * The loader reads each key as its kind says and checks unknown keys against this list; {@code init} writes its
 * commented config from it; a test holds the README's table to it. To add a key: describe it here, read it in
 * {@link SiteConfigLoader} into {@link SiteConfig} (or {@link Limits}), and give it a sample in
 * {@code ConfigKeysTest}.
 */
public final class ConfigKeys {

    static final ConfigKey<String> TITLE = ConfigKey.required("title", TEXT, "My News Digest",
            "The digest's name: page titles, header, feed title.");
    static final ConfigKey<String> DESCRIPTION = ConfigKey.withDefault("description", TEXT, "",
            "One sentence about the digest: meta description, footer, feed description.")
            .withMissingMeaning("empty").withExample("The stories worth reading, grouped by topic.");
    static final ConfigKey<String> BASE_URL = ConfigKey.required("baseUrl", TEXT, "https://example.github.io/my-digest/",
            "The absolute address the site is served from (a port, if given, from 1 to 65535), with its path for a GitHub "
                    + "Pages project site: `https://example.github.io/news-digest/`. A missing final `/` is added. A user name "
                    + "or password in it is refused (it would be published in every page and feed). Links inside pages are "
                    + "made root-relative to this path; canonical and feed links are absolute.")
            .withFix("give an absolute http(s) address such as 'https://example.github.io/news-digest/'");
    static final ConfigKey<String> LANGUAGE = ConfigKey.withDefault("language", TEXT, "en",
            "Language tag (`en`, `en-US`, `de`): `<html lang>`, the feed's `language`, and the language dates are shown "
                    + "in. It must start with a two-letter ISO 639-1 language code, and a region, when given, must be an "
                    + "ISO 3166 country code (`xx` and `en-ZZ` are errors).")
            .withFix("use a tag such as 'en', 'de' or 'en-US'");
    static final ConfigKey<String> TIME_ZONE = ConfigKey.withDefault("timeZone", TEXT, "UTC",
            "Region ID (`Europe/Berlin`) in which dates are shown and date archives are cut into days (addresses and "
                    + "feed ids do not depend on it).")
            .withFix("use a region ID such as 'UTC' or 'Europe/Berlin'");
    static final ConfigKey<Integer> PAGE_SIZE = ConfigKey.withDefault("pageSize", WHOLE_NUMBER, 20,
            "Articles per page of the front page, topic pages and provider pages. Date archives hold five times as many"
                    + " headlines a page.");
    static final ConfigKey<Integer> FEED_ITEMS = ConfigKey.withDefault("feed.items", WHOLE_NUMBER, 50,
            "How many of the newest articles each feed holds: the site's RSS, Atom and JSON feeds, and each topic's and "
                    + "provider's RSS feed.");
    static final ConfigKey<String> CONTENT = ConfigKey.withDefault("content", TEXT, "seeds",
            "The folder of article files. It may not be, or be inside, one of the folders the build keeps beside the "
                    + "output (`.output.staging`, `.output.previous`, `.output.spare`, `.output.trash`, `.output.cache` for `output`), which it deletes and "
                    + "rewrites.");
    static final ConfigKey<String> TEMPLATES = ConfigKey.withDefault("templates", TEXT, "templates",
            "The site's templates folder; each template found here replaces the built-in one of that name. The same rule "
                    + "as for `content` applies.");
    static final ConfigKey<String> OUTPUT = ConfigKey.withDefault("output", TEXT, "output",
            "Where the site is written. It is replaced wholesale on every successful build, so it must be a folder of its "
                    + "own: not `/`, not your home folder or a folder that holds it, not the site folder or a folder that "
                    + "holds it, and not a folder that overlaps the content or templates. Folders are compared as the file "
                    + "system resolves them, so a symbolic link to your home folder is refused too.")
            .withFix("the build replaces that folder entirely, so choose a folder of its own such as 'output'");
    static final ConfigKey<String> CNAME = ConfigKey.withoutDefault("cname", TEXT, "none", "news.example.org",
            "A custom domain for GitHub Pages (`news.example.org`); the build writes `CNAME`.");
    static final ConfigKey<String> IMAGE = ConfigKey.withoutDefault("image", TEXT, "the theme's `static/share.png`",
            "https://news.example.org/card.png",
            "The picture link previews (Open Graph `og:image`, `twitter:image`) show for pages without one of their own: "
                    + "the 404 page, the topic and provider indexes, and articles and lists without a lead image. An "
                    + "absolute `http(s)` URL, or a path such as `static/card.png` for a file you put in `templates/static/` "
                    + "(the build checks it is there). PNG, JPEG, GIF or WebP: link previews do not show SVG.");
    static final ConfigKey<Boolean> STRICT = ConfigKey.withDefault("strict", TRUE_OR_FALSE, false,
            "Every problem, even a warning, fails the build: nothing is published, exit status 1. Same as "
                    + "`build --strict`.");
    static final ConfigKey<Boolean> PUBLISH_FUTURE = ConfigKey.withDefault("publishFuture", TRUE_OR_FALSE, false,
            "Publish articles dated after the build, and their updates (`updatedDateTime`) dated after it, now. Otherwise "
                    + "they are left out, or the update ignored, with a warning that says when they will count (the first "
                    + "build after their date).");
    static final ConfigKey<Integer> MAX_ARTICLE_BYTES = ConfigKey.withDefault("maxArticleBytes", WHOLE_NUMBER, 5 * 1024 * 1024,
            "Article files larger than this are refused before they are read, with an error naming the file.");
    static final ConfigKey<Integer> THREADS = ConfigKey.withoutDefault("threads", WHOLE_NUMBER, "one per core", "4",
            "How many threads a build works on, from 1 to " + SiteConfigLoader.MAX_THREADS + ". The output is the same "
                    + "for any number, and changing it keeps the next build incremental. `--threads N` (or the plugin's "
                    + "`news-digest.threads`) overrides it.")
            .withFix("leave it out to use one thread per core");
    static final ConfigKey<Integer> TOPICS_PER_ARTICLE = ConfigKey.withDefault("limits.topicsPerArticle", WHOLE_NUMBER,
            Limits.DEFAULTS.topicsPerArticle(), "Topics kept per article; the rest are cut with a warning naming the "
                    + "file, so one article cannot make the build's cost explode.");
    static final ConfigKey<Integer> IMAGES_PER_ARTICLE = ConfigKey.withDefault("limits.imagesPerArticle", WHOLE_NUMBER,
            Limits.DEFAULTS.imagesPerArticle(), "Images kept per article; the rest are cut with a warning.");
    static final ConfigKey<Integer> RELATED_PER_ARTICLE = ConfigKey.withDefault("limits.relatedPerArticle", WHOLE_NUMBER,
            Limits.DEFAULTS.relatedPerArticle(), "Related items kept per article; the rest are cut with a warning.");
    static final ConfigKey<Integer> ALIASES_PER_ARTICLE = ConfigKey.withDefault("limits.aliasesPerArticle", WHOLE_NUMBER,
            Limits.DEFAULTS.aliasesPerArticle(), "Earlier addresses (`aliases:`) kept per article; the rest are cut with "
                    + "a warning.");
    static final ConfigKey<Integer> RENDER_SECONDS = ConfigKey.withDefault("limits.renderSeconds", WHOLE_NUMBER,
            (int) Limits.DEFAULTS.renderTime().toSeconds(), "How long one page's template may run; a template still "
                    + "running then fails the build as a template error.");
    static final ConfigKey<Integer> PAGE_BYTES = ConfigKey.withDefault("limits.pageBytes", WHOLE_NUMBER,
            (int) Limits.DEFAULTS.pageBytes(), "The largest file one template may produce; a larger one fails the build "
                    + "as a template error.");
    static final ConfigKey<Integer> NESTING_PER_LINE = ConfigKey.withDefault("limits.nestingPerLine", WHOLE_NUMBER,
            Limits.DEFAULTS.nestingPerLine(), "How deep one line of an article's body may nest block quotes and list "
                    + "items; a deeper line is an error at that line, and the article is left out. Raised far above the "
                    + "default, a deeper body overflows the Markdown parser's stack instead: that is an error at the body's "
                    + "first line.");
    static final ConfigKey<Integer> BODY_WORK = ConfigKey.withDefault("limits.bodyWork", WHOLE_NUMBER,
            (int) Limits.DEFAULTS.bodyWork(), "How much work the Markdown parser may do on one article's body: the "
                    + "links, code spans, HTML tags and entities of each paragraph times its length, added up over the "
                    + "body. A body over it is an error at its costliest paragraph, and the article is left out.");

    /** Every key, in documentation order. */
    static final List<ConfigKey<?>> ALL = List.of(TITLE, DESCRIPTION, BASE_URL, LANGUAGE, TIME_ZONE, PAGE_SIZE, FEED_ITEMS,
            CONTENT, TEMPLATES, OUTPUT, CNAME, IMAGE, STRICT, PUBLISH_FUTURE, MAX_ARTICLE_BYTES, THREADS, TOPICS_PER_ARTICLE,
            IMAGES_PER_ARTICLE, RELATED_PER_ARTICLE, ALIASES_PER_ARTICLE, RENDER_SECONDS, PAGE_BYTES, NESTING_PER_LINE,
            BODY_WORK);

    /** The config's shape: what unknown keys are checked against, and what the README's table is made from. */
    public static final Shape SHAPE = new Shape(ALL.stream().map(ConfigKey::description).toList());

    private ConfigKeys() {
    }
}
