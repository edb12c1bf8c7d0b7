package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.TestClock;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.PagesServer;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.SitemapSchemas;

/**
 * The site as GitHub Pages serves it: under a project path ({@code /news-digest/}) or at a domain root. A local
 * HTTP server ({@link PagesServer}) serves the built fixture the way Pages does (a folder serves its index.html,
 * anything else is a 404 with 404.html), and a crawler follows every internal link, stylesheet, feed and image
 * (with each page's link-preview picture) from the front page.
 */
class GitHubPagesTest {

    static final List<String> ARTICLES = List.of(
            "articles/01-robots/",
            "articles/02-chips/",
            "articles/08-tokyo/",
            "articles/09-phone-cameras/",
            "articles/03-ai-rules/",
            "articles/04-vision/",
            "articles/05-cpp/",
            "articles/06-csharp/");

    @TempDir
    Path work;

    @Test
    void projectSiteUnderASubpathHasNoBrokenLinkWhenServed() throws Exception {
        crawlAndAssert("/news-digest/");
    }

    @Test
    void siteAtTheDomainRootHasNoBrokenLinkWhenServed() throws Exception {
        crawlAndAssert("/");
    }

    private void crawlAndAssert(String basePath) throws Exception {
        Path output = work.resolve("site");
        try (PagesServer server = PagesServer.start(output, basePath)) {
            String base = server.baseUrl();
            BuildResult result = FixtureSites.build("newsroom", output, base);
            assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());

            Map<String, Integer> statuses = crawl(URI.create(base));
            Map<String, Integer> failures = new TreeMap<>();
            statuses.forEach((url, status) -> {
                if (status != 200) {
                    failures.put(url, status);
                }
            });
            assertEquals(Map.of(), failures);
            for (String article : ARTICLES) {
                assertTrue(statuses.containsKey(base + article), "reached " + article);
            }
            for (String asset : List.of("static/style.css", "static/search.js", "static/icon.svg", "static/share.png", "feed.xml",
                    "atom.xml", "feed.json", "topics/ai/feed.xml")) {
                assertEquals(200, statuses.get(base + asset), asset);
            }
            assertEquals(55, statuses.size(), "every page, feed, stylesheet, script and picture of the site: " + statuses.keySet());
            assertSearchIndexIsServedWithWorkingLinks(URI.create(base));
            HttpResponse<String> missing = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "no/such/page/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            Document notFound = Jsoup.parse(missing.body(), base + "no/such/page/");
            assertEquals(200, fetchStatus(URI.create(notFound.selectFirst("link[rel=stylesheet]").absUrl("href"))),
                    "404.html links to its stylesheet from any depth");
        }
    }

    /** The search form names its index and its action the way the page is served; every link in the index works. */
    private static void assertSearchIndexIsServedWithWorkingLinks(URI home) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Document page = Jsoup.parse(client.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString()).body(),
                home.toString());
        Element form = page.selectFirst("header form#search");
        assertEquals(home.toString(), form.absUrl("action"));
        URI index = URI.create(form.absUrl("data-index"));
        assertEquals(home.resolve("search-index.json"), index);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(index).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        List<String> links = new ObjectMapper().readTree(response.body()).findValuesAsText("url");
        assertEquals(ARTICLES.size(), links.size());
        for (String link : links) {
            assertEquals(200, fetchStatus(index.resolve(link)), link);
        }
    }

    private Map<String, Integer> crawl(URI start) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, Integer> statuses = new TreeMap<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            URI url = queue.poll();
            String key = url.toString();
            if (statuses.containsKey(key)) {
                continue;
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            statuses.put(key, response.statusCode());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() == 200 && type.startsWith("text/html")) {
                Document page = Jsoup.parse(response.body(), key);
                // the link-preview picture too: a page's og:image and twitter:image must be served like any other file
                for (Element link : page.select("a[href], link[href], img[src], script[src], "
                        + "meta[property=og:image], meta[name=twitter:image]")) {
                    String target = link.hasAttr("href") ? link.absUrl("href")
                            : link.hasAttr("src") ? link.absUrl("src") : link.absUrl("content");
                    URI next = URI.create(target);
                    if (start.getAuthority().equals(next.getAuthority())) {
                        queue.add(new URI(next.getScheme(), next.getAuthority(), next.getPath(), null, null));
                    }
                }
            }
        }
        return statuses;
    }

    private static int fetchStatus(URI url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void linkCheckRejectsALinkThatOnlyWorksAtTheDomainRoot() throws Exception {
        String template = """
                -- templates/topics.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>Topics</title></head>
                <body><a href="/providers/">providers</a></body></html>
                """;
        InlineSite.write(work, """
                -- site-config.yml --
                title: Root links
                baseUrl: https://example.github.io/news-digest/
                -- seeds/a.md --
                ---
                title: "A"
                publishedDateTime: 2024-01-01T00:00:00Z
                published: true
                provider:
                  name: P
                ---
                """ + template);
        SiteBuilder subpath = new SiteBuilder(new SiteConfigLoader().load(work.resolve("site-config.yml"), ConfigOverrides.none()), work, TestClock.FIXED);
        BuildResult failed = subpath.build();
        assertFalse(failed.published());
        assertEquals(List.of("topics/index.html:3:16 → /providers/: points outside the site's base path /news-digest/ "
                + "(it would only work if the site were served from the domain root); link with the base path"),
                failed.brokenLinks().stream().map(l -> l.format()).toList());

        SiteBuilder atRoot = new SiteBuilder(new SiteConfigLoader().load(work.resolve("site-config.yml"),
                new ConfigOverrides(Optional.empty(), Optional.of("https://news.example.org/"))), work, TestClock.FIXED);
        BuildResult passed = atRoot.build();
        assertTrue(passed.published(), () -> passed.brokenLinks().toString());
    }

    @Test
    void pagesFilesAreWrittenAndCnameOnlyWhenConfigured() throws Exception {
        InlineSite.write(work, """
                -- site-config.yml --
                title: Hosting
                baseUrl: https://example.github.io/news-digest/
                cname: news.example.org
                -- seeds/a.md --
                ---
                title: "A"
                publishedDateTime: 2024-01-01T00:00:00Z
                published: true
                provider:
                  name: P
                ---
                """);
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(work.resolve("site-config.yml"), ConfigOverrides.none()), work, TestClock.FIXED).build();
        assertTrue(result.published());
        Path output = work.resolve("output");
        assertEquals("news.example.org\n", SiteFiles.text(output, "CNAME"));
        assertEquals("", SiteFiles.text(output, ".nojekyll"));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/news-digest/sitemap.xml\n",
                SiteFiles.text(output, "robots.txt"));
        Set<String> locs = new TreeSet<>(Jsoup.parse(SiteFiles.text(output, "sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser())
                .select("url > loc").eachText());
        assertEquals(Set.of(
                "https://example.github.io/news-digest/",
                "https://example.github.io/news-digest/articles/",
                "https://example.github.io/news-digest/articles/2024/",
                "https://example.github.io/news-digest/articles/2024/01/",
                "https://example.github.io/news-digest/articles/2024/01/01/",
                "https://example.github.io/news-digest/articles/a/",
                "https://example.github.io/news-digest/providers/",
                "https://example.github.io/news-digest/providers/p/",
                "https://example.github.io/news-digest/topics/"), locs);
        assertTrue(SiteFiles.text(output, "sitemap.xml").contains("<lastmod>2024-01-01T00:00:00Z</lastmod>"));
        SitemapSchemas.validate(output.resolve("sitemap.xml"));

        Files.writeString(work.resolve("site-config.yml"), Files.readString(work.resolve("site-config.yml")).replace("cname: news.example.org\n", ""));
        new SiteBuilder(new SiteConfigLoader().load(work.resolve("site-config.yml"), ConfigOverrides.none()), work, TestClock.FIXED).build();
        assertFalse(Files.exists(output.resolve("CNAME")));
    }
}
