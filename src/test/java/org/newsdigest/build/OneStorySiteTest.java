package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.ContentScanner;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.DigestBuilder;
import org.newsdigest.model.Withheld;
import org.newsdigest.parse.ArticleParser;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.threads.BuildThreads;

/**
 * The one-story fixture: four providers' reports of the Chinese court ruling (the repository's seeds, four of them
 * published), one unpublished report of it, and one article about something else. The four are one story: Big News
 * Network and The Star by their headlines, The Star and TechNode, TechNode and Jurist by related links.
 */
class OneStorySiteTest {

    static final String BIG_NEWS = "/news-digest/articles/000-67a414a3fefbf38b/";
    static final String STAR = "/news-digest/articles/004-5d55f2d46dc0dd07/";
    static final String TECHNODE = "/news-digest/articles/003-fee535306958b556/";
    static final String JURIST = "/news-digest/articles/002-b2645a5efb6e71c2/";
    static final String PHONE = "/news-digest/articles/005-unrelated/";

    @TempDir
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() {
        result = FixtureSites.build("one-story", output, null);
    }

    @Test
    void publishesFiveAndWithholdsOne() {
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
        assertEquals(List.of(), result.problems());
        assertEquals(5, result.summary().published());
        assertEquals(1, result.summary().unpublished());
    }

    @Test
    void theFourReportsOfTheRulingAreOneStoryAndThePhoneIsAnother() {
        Problems problems = new Problems();
        Path seeds = FixtureSites.config("one-story").getParent().resolve("seeds");
        List<Article> published = new ArrayList<>();
        Withheld withheld = new Withheld();
        SourceFileReader reader = new SourceFileReader(1_000_000);
        ArticleParser parser = new ArticleParser(ZoneOffset.UTC, 1_000_000, Limits.DEFAULTS, new MarkdownRenderer());
        for (Path file : new ContentScanner().scan(seeds, problems).files()) {
            Article article = reader.read(file, problems).flatMap(text -> parser.parse(text, problems)).orElseThrow();
            if (article.published()) {
                published.add(article);
            } else {
                withheld.add(article.identity());
            }
        }
        Digest digest;
        try (BuildThreads threads = new BuildThreads(2)) {
            digest = new DigestBuilder(seeds, threads).build(published, withheld, problems);
        }

        assertEquals(List.of(), problems.list());
        assertEquals(List.of(
                        List.of("Jurist", "TechNode", "The Star", "Big News Network.com"),
                        List.of("Gadget Wire")),
                digest.stories().all().stream()
                        .map(story -> story.articles().stream().map(a -> a.provider().name()).toList()).toList());
        assertEquals(List.of("TechNode", "Gadget Wire"),
                digest.stories().top(4).stream().map(a -> a.provider().name()).toList());
    }

    @Test
    void anArticlePageListsTheOtherReportsOfItsStoryNewestFirst() {
        Document techNode = page(TECHNODE);
        assertEquals("Also covered by", techNode.selectFirst("#coverage-heading").text());
        assertEquals(List.of(
                "China Supreme Court issues regulations against misuse of facial recognition technology | Jurist · 1 August 2021 | " + JURIST,
                "China's top court outlines facial recognition infringement | The Star · 28 July 2021 | " + STAR,
                "China's top court specifies rules for facial recognition | Big News Network.com · 28 July 2021 | " + BIG_NEWS),
                coverage(techNode));
        assertEquals(List.of("2021-08-01T03:08:00Z", "2021-07-28T12:39:00Z", "2021-07-28T02:44:00Z"),
                techNode.select(".coverage time").eachAttr("datetime"));

        assertEquals(List.of(
                "China Supreme Court issues regulations against misuse of facial recognition technology | Jurist · 1 August 2021 | " + JURIST,
                "China’s supreme court sets limits on facial recognition | TechNode · 29 July 2021 | " + TECHNODE,
                "China's top court outlines facial recognition infringement | The Star · 28 July 2021 | " + STAR),
                coverage(page(BIG_NEWS)));
    }

    @Test
    void relatedCoverageNoLongerListsWhatAlsoCoveredByShows() {
        assertEquals(List.of(
                "New law leaves facial recognition debate unsettled",
                "Will Facial Recognition Limitations Hurt China’s New Retail?",
                "China court interpretation to limit use of facial recognition",
                "Moscow Metro tests fare payments by facial recognition",
                "China built the world’s largest facial recognition system. Now, it’s getting camera shy."),
                page(TECHNODE).select(".related li > a").eachText());
        // The Star's related list names TechNode and Jurist, which are both in its story
        assertEquals(List.of(
                "New law leaves facial recognition debate unsettled",
                "Will Facial Recognition Limitations Hurt China’s New Retail?",
                "China court interpretation to limit use of facial recognition",
                "Eight Things You Didn’t Know about Facial Recognition",
                "China built the world’s largest facial recognition system. Now, it’s getting camera shy."),
                page(STAR).select(".related li > a").eachText());
    }

    @Test
    void anArticleWithoutOtherReportsHasNoAlsoCoveredBy() {
        Document phone = page(PHONE);
        assertNull(phone.selectFirst(".coverage"));
        assertNull(phone.selectFirst(".coverage-line"));
    }

    @Test
    void cardsNameTheOtherProvidersOfTheirStory() {
        Document home = page("/news-digest/");
        Element techNodeCard = home.selectFirst(".top-stories .card:has(.card-title a[href=" + TECHNODE + "])");
        assertEquals("Also covered by Jurist, The Star, Big News Network.com", techNodeCard.selectFirst(".coverage-line").text());
        assertEquals(List.of(JURIST, STAR, BIG_NEWS), techNodeCard.select(".coverage-line a").eachAttr("href"));
    }

    @Test
    void topStoriesShowEachStoryOnce() {
        Document home = page("/news-digest/");
        assertEquals(List.of(TECHNODE, PHONE), home.select(".top-stories .card-title a").eachAttr("href"));
        assertEquals(List.of(JURIST, STAR, BIG_NEWS), home.select(".latest .card-title a").eachAttr("href"),
                "Latest, less the top stories above it");
    }

    @Test
    void theUnpublishedReportAppearsNowhere() {
        for (Map.Entry<String, byte[]> file : SiteFiles.read(output).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("ukranews.com"), file.getKey());
            assertFalse(text.contains("Новости Украины"), file.getKey());
        }
    }

    private static List<String> coverage(Document page) {
        return page.select(".coverage li").stream()
                .map(li -> li.selectFirst("a").text() + " | " + li.selectFirst(".meta").text() + " | " + li.selectFirst("a").attr("href"))
                .toList();
    }

    private static Document page(String link) {
        return Jsoup.parse(SiteFiles.text(output, link.substring("/news-digest/".length()) + "index.html"));
    }
}
