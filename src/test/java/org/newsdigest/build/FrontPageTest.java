package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * The newsroom fixture's front page: top stories on its first page, then the latest articles not among them; three
 * a page.
 */
class FrontPageTest {

    static final String ROBOTS = "/news-digest/articles/01-robots/";
    static final String CHIPS = "/news-digest/articles/02-chips/";
    static final String TOKYO = "/news-digest/articles/08-tokyo/";
    static final String PHONE_CAMERAS = "/news-digest/articles/09-phone-cameras/";
    static final String AI_RULES = "/news-digest/articles/03-ai-rules/";
    static final String VISION = "/news-digest/articles/04-vision/";
    static final String CPP = "/news-digest/articles/05-cpp/";
    static final String CSHARP = "/news-digest/articles/06-csharp/";

    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        FixtureSites.buildPublished("newsroom", output);
    }

    /**
     * Heat 28 three times (C#, cameras, robots, all quality 62), so the newest comes first. The robots article's
     * related list names the cameras one, but their headlines share no word, so they are two stories and both show.
     * Lens Weekly's "Phone cameras that see in the dark" is the cameras story too, so it is no top story of its own.
     */
    @Test
    void topStoriesAreTheFourHottestStoriesOnePerStory() {
        Document home = page("index.html");
        assertEquals("Top stories", home.selectFirst(".top-stories h2").text());
        assertEquals(List.of(CSHARP, VISION, ROBOTS, AI_RULES), home.select(".top-stories .card-title a").eachAttr("href"));
        assertEquals(4, home.select(".top-stories h3.card-title").size());
    }

    /** Page 1's Latest leaves out what Top stories shows; later pages keep their date-order slices of every article. */
    @Test
    void latestOnTheFirstPageLeavesOutTheTopStoriesAndLaterPagesKeepTheirSlices() {
        assertEquals(List.of(CPP), page("index.html").select(".latest .card-title a").eachAttr("href"));
        assertEquals(List.of(AI_RULES, TOKYO, PHONE_CAMERAS), page("page/2/index.html").select(".latest .card-title a").eachAttr("href"));
        assertEquals(List.of(CHIPS, ROBOTS), page("page/3/index.html").select(".latest .card-title a").eachAttr("href"));
    }

    @Test
    void noArticleShowsTwiceOnTheFirstPage() {
        List<String> cards = page("index.html").select(".card-title a").eachAttr("href");
        assertEquals(cards.stream().distinct().toList(), cards);
    }

    /**
     * A site of at most four articles (ArticleListRenderer.TOP_STORY_COUNT) would show every one of them twice, once
     * as a top story and once in Latest, or page 2 would repeat what page 1's top stories showed: it has no top stories.
     */
    @Test
    void aSiteOfAtMostFourArticlesShowsEachOnceUnderLatest(@TempDir Path site) throws Exception {
        StringBuilder sections = new StringBuilder("""
                -- site-config.yml --
                title: Small
                baseUrl: https://example.org/
                pageSize: 3
                """);
        for (int day = 1; day <= 4; day++) {
            sections.append("-- seeds/").append(day).append(".md --\n---\ntitle: \"Story ").append(day)
                    .append("\"\npublishedDateTime: 2024-03-0").append(day).append("T09:00:00Z\npublished: true\n")
                    .append("heat: ").append(day * 10).append("\nprovider:\n  name: P").append(day).append("\n---\n");
        }
        InlineSite.write(site, sections.toString());
        Path built = site.resolve("output");
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()),
                site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems().toString());
        Document first = Jsoup.parse(SiteFiles.text(built, "index.html"));
        assertNull(first.selectFirst(".top-stories"));
        assertEquals(List.of("Story 4", "Story 3", "Story 2"), first.select(".latest .card-title a").eachText());
        assertEquals(List.of("Story 1"), Jsoup.parse(SiteFiles.text(built, "page/2/index.html")).select(".card-title a").eachText());
    }

    @Test
    void onlyTheFirstPageHasTopStories() {
        assertNull(page("page/2/index.html").selectFirst(".top-stories"));
        assertNull(page("topics/ai/index.html").selectFirst(".top-stories"));
        assertEquals("Latest news, page 2", page("page/2/index.html").selectFirst("h1").text());
        assertEquals("Newsroom & Co", page("index.html").selectFirst("h1").text());
    }

    /** Two providers' reports of one story: the top story's card names the other one, which stays in Latest. */
    @Test
    void theCamerasCardNamesTheOtherReportOfItsStory() {
        var card = page("index.html").selectFirst(".top-stories .card:has(.card-title a[href=" + VISION + "])");
        assertEquals("Also covered by Lens Weekly", card.selectFirst(".coverage-line").text());
        assertEquals(List.of(PHONE_CAMERAS), card.select(".coverage-line a").eachAttr("href"));
    }

    @Test
    void cardsShowImageTitleProviderDateAndTopics() {
        var card = page("index.html").selectFirst(".top-stories .card");
        assertEquals("C# gets discriminated unions", card.selectFirst(".card-title").text());
        assertEquals("Tech Wire", card.selectFirst(".provider").text());
        assertEquals("2024-03-06T07:00:00Z", card.selectFirst("time").attr("datetime"));
        assertEquals("6 March 2024", card.selectFirst("time").text());
        assertEquals(List.of("C#"), card.select(".topics a").eachText());
        var image = card.selectFirst("img");
        assertEquals("http://photos.example/csharp.jpg", image.attr("src"));
        assertEquals(List.of("640", "360", ""), List.of(image.attr("width"), image.attr("height"), image.attr("alt")));
    }

    /** The lead's picture is the largest thing on the first screen: fetched at once and first; the rest lazily. */
    @Test
    void theLeadPictureLoadsEagerlyAndFirstAndTheOthersLazily() {
        Document home = page("index.html");
        var lead = home.selectFirst(".top-stories .card img");
        assertEquals(List.of("", "high"), List.of(lead.attr("loading"), lead.attr("fetchpriority")));
        var others = home.select(".card img");
        others.remove(lead);
        assertEquals(false, others.isEmpty());
        others.forEach(image -> assertEquals(List.of("lazy", ""), List.of(image.attr("loading"), image.attr("fetchpriority")),
                image.attr("src")));
    }

    private static Document page(String path) {
        return Jsoup.parse(SiteFiles.text(output, path));
    }
}
