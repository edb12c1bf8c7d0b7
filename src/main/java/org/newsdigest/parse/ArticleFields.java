package org.newsdigest.parse;

import static org.newsdigest.schema.Presence.REQUIRED;

import java.util.List;
import java.util.Map;
import org.newsdigest.schema.KeyDescription;
import org.newsdigest.schema.Presence;
import org.newsdigest.schema.Shape;

/**
 * The fields of an article header, described once: {@link ArticleHeaderReader} takes its known keys, its "did you
 * mean" and the fixes of its messages from here, and the README's schema table is this description's
 * {@link #readmeTable()} (a test compares them). {@code provider.name} is the {@code name} below {@code provider};
 * {@code images[].url} is the {@code url} of each entry of {@code images}. A related entry's {@code provider} and
 * {@code images} take the fields of the top-level ones.
 */
public final class ArticleFields {

    static final String TEXT_FIX = "quote the value";
    static final String NUMBER_FIX = "write a number such as 42";
    static final String SIZE_FIX = "write the size such as 640, or leave it out";
    static final String URL_FIX = "write the full address, starting with https://";
    static final String DATE_FIX = "write it like '2021-07-29T11:09:00Z'";
    static final String LIST_FIX = "write one '- item' per line";

    private static final String URL = "absolute `http`/`https` URL";
    private static final String DATE = "ISO-8601 date-time with `Z` or an offset";
    private static final Presence NONE = Presence.optional("none");
    private static final Presence EMPTY = Presence.optional("empty");
    private static final Presence ZERO = Presence.optional("0");

