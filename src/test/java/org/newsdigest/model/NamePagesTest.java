package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * The pages of topic and provider names, found by reading the articles once, are those of the rules as first written
 * (below, one pass over the articles for each decision), warnings and their order included.
 */
class NamePagesTest {

    private static final List<String> NAMES = List.of("AI", "ai", " AI ", "Ai", "A.I.", "AI!", "C++", "C-Plus-Plus", "c plus plus",
            "C#", "C Sharp", "c sharp", "Space", "space", "SPACE", "Über", "uber", "Uber", "Ｕｂｅｒ", "Tech\u200B", "Tech", "tech",
            "Times Новости 1890", "times новости 1890", "Post-Gazette", "Post Gazette", "post gazette", "東京", "東京 ", "x", "X");
    private static final Path BASE = Path.of("site");

    @Test
    void namesShareAPageAsTheyDidWhenEachDecisionReadTheArticles() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<Article> articles = new ArrayList<>();
            int count = 1 + random.nextInt(round < 100 ? 8 : 60);
            for (int i = 0; i < count; i++) {
                List<Topic> topics = new ArrayList<>();
                for (int t = random.nextInt(4); t > 0; t--) {
                    topics.add(Topic.named(NAMES.get(random.nextInt(NAMES.size()))));
                }
                articles.add(Article.builder().source(Path.of("site", "seeds", "a" + i + ".md")).title("Headline " + i)
                        .publishedAt(Instant.parse("2021-07-01T00:00:00Z").plusSeconds(3600L * random.nextInt(5)))
                        .type("article").category("news").published(true).topics(topics)
                        .provider(Provider.named(NAMES.get(random.nextInt(NAMES.size())), "p.example")).build());
            }
            articles.sort(Article.NEWEST_FIRST);
            Map<String, String> keys = new HashMap<>();
            Function<String, String> nameKey = name -> keys.computeIfAbsent(name, Slugs::nameKey);

            Problems expectedProblems = new Problems();
            Map<String, String> expectedTopics = pagesAsFirstWritten(articles, Article::topics, Topic::name, Topic::slug, "topic",
                    nameKey, expectedProblems);
            Map<String, String> expectedProviders = pagesAsFirstWritten(articles, a -> List.of(a.provider()), Provider::name,
                    Provider::slug, "provider", nameKey, expectedProblems);

            Problems problems = new Problems();
            Map<String, NamePages.Page> topics = new NamePages<>(Article::topics, Topic::name, Topic::slug, "topic")
                    .of(articles, nameKey, BASE, problems);
            Map<String, NamePages.Page> providers = new NamePages<>((Article a) -> List.of(a.provider()), Provider::name,
                    Provider::slug, "provider").of(articles, nameKey, BASE, problems);

            assertEquals(expectedTopics, shown(topics), "round " + round);
            assertEquals(expectedProviders, shown(providers), "round " + round);
            assertEquals(expectedProblems.list(), problems.list(), "round " + round);
        }
    }

    /** Each spelling as "slug name". */
    private static Map<String, String> shown(Map<String, NamePages.Page> pages) {
        Map<String, String> shown = new HashMap<>();
        pages.forEach((spelling, page) -> shown.put(spelling, page.slug() + " " + page.name()));
        return shown;
    }

    /** The rules as DigestBuilder first wrote them: each spelling as "slug name". */
    private static <K> Map<String, String> pagesAsFirstWritten(List<Article> newestFirst, Function<Article, List<K>> keysOf,
            Function<K, String> nameOf, Function<K, String> slugOf, String kind, Function<String, String> nameKey, Problems problems) {
        List<Article> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        Map<String, K> firstByName = new LinkedHashMap<>();
        Map<String, Article> firstArticle = new HashMap<>();
        for (Article article : oldestFirst) {
            for (K key : keysOf.apply(article)) {
                String name = nameKey.apply(nameOf.apply(key));
                if (firstByName.putIfAbsent(name, key) == null) {
                    firstArticle.put(name, article);
                }
            }
        }
        Set<String> natural = new HashSet<>();
        firstByName.values().forEach(k -> natural.add(slugOf.apply(k)));
        Map<String, String> nameBySlug = new HashMap<>();
        Map<String, String> slugByName = new HashMap<>();
        firstByName.forEach((name, key) -> {
            String wanted = slugOf.apply(key);
            String owner = nameBySlug.get(wanted);
            String slug = wanted;
            if (owner != null) {
                int n = 2;
                while (natural.contains(wanted + "-" + n) || nameBySlug.containsKey(wanted + "-" + n)) {
                    n++;
                }
                slug = wanted + "-" + n;
                problems.warning(SourcePosition.ofFile(firstArticle.get(name).source()), "the " + kind + " "
                        + Quote.of(nameOf.apply(key)) + " and the " + kind + " " + Quote.of(nameOf.apply(firstByName.get(owner)))
                        + " of " + DisplayPaths.show(firstArticle.get(owner).source(), BASE) + " are different names with the same slug "
                        + Quote.of(wanted) + "; " + Quote.of(nameOf.apply(key)) + " gets a page of its own as " + Quote.of(slug)
                        + ". If they are one " + kind + ", spell them the same");
            }
            nameBySlug.put(slug, name);
            slugByName.put(name, slug);
        });
        Map<String, int[]> uses = new HashMap<>();
        for (Article article : newestFirst) {
            for (K key : keysOf.apply(article)) {
                uses.computeIfAbsent(nameOf.apply(key), name -> new int[1])[0]++;
            }
        }
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> bestUses = new HashMap<>();
        uses.forEach((name, count) -> {
            String slug = slugByName.get(nameKey.apply(name));
            String best = names.get(slug);
            int most = best == null ? 0 : bestUses.get(slug);
            if (best == null || count[0] > most || (count[0] == most && name.compareTo(best) < 0)) {
                names.put(slug, name);
                bestUses.put(slug, count[0]);
            }
        });
        Map<String, String> pages = new HashMap<>();
        uses.keySet().forEach(spelling -> {
            String slug = slugByName.get(nameKey.apply(spelling));
            pages.put(spelling, slug + " " + names.get(slug));
        });
        return pages;
    }
}
