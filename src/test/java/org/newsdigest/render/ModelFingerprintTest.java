package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.newsdigest.render.Views.ArticleView;
import org.newsdigest.render.Views.FeedItemView;
import org.newsdigest.render.Views.ImageView;
import org.newsdigest.render.Views.LinkView;

/**
 * The page fingerprint decides which pages a build renders again: equal data must give equal fingerprints (or every
 * page is rendered every time), and any change a template could show must give another (or a page goes stale).
 */
class ModelFingerprintTest {

    record Byline(String name, Optional<String> url) {
    }

    record Card(String title, int rank, Byline byline, List<String> tags) {
    }

    private static Map<String, Object> page(UnaryOperator<Map<String, Object>> change) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Council votes on the budget");
        page.put("count", 3);
        page.put("first", true);
        page.put("kind", PageKind.ARTICLE);
        page.put("cards", List.of(new Card("One", 1, new Byline("Ana", Optional.of("/providers/ana/")), List.of("a", "b")),
                new Card("Two", 2, new Byline("Ben", Optional.empty()), List.of())));
        page.put("image", Optional.of("/img/a.jpg"));
        page.put("labels", Map.of("next", "Next", "previous", "Previous"));
        page.put("body", html("<p>Text</p>"));
        page.put("article", article("Council votes", Optional.of(new ImageView("/img/a.jpg", 800, 600, "Council"))));
        return change.apply(page);
    }

    private static long fingerprint(Map<String, Object> model) {
        return new ModelFingerprint().of("article.ftlh", model);
    }

    private static long fingerprint(UnaryOperator<Map<String, Object>> change) {
        return fingerprint(page(change));
    }

    private static UnaryOperator<Map<String, Object>> put(String key, Object value) {
        return page -> {
            page.put(key, value);
            return page;
        };
    }

    @Test
    void theSameDataGivesTheSameFingerprint() {
        ModelFingerprint one = new ModelFingerprint();
        assertEquals(one.of("article.ftlh", page(p -> p)), one.of("article.ftlh", page(p -> p)));
        assertEquals(fingerprint(p -> p), fingerprint(p -> p));
    }

    @Test
    void eachKindOfChangeGivesAnotherFingerprint() {
        Map<String, UnaryOperator<Map<String, Object>>> changes = new LinkedHashMap<>();
        changes.put("a title", put("title", "Council votes on the budget!"));
        changes.put("a number", put("count", 4));
        changes.put("a number written as text", put("count", "3"));
        changes.put("a flag", put("first", false));
        changes.put("an enum constant", put("kind", PageKind.HOME));
        changes.put("the order of a list", put("cards", List.of(
                new Card("Two", 2, new Byline("Ben", Optional.empty()), List.of()),
                new Card("One", 1, new Byline("Ana", Optional.of("/providers/ana/")), List.of("a", "b")))));
        changes.put("a nested record", put("cards", List.of(
                new Card("One", 1, new Byline("Ana B.", Optional.of("/providers/ana/")), List.of("a", "b")),
                new Card("Two", 2, new Byline("Ben", Optional.empty()), List.of()))));
        changes.put("where one list item ends", put("cards", List.of(
                new Card("One", 1, new Byline("Ana", Optional.of("/providers/ana/")), List.of("ab")),
                new Card("Two", 2, new Byline("Ben", Optional.empty()), List.of()))));
        changes.put("an optional made present", put("cards", List.of(
                new Card("One", 1, new Byline("Ana", Optional.of("/providers/ana/")), List.of("a", "b")),
                new Card("Two", 2, new Byline("Ben", Optional.of("/providers/ben/")), List.of()))));
        changes.put("an optional made absent", put("image", Optional.empty()));
        changes.put("an optional's value", put("image", Optional.of("/img/b.jpg")));
        changes.put("a map entry's value", put("labels", Map.of("next", "Newer", "previous", "Previous")));
        changes.put("a map entry added", put("labels", Map.of("next", "Next", "previous", "Previous", "up", "Up")));
        changes.put("a map entry's key", put("labels", Map.of("later", "Next", "previous", "Previous")));
        changes.put("a model entry added", put("extra", "x"));
        changes.put("markup", put("body", html("<p>Text.</p>")));
        changes.put("a shared article view", put("article", article("Council votes again",
                Optional.of(new ImageView("/img/a.jpg", 800, 600, "Council")))));
        changes.put("a shared article view's optional", put("article", article("Council votes", Optional.empty())));

        Set<Long> seen = new HashSet<>(Set.of(fingerprint(p -> p)));
        changes.forEach((what, change) -> assertEquals(true, seen.add(fingerprint(change)), what));
        assertNotEquals(new ModelFingerprint().of("article.ftlh", page(p -> p)), new ModelFingerprint().of("page.ftlh", page(p -> p)),
                "the template");
    }

    /** The model is a map, and maps are hashed in key order: how a renderer happened to fill one does not matter. */
    @Test
    void theOrderAMapWasFilledInIsIgnored() {
        Map<String, Object> reversed = new LinkedHashMap<>();
        List<Map.Entry<String, Object>> entries = List.copyOf(page(p -> p).entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            reversed.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        assertEquals(fingerprint(p -> p), fingerprint(reversed));
    }

    record Pair(String first, String second) {
    }

    /** A record is walked component by component in declaration order, whichever way its accessors are called. */
    @Test
    void aRecordsComponentsCountInTheirOrder() {
        assertEquals(fingerprint(put("pair", new Pair("a", "b"))), fingerprint(put("pair", new Pair("a", "b"))));
        assertNotEquals(fingerprint(put("pair", new Pair("a", "b"))), fingerprint(put("pair", new Pair("b", "a"))));
        assertNotEquals(fingerprint(put("pair", new Pair("ab", ""))), fingerprint(put("pair", new Pair("a", "b"))));
    }

    /** A map that is sorted already is hashed as the same entries in any other map. */
    @Test
    void aSortedMapIsHashedAsAnyOtherMapOfTheSameEntries() {
        assertEquals(fingerprint(new TreeMap<>(page(p -> p))), fingerprint(p -> p));
        assertEquals(fingerprint(put("labels", new TreeMap<>(Map.of("next", "Next", "previous", "Previous")))),
                fingerprint(p -> p));
    }

    /** An Optional is hashed as a template sees it (ViewObjectWrapper): its value, or missing as null is. */
    @Test
    void anOptionalIsHashedAsTheValueATemplateSees() {
        assertEquals(fingerprint(put("image", "/img/a.jpg")), fingerprint(p -> p));
        Map<String, Object> missing = page(p -> p);
        missing.put("image", null);
        assertEquals(fingerprint(missing), fingerprint(put("image", Optional.empty())));
    }

    /** A shared view is remembered by identity within a build; an equal one built again hashes the same. */
    @Test
    void aSharedViewIsHashedByItsValueNotItsIdentity() {
        ModelFingerprint build = new ModelFingerprint();
        long first = build.of("article.ftlh", page(p -> p));
        assertEquals(first, build.of("article.ftlh", page(p -> p)));
        assertEquals(first, new ModelFingerprint().of("article.ftlh", page(p -> p)));
    }

    /**
     * A feed item is remembered by identity too, as an article's item is one object in every feed that lists it: two
     * feeds of one build whose items differ in any field that way still get different fingerprints, and the same item
     * in two feeds the same one.
     */
    @Test
    void feedItemsRememberedWithinABuildStillTellEveryChange() {
        FeedItemView item = item("Council votes", "Excerpt");
        ModelFingerprint build = new ModelFingerprint();
        long feed = build.of("feed.ftlx", Map.of("items", List.of(item)));
        assertEquals(feed, build.of("feed.ftlx", Map.of("items", List.of(item))));
        assertEquals(feed, build.of("feed.ftlx", Map.of("items", List.of(item("Council votes", "Excerpt")))));
        Set<Long> seen = new HashSet<>(Set.of(feed));
        for (FeedItemView changed : List.of(item("Council votes!", "Excerpt"), item("Council votes", "Excerpt!"),
                new FeedItemView("id", "Council votes", "https://news.example/a/", "Excerpt", "Fri, 01 Mar 2024 10:00:00 +0000",
                        "2024-03-01T10:00:00Z", "2024-03-02T10:00:00Z", "Ana", List.of("Politics"), Optional.empty(),
                        Optional.empty()))) {
            assertTrue(seen.add(build.of("feed.ftlx", Map.of("items", List.of(changed)))), "changed: " + changed);
        }
        assertNotEquals(feed, build.of("feed.ftlx", Map.of("items", List.of(item, item))));
    }

    private static FeedItemView item(String title, String excerpt) {
        return new FeedItemView("id", title, "https://news.example/a/", excerpt, "Fri, 01 Mar 2024 10:00:00 +0000",
                "2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z", "Ana", List.of("Politics"), Optional.empty(), Optional.empty());
    }

    @Test
    void aValueItCannotHashIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> fingerprint(put("clock", new Object())));
        assertEquals("cannot fingerprint a java.lang.Object in a page model", refused.getMessage());
    }

    private static ArticleView article(String title, Optional<ImageView> image) {
        return new ArticleView(title, "/articles/council/", "https://news.example/articles/council/", "Excerpt",
                html("<p>Body</p>"), "2024-03-01", "1 March 2024", "/2024/03/01/", Optional.empty(), Optional.empty(), new LinkView("Ana", "/providers/ana/"),
                List.of(new LinkView("Politics", "/topics/politics/")), 0, image, Optional.empty(), Optional.empty(),
                List.of(), List.of());
    }

    private static freemarker.core.TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
