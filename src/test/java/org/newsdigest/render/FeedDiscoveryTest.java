package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.FixtureSites;

/**
 * Feed autodiscovery: a reader that subscribes to the first {@code <link rel="alternate">} of a page gets the feed of
 * what the page shows: the topic's or provider's own feed on its page, the site's on the others.
 */
class FeedDiscoveryTest {

    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        FixtureSites.buildPublished("newsroom", output);
    }

    @Test
    void aTopicPageOffersItsOwnFeedFirst() throws Exception {
        assertEquals(List.of("/news-digest/topics/ai/feed.xml", "/news-digest/feed.xml", "/news-digest/atom.xml",
                "/news-digest/feed.json"), alternates("topics/ai/index.html"));
        assertEquals("Newsroom & Co: AI (RSS)", page("topics/ai/index.html").selectFirst("head link[rel=alternate]").attr("title"));
    }

    @Test
    void aProviderPageOffersItsOwnFeedFirst() throws Exception {
        assertEquals(List.of("/news-digest/providers/tech-wire/feed.xml", "/news-digest/feed.xml", "/news-digest/atom.xml",
                "/news-digest/feed.json"), alternates("providers/tech-wire/index.html"));
    }

    @Test
    void theHomePageOffersTheSitesFeedFirst() throws Exception {
        assertEquals(List.of("/news-digest/feed.xml", "/news-digest/atom.xml", "/news-digest/feed.json"), alternates("index.html"));
    }

    private static List<String> alternates(String page) throws Exception {
        return page(page).select("head link[rel=alternate]").eachAttr("href");
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(output.resolve(path).toFile());
    }
}