    public static final Shape SHAPE = new Shape(List.of(
            required("title", "non-blank string", "the headline", "give the article a headline, in quotes"),
            required("publishedDateTime", DATE, "when the article was published; it is dated after the build is held back",
                    DATE_FIX),
            optional("updatedDateTime", DATE + ", not before `publishedDateTime`", Presence.optional(
                    "none: the article is as published; one before `publishedDateTime` is dropped with a warning; one "
                            + "after the build is ignored until then, with a warning, unless `publishFuture`"),
                    "when the article last changed: its feed entries' and sitemap entry's modification date",
                    "give the time of its last change, at or after its publishedDateTime, like '2021-07-30T08:00:00Z'"),
            new KeyDescription("published", "YAML boolean `true` / `false`, unquoted",
                    Presence.optional("not published, with a warning"), "whether the article is on the site",
                    "write 'published: true' or 'published: false'"),
            required("provider", "mapping of `name` and `domain`", "the outlet that published the article",
                    "write 'name: ...' indented below 'provider:'"),
            required("provider.name", "non-blank string", "the outlet's name, which its page is named after",
                    "give the provider's name, e.g. 'name: TechNode'"),
            optional("provider.domain", "string", EMPTY, "the outlet's web domain", TEXT_FIX),
            optional("excerpt", "string (shown whole on the article's page; cut to 500 characters everywhere else)", EMPTY,
                    "the summary", TEXT_FIX),
            optional("originalUrl", URL, NONE, "where the story was first published; the link to the original", URL_FIX),
            optional("webUrl", URL, NONE, "the story's address at the provider; the link to the original without an "
                    + "`originalUrl`", URL_FIX),
            optional("ampWebUrl", URL, NONE, "the story's AMP page", URL_FIX),
            optional("cdnAmpWebUrl", URL, NONE, "the story's AMP page on a CDN", URL_FIX),
            optional("type", "string", EMPTY, "the kind of item (`article`)", TEXT_FIX),
            optional("category", "string", EMPTY, "the pipeline's category", TEXT_FIX),
            optional("quality", "whole number", ZERO, "the pipeline's quality score", NUMBER_FIX),
            optional("heat", "whole number", ZERO, "the pipeline's heat score", NUMBER_FIX),
            optional("topics", "list of non-blank strings", NONE, "the topics it is listed under", LIST_FIX),
            optional("images", "list of mappings of `url`, `width`, `height`, `isCached`", NONE,
                    "pictures hosted by the provider; the first is the lead image", LIST_FIX),
            required("images[].url", URL + "; an entry without one is dropped with a warning", "the picture's address",
                    URL_FIX),
            optional("images[].width", "whole number of pixels, 0 or more", ZERO, "the picture's width", SIZE_FIX),
            optional("images[].height", "whole number of pixels, 0 or more", ZERO, "the picture's height", SIZE_FIX),
            optional("images[].isCached", "YAML boolean `true` / `false`, unquoted", Presence.optional("`false`"),
                    "the pipeline holds a copy of the picture", "write 'isCached: true' or 'isCached: false'"),
            optional("related", "list of mappings of the `related[]` fields below", NONE,
                    "coverage of the same story elsewhere", LIST_FIX),
            required("related[].title", "non-blank string; an entry without one is dropped with a warning",
                    "the related story's headline", "give the related article's headline"),
            optional("related[].excerpt", "string", EMPTY, "its summary", TEXT_FIX),
            optional("related[].publishedDateTime", DATE, NONE, "when it was published", DATE_FIX),
            optional("related[].originalUrl", URL, NONE, "its address where `webUrl` is missing", URL_FIX),
            optional("related[].webUrl", URL, Presence.optional("`originalUrl`"), "its address", URL_FIX),
            optional("related[].ampWebUrl", URL, NONE, "its AMP page", URL_FIX),
            optional("related[].cdnAmpWebUrl", URL, NONE, "its AMP page on a CDN", URL_FIX),
            optional("related[].type", "string", EMPTY, "the kind of item", TEXT_FIX),
            optional("related[].provider", "mapping of `name` and `domain`, as `provider`; one without a `name` is "
                    + "dropped with a warning", NONE, "the outlet that published it",
                    "write 'name: ...' indented below 'provider:'"),
            optional("related[].quality", "whole number", ZERO, "its quality score", NUMBER_FIX),
            optional("related[].heat", "whole number", Presence.optional("accepted and not kept"), "its heat score",
                    NUMBER_FIX),
            optional("related[].images", "list, as `images`", NONE, "its pictures", LIST_FIX),
            optional("related[].category", "string", Presence.optional("accepted and not kept"), "its category", TEXT_FIX),
            optional("slug", "non-blank string, made into a slug (`New name` → `new-name`)", Presence.optional(
                    "the file name without its extension; a blank or non-text value is dropped with a warning; four "
                            + "digits get `-article`; a slug another published article has is an error that stops the build"),
                    "the last part of the article's address", "write the last part of the address in quotes, such as "
                            + "'slug: \"new-name\"'"),
            optional("aliases", "list of earlier site paths of this article (`/articles/2021/07/28/old-title/`, "
                    + "`/old/page.html`, or the full URL under `baseUrl`), each a redirect page", Presence.optional(
                    "none; at most `limits.aliasesPerArticle`, a bad entry is dropped with a warning at its line; one "
                            + "another published article lists is an error that stops the build"),
                    "earlier addresses that send the reader on to the article", LIST_FIX),
            optional("secured", "anything", Presence.optional("always dropped, never published"),
                    "a pipeline's private field, recognised so that it is never published", "leave it out")));

    private ArticleFields() {
    }

    /** How to mend a bad value of the described key {@code name} ({@code provider.name}). */
    static String fix(String name) {
        return SHAPE.key(name).orElseThrow(() -> new IllegalArgumentException("not described: " + name)).fix();
    }

    /** The README's table under "The schema". */
    public static String readmeTable() {
        List<Shape.Column> columns = List.of(Shape.Column.NAME, Shape.Column.TYPE, Shape.Column.REQUIRED, Shape.Column.DEFAULT);
        return SHAPE.markdownTable(columns, Map.of(Shape.Column.NAME, "field", Shape.Column.TYPE, "type",
                Shape.Column.REQUIRED, "required", Shape.Column.DEFAULT, "default when missing"));
    }

    private static KeyDescription required(String name, String type, String meaning, String fix) {
        return new KeyDescription(name, type, REQUIRED, meaning, fix);
    }

    private static KeyDescription optional(String name, String type, Presence whenMissing, String meaning, String fix) {
        return new KeyDescription(name, type, whenMissing, meaning, fix);
    }
}
