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
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;

/** The newsroom fixture's front page: top stories on its first page, then the latest articles, three a page. */
class FrontPageTest {

    static final String ROBOTS = "/news-digest/articles/2024/03/01/robots-learn-to-fold-laundry/";
    static final String CHIPS = "/news-digest/articles/2024/03/02/chip-makers-race-to-2-nm/";
    static final String TOKYO = "/news-digest/articles/2024/03/02/ai-53fcddea/";
    static final String AI_RULES = "/news-digest/articles/2024/03/03/parliament-agrees-ai-rules/";
    static final String VISION = "/news-digest/articles/2024/03/04/cameras-that-see-in-the-dark/";
    static final String CPP = "/news-digest/articles/2024/03/05/c-plus-plus-26-adds-reflection/";
    static final String CSHARP = "/news-digest/articles/2024/03/06/c-sharp-gets-discriminated-unions/";

    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        BuildResult result = FixtureSites.build("newsroom", output, null);
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
    }

    /**
     * Heat 28 three times (C#, cameras, robots, all quality 62), so the newest comes first. The robots article's
     * related list names the cameras one, but their headlines share no word, so they are two stories and both show.
     */
    @Test
    void topStoriesAreTheFourHottestStoriesOnePerStory() {
        Document home = page("index.html");
        assertEquals("Top stories", home.selectFirst(".top-stories h2").text());
        assertEquals(List.of(CSHARP, VISION, ROBOTS, AI_RULES), home.select(".top-stories .card-title a").eachAttr("href"));
        assertEquals(4, home.select(".top-stories h3.card-title").size());
    }

    @Test
    void latestKeepsEveryArticleInDateOrderTopStoriesIncluded() {
        assertEquals(List.of(CSHARP, CPP, VISION), page("index.html").select(".latest .card-title a").eachAttr("href"));
        assertEquals(List.of(AI_RULES, TOKYO, CHIPS), page("page/2/index.html").select(".latest .card-title a").eachAttr("href"));
        assertEquals(List.of(ROBOTS), page("page/3/index.html").select(".latest .card-title a").eachAttr("href"));
    }

    @Test
    void onlyTheFirstPageHasTopStories() {
        assertNull(page("page/2/index.html").selectFirst(".top-stories"));
        assertNull(page("topics/ai/index.html").selectFirst(".top-stories"));
        assertEquals("Latest news, page 2", page("page/2/index.html").selectFirst("h1").text());
        assertEquals("Newsroom & Co", page("index.html").selectFirst("h1").text());
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
        assertEquals("https://img.example/06.jpg", image.attr("src"));
        assertEquals(List.of("1200", "675", "lazy", ""), List.of(image.attr("width"), image.attr("height"),
                image.attr("loading"), image.attr("alt")));
    }

    private static Document page(String path) {
        return Jsoup.parse(SiteFiles.text(output, path));
    }
}
