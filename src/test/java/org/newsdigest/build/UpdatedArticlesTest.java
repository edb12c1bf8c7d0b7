package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * list page it is on. An article without one, or with one before its publication (dropped with a warning), was last
 * changed when it was published.
 */
class UpdatedArticlesTest {

    @TempDir
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        InlineSite.write(site, """
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
        result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
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

    private static List<String> lines(String file, String... starts) {
        return SiteFiles.linesStartingWith(site.resolve(file), starts);
    }
}
