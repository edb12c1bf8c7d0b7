package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;

/**
 * The search contract browser tests rely on: every page's header holds a hidden {@code form#search} whose
 * {@code data-index} names {@code search-index.json}, with {@code input#search-input}, a {@code div#search-results}
 * and the deferred script; and the index lists every published article with what the script matches and shows.
 */
class SearchTest {

    @TempDir
    static Path output;
    @TempDir
    static Path atRoot;

    @BeforeAll
    static void build() {
        BuildResult underSubpath = FixtureSites.build("newsroom", output, null);
        assertTrue(underSubpath.published(), () -> underSubpath.problems() + " " + underSubpath.brokenLinks());
        BuildResult root = FixtureSites.build("newsroom", atRoot, "https://news.example.org/");
        assertTrue(root.published(), () -> root.problems() + " " + root.brokenLinks());
    }

    @Test
    void everyPageHasTheHiddenSearchFormInItsHeader() {
        List<String> pages = SiteFiles.read(output).keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertEquals(36, pages.size());
        for (String path : pages) {
            Document page = Jsoup.parse(SiteFiles.text(output, path));
            Element form = page.selectFirst("header form#search");
            assertEquals(List.of("search", "/news-digest/", "/news-digest/search-index.json", "true"),
                    List.of(form.attr("role"), form.attr("action"), form.attr("data-index"), String.valueOf(form.hasAttr("hidden"))),
                    path);
            Element input = form.selectFirst("input#search-input");
            assertEquals(List.of("search", "q"), List.of(input.attr("type"), input.attr("name")), path);
            assertEquals("Search articles", form.selectFirst("label[for=search-input]").text(), path);
            assertEquals("", page.selectFirst("div#search-results").html(), path);
            Element script = page.selectFirst("head script[src=/news-digest/static/search.js]");
            assertTrue(script.hasAttr("defer"), path);
        }
    }

    @Test
    void atTheDomainRootTheFormAndIndexHaveNoSubpath() {
        Element form = Jsoup.parse(SiteFiles.text(atRoot, "topics/ai/index.html")).selectFirst("form#search");
        assertEquals(List.of("/", "/search-index.json"), List.of(form.attr("action"), form.attr("data-index")));
        assertTrue(SiteFiles.text(atRoot, "search-index.json").contains("\"url\": \"/articles/06-csharp/\""));
    }

    @Test
    void theIndexHoldsEveryPublishedArticleNewestFirst() throws Exception {
        List<Map<String, Object>> entries = index();
        assertEquals(List.of(
                "/news-digest/articles/06-csharp/",
                "/news-digest/articles/05-cpp/",
                "/news-digest/articles/04-vision/",
                "/news-digest/articles/03-ai-rules/",
                "/news-digest/articles/08-tokyo/",
                "/news-digest/articles/09-phone-cameras/",
                "/news-digest/articles/02-chips/",
                "/news-digest/articles/01-robots/"),
                entries.stream().map(e -> e.get("url")).toList());
        assertEquals(Map.of(
                "title", "Parliament agrees AI rules",
                "excerpt", "Lawmakers reach a deal on AI.",
                "topics", List.of("AI", "Policy"),
                "provider", "Новости Украины",
                "date", "2024-03-03T12:00:00Z",
                "dateReadable", "3 March 2024",
                "url", "/news-digest/articles/03-ai-rules/"), entries.get(3));
    }

    @Test
    void quotesAngleBracketsAndAmpersandsSurviveTheJson() throws Exception {
        List<Map<String, Object>> entries = index();
        assertEquals("Foundries announce \"2 nm\" nodes.", entries.get(6).get("excerpt"));
        assertEquals("A lab robot folds shirts <faster> than people & pets.", entries.get(7).get("excerpt"));
        assertTrue(SiteFiles.text(output, "search-index.json").contains("\\u003cfaster>"), "no raw '<' in the index");
        assertEquals(List.of("C++"), entries.get(1).get("topics"));
    }

    @Test
    void theUnpublishedArticleIsNotInTheIndex() {
        String index = SiteFiles.text(output, "search-index.json");
        assertTrue(!index.contains("Embargoed") && !index.contains("Leaky"), index);
    }

    @Test
    void theScriptIsTheThemesOwn() {
        String script = SiteFiles.text(output, "static/search.js");
        assertTrue(script.contains("form.hidden = false;"), "the script reveals the form");
        assertTrue(script.contains("form.getAttribute('data-index')"), "the script reads the index the form names");
    }

    private static List<Map<String, Object>> index() throws Exception {
        return new ObjectMapper().readValue(SiteFiles.text(output, "search-index.json"), new TypeReference<>() {
        });
    }
}
