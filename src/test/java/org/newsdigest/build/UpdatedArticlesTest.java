package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * An article's {@code updatedDateTime} is what feed readers and search engines are told of its last change: Atom's
 * {@code <updated>}, JSON Feed's {@code date_modified} and the sitemap's {@code <lastmod>}, of its own entry and of every
 * list page it is on. Its own page shows it to the reader and says it in {@code article:modified_time}. An article
 * without one, or with one before its publication (dropped with a warning), was last changed when it was published.
 */
class UpdatedArticlesTest {

    @TempDir
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        result = build(site, """
                -- site-config.yml --
                title: Corrections
                baseUrl: https://example.org/
                -- seeds/corrected.md --
                ---
                title: "Corrected"
                publishedDateTime: 2024-03-01T09:00:00Z
                updatedDateTime: 2024-03-05T17:30:00Z
                published: true
                provider:
                  name: Wire
                ---
                -- seeds/newer.md --
                ---
                title: "Newer"
                publishedDateTime: 2024-03-02T09:00:00Z
                published: true
                provider:
                  name: Wire
                ---
                -- seeds/misdated.md --
                ---
                title: "Misdated"
                publishedDateTime: 2024-02-01T09:00:00Z
                updatedDateTime: 2024-01-31T09:00:00Z
                published: true
                provider:
                  name: Other
                ---
                """);
    }

    private static BuildResult build(Path folder, String files) throws Exception {
        InlineSite.write(folder, files);
        return new SiteBuilder(new SiteConfigLoader().load(folder.resolve("site-config.yml"), ConfigOverrides.none()), folder,
                TestClock.FIXED).build();
    }

    @Test
    void anUpdateBeforeThePublicationIsDroppedWithAWarning() {
        assertTrue(result.published(), () -> result.problems().toString());
        assertEquals(List.of("seeds/misdated.md:4:18: warning: 'updatedDateTime' must be at or after 'publishedDateTime', "
                + "2024-02-01T09:00:00Z; found a date '2024-01-31T09:00:00Z'; the value is ignored. To fix: give the time of "
                + "its last change, at or after its publishedDateTime, like '2021-07-30T08:00:00Z'"),
                result.problems().stream().map(p -> p.format(site)).toList());
    }

    @Test
    void atomSaysWhenEachEntryAndTheFeedLastChanged() throws Exception {
        assertEquals(List.of("<updated>2024-03-05T17:30:00Z</updated>",
                        "<published>2024-03-02T09:00:00Z</published>", "<updated>2024-03-02T09:00:00Z</updated>",
                        "<published>2024-03-01T09:00:00Z</published>", "<updated>2024-03-05T17:30:00Z</updated>",
                        "<published>2024-02-01T09:00:00Z</published>", "<updated>2024-02-01T09:00:00Z</updated>"),
                lines("output/atom.xml", "<updated>", "<published>"));
    }

    @Test
    void jsonFeedHasADateModifiedOnlyForAnUpdatedArticle() throws Exception {
        assertEquals(List.of("\"date_published\": \"2024-03-02T09:00:00Z\",",
                        "\"date_published\": \"2024-03-01T09:00:00Z\",", "\"date_modified\": \"2024-03-05T17:30:00Z\",",
                        "\"date_published\": \"2024-02-01T09:00:00Z\","),
                lines("output/feed.json", "\"date_"));
    }

    @Test
    void theSitemapDatesEachPageByTheLastChangeOfWhatItShows() throws Exception {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://example.org/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/articles/newer/</loc><lastmod>2024-03-02T09:00:00Z</lastmod></url>
                <url><loc>https://example.org/articles/corrected/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/articles/misdated/</loc><lastmod>2024-02-01T09:00:00Z</lastmod></url>
                <url><loc>https://example.org/topics/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/providers/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/providers/other/</loc><lastmod>2024-02-01T09:00:00Z</lastmod></url>
                <url><loc>https://example.org/providers/wire/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/articles/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/articles/2024/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/articles/2024/02/</loc><lastmod>2024-02-01T09:00:00Z</lastmod></url>
                <url><loc>https://example.org/articles/2024/03/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/articles/2024/02/01/</loc><lastmod>2024-02-01T09:00:00Z</lastmod></url>
                <url><loc>https://example.org/articles/2024/03/01/</loc><lastmod>2024-03-05T17:30:00Z</lastmod></url>
                <url><loc>https://example.org/articles/2024/03/02/</loc><lastmod>2024-03-02T09:00:00Z</lastmod></url>
                </urlset>
                """, Files.readString(site.resolve("output/sitemap.xml")));
    }

    /** Beside its date, as the message for the site's language words it, and in its head beside {@code og:type}. */
    @Test
    void anUpdatedArticlesPageShowsWhenItWasUpdated() throws Exception {
        Document corrected = page(site, "articles/corrected/index.html");
        assertEquals("<span class=\"updated\">Updated <time datetime=\"2024-03-05T17:30:00Z\">5 March 2024</time></span>",
                corrected.select("article.story header p.meta span.updated").outerHtml());
        assertEquals("<meta property=\"article:modified_time\" content=\"2024-03-05T17:30:00Z\">",
                corrected.select("head meta[property=og:type] + meta").outerHtml());
    }

    @Test
    void noUpdatedDateOnAnArticleNeverUpdatedNorOnACard() throws Exception {
        for (String path : List.of("articles/newer/index.html", "articles/misdated/index.html", "index.html")) {
            assertEquals(List.of(), page(site, path).select(".updated, meta[property=article:modified_time]").eachText(), path);
        }
    }

    /** The date goes where the language's message puts it: Japanese puts it first. */
    @Test
    void theUpdatedDateGoesWhereTheLanguagesMessagePutsIt(@TempDir Path japanese) throws Exception {
        BuildResult built = build(japanese, """
                -- site-config.yml --
                title: T
                baseUrl: https://example.org/
                language: ja
                -- seeds/a.md --
                ---
                title: "A"
                publishedDateTime: 2024-01-01T00:00:00Z
                updatedDateTime: 2024-01-02T08:30:00Z
                published: true
                provider:
                  name: P
                ---
                """);
        assertTrue(built.published(), () -> built.problems() + " " + built.brokenLinks());
        assertEquals("<span class=\"updated\"><time datetime=\"2024-01-02T08:30:00Z\">2024年1月2日</time> 更新</span>",
                page(japanese, "articles/a/index.html").select("span.updated").outerHtml());
    }

    private static Document page(Path folder, String path) throws Exception {
        return Jsoup.parse(folder.resolve("output").resolve(path).toFile(), "UTF-8");
    }

    private static List<String> lines(String file, String... starts) {
        return SiteFiles.linesStartingWith(site.resolve(file), starts);
    }
}
