package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.newsdigest.testing.XmlFiles;
import org.w3c.dom.NodeList;

/**
 * The date archives of a site in Tokyo (UTC+9) with articles on a few days of two years. "Early" was published on
 * 28 July 2021 in UTC but 29 July in Tokyo, and "New Year" on 31 December 2021 in UTC but 1 January 2022 in Tokyo: both
 * are filed under their Tokyo day. October 2021 has only an unpublished article, so it has no page. With a
 * {@code pageSize} of 2, an archive page lists 10 headlines: 29 July's 11 articles take two pages.
 */
class DateArchivesTest {

    private static final String BASE = "https://example.org/digest/";

    @TempDir
    static Path site;
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Archive Times
                baseUrl: https://example.org/digest/
                timeZone: Asia/Tokyo
                pageSize: 2
                """
                + article("morning", "Morning", "2021-07-29T03:00:00Z", true)
                + article("evening", "Evening", "2021-07-29T10:00:00Z", true)
                + stories()
                + article("early", "Early", "2021-07-28T20:00:00Z", true)
                + article("august", "August", "2021-08-02T09:00:00Z", true)
                + article("draft", "Draft", "2021-10-10T09:00:00Z", false)
                + article("new-year", "New Year", "2021-12-31T16:30:00Z", true)
                + article("ides", "Ides", "2022-03-15T00:00:00Z", true));
        result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
        output = site.resolve("output");
    }

    /** Story 1 to Story 8, on 29 July 2021 between Morning and Evening, from 04:00 to 07:30 UTC, half an hour apart. */
    private static String stories() {
        StringBuilder stories = new StringBuilder();
        for (int n = 1; n <= 8; n++) {
            stories.append(article("story-" + n, "Story " + n,
                    String.format("2021-07-29T%02d:%02d:00Z", 4 + (n - 1) / 2, (n - 1) % 2 * 30), true));
        }
        return stories.toString();
    }

    private static String article(String file, String title, String published, boolean isPublished) {
        return "-- seeds/" + file + ".md --\n---\ntitle: \"" + title + "\"\npublishedDateTime: " + published
                + "\npublished: " + isPublished + "\nprovider:\n  name: Wire\ntopics:\n  - World\n---\nText.\n";
    }

    @Test
    void thereIsAnArchivePageForEveryYearMonthAndDayWithAPublishedArticleAndNoOther() throws Exception {
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
        assertEquals(List.of(), result.brokenLinks(), "the link check read every archive page and found nothing broken");
        assertEquals(57, result.summary().pagesChecked(), "13 archive pages and their index, 14 articles, 7 front pages, 7 of the "
                + "topic's and 7 of the provider's, the topics, providers and 404 pages, 4 RSS and Atom feeds and the sitemap");
        assertEquals(new TreeSet<>(List.of(
                "articles/2021/index.html",
                "articles/2021/page/2/index.html",
                "articles/2021/07/index.html",
                "articles/2021/07/page/2/index.html",
                "articles/2021/07/29/index.html",
                "articles/2021/07/29/page/2/index.html",
                "articles/2021/08/index.html",
                "articles/2021/08/02/index.html",
                "articles/2022/index.html",
                "articles/2022/01/index.html",
                "articles/2022/01/01/index.html",
                "articles/2022/03/index.html",
                "articles/2022/03/15/index.html")), archivePages());
    }

    @Test
    void aDaysPagesListItsHeadlinesNewestFirstInPagesOfFiveTimesPageSize() {
        Document first = page("articles/2021/07/29/index.html");
        assertEquals("29 July 2021", first.selectFirst("h1").text());
        assertEquals("29 July 2021 · Archive Times", first.title());
        assertEquals(List.of(), first.select("h2").eachText(), "a day's page has no day headings: its h1 is the day");
        assertEquals(List.of("Evening", "Story 8", "Story 7", "Story 6", "Story 5", "Story 4", "Story 3", "Story 2", "Story 1",
                "Morning"), headlines(first));
        assertEquals(List.of(), first.select(".card"), "no cards: a line for each article");
        assertEquals(List.of("/digest/articles/2021/07/29/page/2/"), first.select(".pagination a[rel=next]").eachAttr("href"));

        Document second = page("articles/2021/07/29/page/2/index.html");
        assertEquals("29 July 2021 (page 2 of 2) · Archive Times", second.title());
        assertEquals(List.of("Early"), headlines(second), "filed under its day in Tokyo, not its UTC day");
        assertEquals(List.of("/digest/articles/2021/07/29/"), second.select(".pagination a[rel=prev]").eachAttr("href"));
    }

    /** Each line is the time in the site's zone, the headline linking the article, and the provider, isolated. */
    @Test
    void anArchiveLineIsTheTimeTheHeadlineAndTheProvider() {
        String markup = SiteFiles.text(output, "articles/2021/07/29/page/2/index.html");
        assertTrue(markup.contains("""
                <ol class="archive-entries">
                <li class="archive-entry"><time datetime="2021-07-29T05:00:00+09:00">5:00\u202fam</time> \
                <a href="/digest/articles/early/" dir="auto">Early</a> <span class="archive-provider"><bdi>Wire</bdi></span></li>
                </ol>
                """), markup);
    }

    /** A month's and a year's pages list their headlines under the days they are filed under, each linking its day. */
    @Test
    void aMonthsAndAYearsPagesListTheirHeadlinesUnderTheirDays() {
        assertEquals(List.of("29 July 2021 /digest/articles/2021/07/29/: Evening, Story 8, Story 7, Story 6, Story 5, Story 4, "
                + "Story 3, Story 2, Story 1, Morning"), days(page("articles/2021/07/index.html")));
        assertEquals(List.of("29 July 2021 /digest/articles/2021/07/29/: Early"), days(page("articles/2021/07/page/2/index.html")),
                "a day split between two pages is headed on both");
        assertEquals(List.of("2 August 2021 /digest/articles/2021/08/02/: August",
                "29 July 2021 /digest/articles/2021/07/29/: Evening, Story 8, Story 7, Story 6, Story 5, Story 4, Story 3, Story 2, "
                        + "Story 1"), days(page("articles/2021/index.html")));
        assertEquals(List.of("29 July 2021 /digest/articles/2021/07/29/: Morning, Early"), days(page("articles/2021/page/2/index.html")));
        assertEquals(List.of("15 March 2022 /digest/articles/2022/03/15/: Ides", "1 January 2022 /digest/articles/2022/01/01/: New Year"),
                days(page("articles/2022/index.html")));
        assertEquals(List.of("2021-07-29"), page("articles/2021/07/page/2/index.html").select("h2.archive-day time").eachAttr("datetime"));
    }

    @Test
    void eachPeriodLinksTheNearestPeriodsOfItsSpanThatHaveArticlesAndThePeriodAboveIt() {
        assertEquals(List.of("", "2 August 2021 → /digest/articles/2021/08/02/", "July 2021 /digest/articles/2021/07/"),
                periodLinks("articles/2021/07/29/index.html"));
        assertEquals(List.of("← 29 July 2021 /digest/articles/2021/07/29/", "1 January 2022 → /digest/articles/2022/01/01/",
                "August 2021 /digest/articles/2021/08/"), periodLinks("articles/2021/08/02/index.html"));
        assertEquals(List.of("← 1 January 2022 /digest/articles/2022/01/01/", "", "March 2022 /digest/articles/2022/03/"),
                periodLinks("articles/2022/03/15/index.html"));
        assertEquals(List.of("← July 2021 /digest/articles/2021/07/", "January 2022 → /digest/articles/2022/01/",
                "2021 /digest/articles/2021/"), periodLinks("articles/2021/08/index.html"));
        assertEquals(List.of("← August 2021 /digest/articles/2021/08/", "March 2022 → /digest/articles/2022/03/",
                "2022 /digest/articles/2022/"), periodLinks("articles/2022/01/index.html"));
        assertEquals(List.of("", "2022 → /digest/articles/2022/", "Archive /digest/articles/"), periodLinks("articles/2021/index.html"));
        assertEquals(List.of("← 2021 /digest/articles/2021/", "", "Archive /digest/articles/"), periodLinks("articles/2022/index.html"));
        assertEquals(periodLinks("articles/2021/07/29/index.html"), periodLinks("articles/2021/07/29/page/2/index.html"),
                "every page of a period links the same periods");
    }

    @Test
    void aYearListsItsMonthsAndAMonthItsDaysThatHaveArticles() {
        assertEquals(List.of("July 2021 /digest/articles/2021/07/", "August 2021 /digest/articles/2021/08/"),
                links(page("articles/2021/index.html").select(".archive-parts a")));
        assertEquals(List.of("January 2022 /digest/articles/2022/01/", "March 2022 /digest/articles/2022/03/"),
                links(page("articles/2022/index.html").select(".archive-parts a")));
        assertEquals(List.of("29 July 2021 /digest/articles/2021/07/29/"),
                links(page("articles/2021/07/index.html").select(".archive-parts a")));
        assertEquals(List.of(), links(page("articles/2021/07/29/index.html").select(".archive-parts a")));
    }

    @Test
    void articlesIsTheIndexOfTheYearsNewestFirstWithTheirCounts() {
        Document index = page("articles/index.html");
        assertEquals("Archive · Archive Times", index.title());
        assertEquals("Archive", index.selectFirst("h1").text());
        assertEquals("https://example.org/digest/articles/", index.selectFirst("link[rel=canonical]").attr("href"));
        String markup = SiteFiles.text(output, "articles/index.html");
        assertTrue(markup.contains("""
                <h1 class="page-title">Archive</h1>
                <ul class="terms archive-years">
                  <li><a href="/digest/articles/2022/">2022</a> <span class="count">2 articles</span></li>
                  <li><a href="/digest/articles/2021/">2021</a> <span class="count">12 articles</span></li>
                </ul>
                """), markup);
    }

    /** Every page's footer links the index of years, so it is found without first finding a year; on it, as the page. */
    @Test
    void everyPageLinksTheIndexOfYearsFromItsFooter() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.walk(output)) {
            pages = files.map(file -> output.relativize(file).toString().replace('\\', '/')).filter(path -> path.endsWith(".html"))
                    .filter(path -> page(path).selectFirst("footer.site-footer") != null).sorted().toList();
        }
        assertTrue(pages.size() > 10, pages.toString());
        for (String path : pages) {
            String current = path.equals("articles/index.html") ? " aria-current=\"page\"" : "";
            assertEquals(List.of("<p><a href=\"/digest/articles/\"" + current + ">Archive</a></p>"),
                    page(path).select("footer.site-footer p:has(a[href=/digest/articles/])").stream().map(p -> p.outerHtml()).toList(),
                    path);
        }
    }

    @Test
    void aSiteWithNoPublishedArticleHasAnEmptyIndexOfYears(@TempDir Path empty) throws Exception {
        InlineSite.write(empty, """
                -- site-config.yml --
                title: Quiet Times
                baseUrl: https://example.org/quiet/
                language: de
                """ + article("draft", "Draft", "2021-10-10T09:00:00Z", false));
        BuildResult quiet = new SiteBuilder(new SiteConfigLoader().load(empty.resolve("site-config.yml"), ConfigOverrides.none()),
                empty, TestClock.FIXED).build();

        assertTrue(quiet.published(), () -> quiet.problems() + " " + quiet.brokenLinks());
        String index = SiteFiles.text(empty.resolve("output"), "articles/index.html");
        assertTrue(index.contains("<h1 class=\"page-title\">Archiv</h1>\n<p class=\"empty\">Noch ist nichts veröffentlicht.</p>\n"),
                index);
        assertTrue(SiteFiles.text(empty.resolve("output"), "sitemap.xml").contains("<loc>https://example.org/quiet/articles/</loc>"));
    }

    @Test
    void anArticlesDateLinksToItsDay() {
        assertEquals(List.of("/digest/articles/2021/07/29/"),
                page("articles/early/index.html").select("article.story header .meta a:has(time)").eachAttr("href"));
        assertEquals(List.of("/digest/articles/2022/01/01/"),
                page("articles/new-year/index.html").select("article.story header .meta a:has(time)").eachAttr("href"));
    }

    @Test
    void theSitemapListsEveryArchivePageAndTheirIndex() throws Exception {
        NodeList locs = XmlFiles.parse(output.resolve("sitemap.xml")).getElementsByTagName("loc");
        Set<String> archives = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            if (loc.matches(".*/articles/([0-9/]+(page/[0-9]+/)?)?")) {
                archives.add(loc.substring(BASE.length()) + "index.html");
            }
        }
        Set<String> expected = new TreeSet<>(archivePages());
        expected.add("articles/index.html");
        assertEquals(expected, archives, "every archive page and their index");
    }

    private static Set<String> archivePages() throws Exception {
        try (Stream<Path> files = Files.walk(output.resolve("articles"))) {
            return files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .filter(SiteFiles::isDateArchive)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The previous period, the next period and the period above, each as "text href", or "" where there is none. */
    private static List<String> periodLinks(String path) {
        Document page = page(path);
        List<String> links = new ArrayList<>();
        for (String selector : List.of("a.previous-period", "a.next-period", ".breadcrumb a")) {
            Element link = page.selectFirst(selector);
            links.add(link == null ? "" : link.text() + " " + link.attr("href"));
        }
        return links;
    }

    private static List<String> links(List<Element> anchors) {
        return anchors.stream().map(a -> a.text() + " " + a.attr("href")).toList();
    }

    private static List<String> headlines(Document page) {
        return page.select("li.archive-entry a").eachText();
    }

    /** Each day heading as "text href: headline, headline", with the headlines of the list below it. */
    private static List<String> days(Document page) {
        return page.select("h2.archive-day").stream().map(heading -> {
            Element link = heading.selectFirst("a");
            return link.text() + " " + link.attr("href") + ": "
                    + String.join(", ", heading.nextElementSibling().select("li.archive-entry a").eachText());
        }).toList();
    }

    private static Document page(String path) {
        return Jsoup.parse(SiteFiles.text(output, path));
    }
}
