package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.TestClock;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;

/** The five seeds of the repository, built end to end with the built-in theme. */
class SeedSiteTest {

    static final String ARTICLE = "articles/003-fee535306958b556/index.html";
    static final String PERMALINK = "https://example.github.io/news-digest/articles/003-fee535306958b556/";

    @TempDir
    static Path site;
    static BuildResult result;
    static Path output;

    @BeforeAll
    static void build() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Seed Digest
                description: The seeds, built.
                baseUrl: https://example.github.io/news-digest/
                content: %s
                """.formatted(SiteFiles.seeds().toString().replace("\\", "/")));
        output = site.resolve("output");
        result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site, TestClock.FIXED).build();
    }

    @Test
    void publishesAndAccountsForEveryFile() {
        assertTrue(result.published(), () -> "problems: " + result.problems() + " broken: " + result.brokenLinks());
        BuildSummary summary = result.summary();
        assertEquals(5, summary.filesRead());
        assertEquals(1, summary.published());
        assertEquals(4, summary.unpublished());
        assertEquals(0, summary.invalid());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void writesExactlyThePagesOfTheOnePublishedArticle() {
        assertEquals(List.of(
                ".news-digest",
                ".nojekyll",
                "404.html",
                ARTICLE,
                "articles/2021/07/29/index.html",
                "articles/2021/07/index.html",
                "articles/2021/index.html",
                "articles/index.html",
                "atom.xml",
                "feed.json",
                "feed.xml",
                "feeds.opml",
                "index.html",
                "providers/index.html",
                "providers/technode/feed.xml",
                "providers/technode/index.html",
                "robots.txt",
                "search-index.json",
                "sitemap.xml",
                "static/icon.svg",
                "static/search.js",
                "static/share.png",
                "static/style.css",
                "topics/ai/feed.xml",
                "topics/ai/index.html",
                "topics/computer-vision/feed.xml",
                "topics/computer-vision/index.html",
                "topics/index.html"), List.copyOf(SiteFiles.read(output).keySet()));
        assertEquals(27, result.summary().filesWritten());
        assertEquals(12, result.summary().pagesWritten(), "the .html files above");
    }

    @Test
    void articlePageShowsTitleProviderDateTopicsImageAndOriginal() throws IOException {
        Document page = html(ARTICLE);
        assertEquals("China’s supreme court sets limits on facial recognition", page.selectFirst("h1").text());
        Element provider = page.selectFirst("article.story a.provider");
        assertEquals("TechNode", provider.text());
        assertEquals("/news-digest/providers/technode/", provider.attr("href"));
        Element time = page.selectFirst("article.story time");
        assertEquals("2021-07-29T11:09:00Z", time.attr("datetime"));
        assertEquals("29 July 2021", time.text());
        assertEquals(List.of("/news-digest/topics/computer-vision/", "/news-digest/topics/ai/"),
                page.select("article.story .topics a").eachAttr("href"));
        Element image = page.selectFirst(".lead-image img");
        assertEquals("https://technode.com/wp-content/uploads/2018/10/court-sky-screengrab.jpg", image.attr("src"));
        assertEquals("1920", image.attr("width"));
        assertEquals("1080", image.attr("height"));
        assertEquals("China’s supreme court sets limits on facial recognition", image.attr("alt"));
        assertEquals("https://technode.com/2021/07/29/chinas-supreme-court-sets-limits-on-facial-recognition/",
                page.selectFirst(".read-original a").attr("href"));
        assertEquals(PERMALINK, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/news-digest/feed.xml", page.selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href"));
    }

    @Test
    void relatedCoverageLeavesOutTheUnpublishedJuristStory() throws IOException {
        List<String> related = html(ARTICLE).select(".related li > a").eachText();
        assertEquals(List.of(
                "New law leaves facial recognition debate unsettled",
                "Will Facial Recognition Limitations Hurt China’s New Retail?",
                "China court interpretation to limit use of facial recognition",
                "Moscow Metro tests fare payments by facial recognition",
                "China built the world’s largest facial recognition system. Now, it’s getting camera shy."), related);
    }

    @Test
    void articleIsListedOnItsTopicAndProviderPagesAndTheIndex() throws IOException {
        String permalink = "/news-digest/articles/003-fee535306958b556/";
        for (String list : List.of("topics/ai/index.html", "topics/computer-vision/index.html", "providers/technode/index.html")) {
            assertEquals(List.of(permalink), html(list).select(".card-title a").eachAttr("href"), list);
        }
        Document index = html("index.html");
        assertEquals(List.of(permalink), index.select(".card-title a").eachAttr("href"), "one article, shown once");
        assertEquals(List.of(permalink), index.select(".latest .card-title a").eachAttr("href"));
        assertEquals(List.of("AI 1 article", "Computer Vision 1 article"), html("topics/index.html").select(".terms li").eachText());
        assertEquals(List.of("TechNode 1 article"), html("providers/index.html").select(".terms li").eachText());
    }

    @Test
    void noUnpublishedSeedAndNoSecuredValueAppearsInAnyFile() throws IOException {
        List<String> withheld = List.of(
                "China's top court specifies rules for facial recognition",
                "China Supreme Court issues regulations against misuse of facial recognition technology",
                "China's top court outlines facial recognition infringement",
                "bignewsnetwork.com", "ukranews.com", "jurist.org", "thestar.com.my", "Новости Украины", "The Star");
        List<String> secrets = securedValues();
        assertEquals(5, secrets.size());
        for (Map.Entry<String, byte[]> file : SiteFiles.read(output).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String title : withheld) {
                assertFalse(text.contains(title), file.getKey() + " mentions unpublished " + title);
            }
            for (String secret : secrets) {
                // any 16-character piece of a secured blob would be a leak, not just the whole value
                for (int i = 0; i + 16 <= secret.length(); i += 16) {
                    assertFalse(text.contains(secret.substring(i, i + 16)), file.getKey() + " leaks a secured value");
                }
            }
        }
        for (String slug : List.of("big-news-network-com", "novosti-ukrainy", "jurist", "the-star")) {
            assertFalse(Files.exists(output.resolve("providers/" + slug)), slug);
        }
    }

    @Test
    void feedHoldsExactlyThePublishedArticle() throws IOException {
        Document feed = Jsoup.parse(SiteFiles.text(output, "feed.xml"), "", Parser.xmlParser());
        assertEquals(1, feed.select("item").size());
        Element item = feed.selectFirst("item");
        assertEquals("China’s supreme court sets limits on facial recognition", item.selectFirst("title").text());
        assertEquals(PERMALINK, item.selectFirst("link").text());
        // uuid.uuid5(uuid.NAMESPACE_URL, its webUrl): the id no corrected headline or new address changes
        assertEquals("urn:uuid:b0030af8-b7b1-53d1-af80-d8333973e3c3", item.selectFirst("guid").text());
        assertEquals("false", item.selectFirst("guid").attr("isPermaLink"));
        assertEquals("Thu, 29 Jul 2021 11:09:00 +0000", item.selectFirst("pubDate").text());
        assertEquals(List.of("Computer Vision", "AI"), item.select("category").eachText());
        assertEquals("https://example.github.io/news-digest/feed.xml", feed.selectFirst("channel > atom|link").attr("href"));
        assertEquals("Thu, 29 Jul 2021 11:09:00 +0000", feed.selectFirst("channel > lastBuildDate").text());
    }

    /** The counts change only when the theme or the seeds do; then the new numbers are reviewed like code. */
    @Test
    void linkCheckReadsEveryPageAndFeedAndFindsNoBrokenLink() {
        assertEquals(List.of(), result.brokenLinks());
        assertEquals(18, result.summary().pagesChecked(), "12 HTML pages, 5 RSS and Atom feeds, the sitemap");
        assertEquals(318, result.summary().internalLinks(), "the one article once on the front page, under Latest, and on its "
                + "day's, month's and year's archives (its headline only: no topic or provider links there); the index of years from the year's archive and from every page's footer; feeds.opml from every page; a feed item's id is a urn:uuid, not a link");
        assertEquals(11, result.summary().externalLinks(), "its picture on its page and its cards, none on its archives' headline lists");
    }

    @Test
    void everyPageAdvertisesTheSiteFeedAndTopicAndProviderPagesTheirOwn() throws IOException {
        Map<String, List<String>> rssByPage = new TreeMap<>();
        for (String path : SiteFiles.read(output).keySet()) {
            if (path.endsWith(".html")) {
                rssByPage.put(path, html(path).select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href"));
            }
        }
        String site = "/news-digest/feed.xml";
        assertEquals(Map.ofEntries(
                Map.entry("404.html", List.of(site)),
                Map.entry(ARTICLE, List.of(site)),
                Map.entry("articles/2021/07/29/index.html", List.of(site)),
                Map.entry("articles/2021/07/index.html", List.of(site)),
                Map.entry("articles/2021/index.html", List.of(site)),
                Map.entry("articles/index.html", List.of(site)),
                Map.entry("index.html", List.of(site)),
                Map.entry("providers/index.html", List.of(site)),
                // the page's own feed first: a reader that takes the first subscribes to what the page shows
                Map.entry("providers/technode/index.html", List.of("/news-digest/providers/technode/feed.xml", site)),
                Map.entry("topics/ai/index.html", List.of("/news-digest/topics/ai/feed.xml", site)),
                Map.entry("topics/computer-vision/index.html", List.of("/news-digest/topics/computer-vision/feed.xml", site)),
                Map.entry("topics/index.html", List.of(site))), rssByPage);
    }

    /** The repository's seeds are the five files, byte for byte; the copy under test resources is the reference. */
    @Test
    void seedsAreByteForByteTheReferenceCopy() {
        Map<String, byte[]> seeds = SiteFiles.read(SiteFiles.seeds());
        Map<String, byte[]> reference = SiteFiles.read(Path.of("src/test/resources/seeds-fixture").toAbsolutePath());
        assertEquals(reference.keySet(), seeds.keySet());
        reference.forEach((name, bytes) -> assertArrayEquals(bytes, seeds.get(name), name));
    }

    private static Document html(String path) throws IOException {
        return Jsoup.parse(SiteFiles.text(output, path));
    }

    private static List<String> securedValues() throws IOException {
        Pattern secured = Pattern.compile("(?m)^secured: \"([^\"]+)\"");
        List<String> values = new java.util.ArrayList<>();
        try (var files = Files.list(SiteFiles.seeds())) {
            for (Path seed : files.sorted().toList()) {
                Matcher m = secured.matcher(Files.readString(seed));
                if (m.find()) {
                    values.add(m.group(1));
                }
            }
        }
        return values;
    }
}
