package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/** Twelve articles one to a page: the pager shows the ends and the neighbourhood of the current page, with gaps. */
class LongListPagerTest {

    @TempDir
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        StringBuilder files = new StringBuilder("""
                -- site-config.yml --
                title: Pager
                baseUrl: https://example.github.io/news-digest/
                pageSize: 1
                """);
        for (int day = 1; day <= 12; day++) {
            files.append("-- seeds/day-").append(day).append(".md --\n").append("""
                    ---
                    title: "Day %d"
                    publishedDateTime: 2024-03-%02dT09:00:00Z
                    published: true
                    provider:
                      name: Daily
                    ---
                    """.formatted(day, day));
        }
        InlineSite.write(site, files.toString());
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()),
                site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
    }

    @Test
    void theFirstPageLinksItsNeighboursAndTheLastPage() {
        assertEquals(List.of("[1]", "2", "3", "…", "12"), pager("index.html"));
    }

    @Test
    void aMiddlePageLinksBothEndsAndTwoPagesEitherSide() {
        assertEquals(List.of("1", "…", "4", "5", "[6]", "7", "8", "…", "12"), pager("page/6/index.html"));
        assertEquals(List.of("1", "…", "7", "8", "[9]", "10", "11", "12"), pager("page/9/index.html"));
        assertEquals(List.of("1", "2", "3", "[4]", "5", "6", "…", "12"), pager("page/4/index.html"));
    }

    @Test
    void providerPagesUseTheSamePager() {
        assertEquals(List.of("1", "…", "10", "11", "[12]"), pager("providers/daily/page/12/index.html"));
    }

    @Test
    void theProviderIndexShowsAHundredProvidersAPage(@TempDir Path many) throws Exception {
        StringBuilder files = new StringBuilder("""
                -- site-config.yml --
                title: Many
                baseUrl: https://example.github.io/news-digest/
                """);
        for (int n = 1; n <= 101; n++) {
            files.append("-- seeds/a-%03d.md --\n".formatted(n)).append("""
                    ---
                    title: "Story %d"
                    publishedDateTime: 2024-03-01T09:00:00Z
                    published: true
                    provider:
                      name: Provider %03d
                    ---
                    """.formatted(n, n));
        }
        InlineSite.write(many, files.toString());
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(many.resolve("site-config.yml"), ConfigOverrides.none()),
                many, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());

        Document first = Jsoup.parse(SiteFiles.text(many.resolve("output"), "providers/index.html"));
        assertEquals(100, first.select("ul.terms li").size());
        assertEquals("Provider 001", first.selectFirst("ul.terms a").text());
        assertEquals("/news-digest/providers/page/2/", first.selectFirst("nav.pagination a[rel=next]").attr("href"));
        assertEquals("Next →", first.selectFirst("nav.pagination a[rel=next]").text());
        Document second = Jsoup.parse(SiteFiles.text(many.resolve("output"), "providers/page/2/index.html"));
        assertEquals("Providers, page 2", second.selectFirst("h1").text());
        assertEquals(List.of("Provider 101"), second.select("ul.terms a").eachText());
        assertEquals("← Previous", second.selectFirst("nav.pagination a[rel=prev]").text());
        assertTrue(SiteFiles.text(many.resolve("output"), "sitemap.xml")
                .contains("<loc>https://example.github.io/news-digest/providers/page/2/</loc>"));
        assertEquals(null, Jsoup.parse(SiteFiles.text(many.resolve("output"), "topics/index.html")).selectFirst("nav.pagination"),
                "no pager on a list of one page");
    }

    /** The pager's entries as a reader sees them: the current page in brackets, a gap as "…". */
    private static List<String> pager(String page) {
        Element pager = Jsoup.parse(SiteFiles.text(site.resolve("output"), page)).selectFirst("nav.pagination ol");
        return pager.select("li").stream()
                .map(li -> li.selectFirst("[aria-current=page]") != null ? "[" + li.text() + "]" : li.text()).toList();
    }
}
