package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * What a link preview and a search engine read from each page's head: the canonical link, the meta description,
 * Open Graph and Twitter card tags and {@code <html lang>}, on every HTML page of the newsroom fixture, and exactly
 * on a few of them.
 */
class PageMetaTagsTest {

    static final String BASE = "https://example.github.io/news-digest/";
    static final String SHARE_IMAGE = BASE + "static/share.png";

    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        FixtureSites.buildPublished("newsroom", output);
    }

    static Stream<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            List<String> pages = walk.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> output.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertEquals(36, pages.size(), "every HTML page of the fixture, 404.html included: " + pages);
            return pages.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageHasACanonicalUrlADescriptionCardsAndItsLanguage(String path) throws IOException {
        Document page = page(path);
        String url = BASE + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
        assertEquals("en-GB", page.selectFirst("html").attr("lang"), "the config's language");
        assertEquals(url, one(page, "link[rel=canonical]").attr("href"), "canonical: the page's own absolute URL");

        String description = content(page, "meta[name=description]");
        String title = content(page, "meta[property=og:title]");
        String image = content(page, "meta[property=og:image]");
        assertFalse(description.isBlank(), path);
        assertFalse(title.isBlank(), path);
        assertEquals(description, content(page, "meta[property=og:description]"), path);
        assertEquals(url, content(page, "meta[property=og:url]"), path);
        assertEquals(SiteFiles.isArticlePage(path) ? "article" : "website", content(page, "meta[property=og:type]"), path);
        assertEquals("en_GB", content(page, "meta[property=og:locale]"), path);

        assertTrue(URI.create(image).isAbsolute() && image.matches("https?://.+"), path + ": og:image is absolute: " + image);
        if (image.startsWith(BASE)) {
            assertTrue(Files.isRegularFile(output.resolve(image.substring(BASE.length()))), path + ": " + image + " is in the site");
        }
        // the large card only for a picture of the page's own; the site's picture is a small square
        assertEquals(image.equals(SHARE_IMAGE) ? "summary" : "summary_large_image", content(page, "meta[name=twitter:card]"), path);
        assertEquals(title, content(page, "meta[name=twitter:title]"), path);
        assertEquals(description, content(page, "meta[name=twitter:description]"), path);
        assertEquals(image, content(page, "meta[name=twitter:image]"), path);
    }

    @Test
    void frontPage() throws IOException {
        assertEquals(List.of(
                "lang: en-GB",
                "canonical: " + BASE,
                "description: A fixture digest: several providers, topics and pages.",
                "og:site_name: Newsroom & Co",
                "og:title: Newsroom & Co",
                "og:description: A fixture digest: several providers, topics and pages.",
                "og:url: " + BASE,
                "og:type: website",
                "og:locale: en_GB",
                "og:image: http://photos.example/csharp.jpg",
                "twitter:card: summary_large_image",
                "twitter:title: Newsroom & Co",
                "twitter:description: A fixture digest: several providers, topics and pages.",
                "twitter:image: http://photos.example/csharp.jpg"), head("index.html"));
    }

    @Test
    void articleWithALeadImage() throws IOException {
        String url = BASE + "articles/04-vision/";
        assertEquals(List.of(
                "lang: en-GB",
                "canonical: " + url,
                "description: Night vision for phones 📷.",
                "og:site_name: Newsroom & Co",
                "og:title: Cameras that see in the dark",
                "og:description: Night vision for phones 📷.",
                "og:url: " + url,
                "og:type: article",
                "og:locale: en_GB",
                "og:image: http://photos.example/cameras.jpg",
                "twitter:card: summary_large_image",
                "twitter:title: Cameras that see in the dark",
                "twitter:description: Night vision for phones 📷.",
                "twitter:image: http://photos.example/cameras.jpg"), head("articles/04-vision/index.html"));
    }

    @Test
    void articleWithoutAnImageGetsTheSitesPicture() throws IOException {
        String url = BASE + "articles/05-cpp/";
        assertEquals(List.of(
                "lang: en-GB",
                "canonical: " + url,
                "description: The committee votes reflection in.",
                "og:site_name: Newsroom & Co",
                "og:title: C++ 26 adds reflection",
                "og:description: The committee votes reflection in.",
                "og:url: " + url,
                "og:type: article",
                "og:locale: en_GB",
                "og:image: " + SHARE_IMAGE,
                "twitter:card: summary",
                "twitter:title: C++ 26 adds reflection",
                "twitter:description: The committee votes reflection in.",
                "twitter:image: " + SHARE_IMAGE), head("articles/05-cpp/index.html"));
    }

    @Test
    void topicPage() throws IOException {
        assertEquals(List.of(
                "lang: en-GB",
                "canonical: " + BASE + "topics/c-plus-plus/",
                "description: The latest articles about C++.",
                "og:site_name: Newsroom & Co",
                "og:title: C++",
                "og:description: The latest articles about C++.",
                "og:url: " + BASE + "topics/c-plus-plus/",
                "og:type: website",
                "og:locale: en_GB",
                "og:image: " + SHARE_IMAGE,
                "twitter:card: summary",
                "twitter:title: C++",
                "twitter:description: The latest articles about C++.",
                "twitter:image: " + SHARE_IMAGE), head("topics/c-plus-plus/index.html"));
    }

    @Test
    void notFoundPage() throws IOException {
        assertEquals("noindex", content(page("404.html"), "meta[name=robots]"));
        assertEquals(null, page("index.html").selectFirst("meta[name=robots]"), "every other page may be indexed");
        assertEquals(List.of(
                "lang: en-GB",
                "canonical: " + BASE + "404.html",
                "description: There is no page at this address.",
                "og:site_name: Newsroom & Co",
                "og:title: Page not found",
                "og:description: There is no page at this address.",
                "og:url: " + BASE + "404.html",
                "og:type: website",
                "og:locale: en_GB",
                "og:image: " + SHARE_IMAGE,
                "twitter:card: summary",
                "twitter:title: Page not found",
                "twitter:description: There is no page at this address.",
                "twitter:image: " + SHARE_IMAGE), head("404.html"));
    }

    /** The page's title says which page of the list it is; the feed is the topic's, so its link names the topic. */
    @Test
    void theLaterPagesOfATopicNameTheTopicInTheirSubscribeLink() throws IOException {
        Document second = page("topics/ai/page/2/index.html");
        assertEquals("AI (page 2 of 2)", content(second, "meta[property=og:title]"));
        Element feedLink = second.selectFirst("footer a[href=/news-digest/topics/ai/feed.xml]");
        assertEquals("AI only", feedLink.text());
        assertEquals("AI only", page("topics/ai/index.html").selectFirst("footer a[href=/news-digest/topics/ai/feed.xml]").text());
        assertEquals("Tech Wire only", page("providers/tech-wire/index.html")
                .selectFirst("footer a[href=/news-digest/providers/tech-wire/feed.xml]").text());
    }

    /**
     * Without a region in the language there is no {@code og:locale} (Open Graph has no form for a language alone);
     * a configured picture of the site's own replaces the theme's, under the base URL's path.
     */
    @Test
    void aSiteWithoutARegionOrWithItsOwnPicture(@TempDir Path site) throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Eigen
                baseUrl: https://example.org/eigen/
                language: de
                image: static/karte.png
                -- templates/static/karte.png --
                stands in for a PNG
                -- seeds/a.md --
                ---
                title: "A"
                publishedDateTime: 2024-01-01T00:00:00Z
                published: true
                provider:
                  name: P
                ---
                """);
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()),
                site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());

        Document notFound = Jsoup.parse(site.resolve("output/404.html").toFile(), "UTF-8");
        assertEquals("de", notFound.selectFirst("html").attr("lang"));
        assertNull(notFound.selectFirst("meta[property=og:locale]"));
        assertEquals("https://example.org/eigen/static/karte.png", content(notFound, "meta[property=og:image]"));
        assertEquals("https://example.org/eigen/static/karte.png", content(notFound, "meta[name=twitter:image]"));
        assertTrue(Files.isRegularFile(site.resolve("output/static/karte.png")));
    }

    /** The head as lines of "name: value", in the page's order: lang, canonical, description, og:* and twitter:*. */
    private static List<String> head(String path) throws IOException {
        Document page = page(path);
        List<String> lines = new ArrayList<>();
        lines.add("lang: " + page.selectFirst("html").attr("lang"));
        lines.add("canonical: " + one(page, "link[rel=canonical]").attr("href"));
        lines.add("description: " + content(page, "meta[name=description]"));
        for (Element meta : page.select("head meta[property^=og:], head meta[name^=twitter:]")) {
            lines.add(meta.attr(meta.hasAttr("property") ? "property" : "name") + ": " + meta.attr("content"));
        }
        return lines;
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(output.resolve(path).toFile(), "UTF-8", BASE + path);
    }

    private static String content(Document page, String selector) {
        return one(page, selector).attr("content");
    }

    private static Element one(Document page, String selector) {
        Elements found = page.select(selector);
        assertEquals(1, found.size(), "exactly one " + selector);
        return found.get(0);
    }
}
