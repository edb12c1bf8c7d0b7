package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;

/** The newsroom fixture's robots article: its related coverage, where one entry is itself published in the digest. */
class ArticlePageTest {

    static final String ROBOTS = "articles/01-robots/index.html";

    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        FixtureSites.buildPublished("newsroom", output);
    }

    /**
     * "Cameras that see in the dark" is published here (same webUrl), so its entry links to its page in the digest,
     * not to example.org; "Laundry robots, a history" is not, so it links out; the embargoed entry names an
     * unpublished article and is left out.
     */
    @Test
    void aRelatedItemPublishedInTheDigestLinksToItsPageHere() {
        List<Element> items = page(ROBOTS).select(".related li");
        assertEquals(2, items.size(), items::toString);

        Element inside = items.get(0);
        assertEquals("Cameras that see in the dark", inside.selectFirst("a").text());
        assertEquals("/news-digest/articles/04-vision/", inside.selectFirst("a").attr("href"));
        assertEquals("", inside.selectFirst("a").attr("rel"));
        assertEquals("Example News · 4 March 2024", inside.selectFirst(".meta").text());
        assertEquals("2024-03-04T08:15:00Z", inside.selectFirst("time").attr("datetime"));
        assertEquals("4 March 2024", inside.selectFirst("time").text());

        Element outside = items.get(1);
        assertEquals("Laundry robots, a history", outside.selectFirst("a").text());
        assertEquals("https://elsewhere.example/history", outside.selectFirst("a").attr("href"));
        assertEquals("noopener", outside.selectFirst("a").attr("rel"));
        assertEquals("Elsewhere · 20 February 2024", outside.selectFirst(".meta").text());
        assertEquals("2024-02-20T10:00:00Z", outside.selectFirst("time").attr("datetime"));
    }

    private static Document page(String path) {
        return Jsoup.parse(SiteFiles.text(output, path));
    }
}
