package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.Limits;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.render.Views;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * An article's long lists cost a bounded amount: the parser keeps the first topics (the limit), and a card shows only
 * a few of them, so a site no longer grows with the square of one article's topics.
 */
class LongListsSiteTest {

    private static final String CONFIG = """
            -- site-config.yml --
            title: Lists
            baseUrl: https://example.org/
            """;
    /** The 'topics:' key is on line 7. */
    private static final String HEADER = """
            -- seeds/many.txt --
            ---
            title: "Many topics"
            publishedDateTime: 2021-07-29T11:09:00Z
            published: true
            provider:
              name: P
            topics:
            """;

    @TempDir
    Path site;

    @Test
    void aHundredThousandTopicsBuildFiftyTopicPagesAndOneWarning() {
        InlineSite.write(site, CONFIG + HEADER + topics(100_000) + "---\nBody.\n");

        // a hang guard, not a timing: this article hung the build, and 10,000 topics made 6.8 GB of pages
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> build(site));

        assertTrue(result.published(), () -> result.problems().toString());
        assertEquals(List.of("seeds/many.txt:7:1: warning: 100000 topics, more than limits.topicsPerArticle (50); the first 50 "
                + "are kept, the rest ('Topic 50', 'Topic 51', … and 99948 more) are left out; raise "
                + "'limits.topicsPerArticle' in the config to keep more"), formatted(result));
        Map<String, byte[]> files = SiteFiles.read(site.resolve("output"));
        assertEquals(50, topicPages(files));
        // each topic has a page and a feed; the rest of the site is a few dozen files; none needs 64 KB for one card
        long bound = (2L * Limits.DEFAULTS.topicsPerArticle() + 40) * 64 * 1024;
        long total = files.values().stream().mapToLong(bytes -> bytes.length).sum();
        assertTrue(total < bound, "the site is " + total + " bytes, more than " + bound);
    }

    @Test
    void aCardShowsTheFirstFewTopicsAndLinksTheRestToTheArticlesPageNamedForScreenReaders() throws ConfigException {
        InlineSite.write(site, CONFIG + HEADER.replace("title: \"Many topics\"", "title: 'Tom & \"Jerry\" <3'")
                + topics(Views.CARD_TOPICS + 2) + "---\n");

        assertTrue(build(site).published());

        String card = """
                <ul class="topics" aria-label="Topics">
                  <li><a href="/topics/topic-0/">Topic 0</a></li><li><a href="/topics/topic-1/">Topic 1</a></li>\
                <li><a href="/topics/topic-2/">Topic 2</a></li><li><a href="/topics/topic-3/">Topic 3</a></li>\
                <li><a href="/topics/topic-4/">Topic 4</a></li>\
                <li><a class="more-topics" href="/articles/many/" aria-label="2 more topics of “Tom &amp; &quot;Jerry&quot; &lt;3”">+2 more</a></li>
                </ul>""";
        for (String page : List.of("index.html", "topics/topic-0/index.html", "topics/topic-6/index.html",
                "providers/p/index.html")) {
            assertTrue(SiteFiles.text(site.resolve("output"), page).contains(card), page);
        }
        String article = SiteFiles.text(site.resolve("output"), "articles/many/index.html");
        assertTrue(article.contains("<li><a href=\"/topics/topic-6/\">Topic 6</a></li>\n</ul>"), "its own page shows them all");
        assertFalse(article.contains("more-topics"));
    }

    @Test
    void aChangedLimitParsesAgainAndAnUnchangedOneKeepsTheCutFromTheCache() throws IOException, ConfigException {
        InlineSite.write(site, CONFIG + HEADER + topics(60) + "---\n");
        String warning = "seeds/many.txt:7:1: warning: 60 topics, more than limits.topicsPerArticle (50); the first 50 are "
                + "kept, the rest ('Topic 50', 'Topic 51', … and 8 more) are left out; raise 'limits.topicsPerArticle' in "
                + "the config to keep more";

        BuildResult first = build(site);
        assertEquals(List.of(warning), formatted(first));
        assertEquals(50, topicPages(SiteFiles.read(site.resolve("output"))));

        BuildResult cached = build(site);
        assertEquals(List.of(warning), formatted(cached), "the cache keeps the cut list and its warning");
        assertEquals(50, topicPages(SiteFiles.read(site.resolve("output"))));

        Files.writeString(site.resolve("site-config.yml"), "limits:\n  topicsPerArticle: 60\n",
                StandardOpenOption.APPEND);
        BuildResult raised = build(site);
        assertEquals(List.of(), formatted(raised));
        assertEquals(60, topicPages(SiteFiles.read(site.resolve("output"))));
    }

    /** Topics 'Topic 0' to 'Topic n-1', one per line. */
    private static String topics(int n) {
        return IntStream.range(0, n).mapToObj(i -> "  - Topic " + i + "\n").collect(Collectors.joining());
    }

    private static long topicPages(Map<String, byte[]> files) {
        return files.keySet().stream().filter(path -> path.matches("topics/[^/]+/index\\.html")).count();
    }

    private static BuildResult build(Path site) throws ConfigException {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }

    private List<String> formatted(BuildResult result) {
        return result.problems().stream().map(p -> p.format(site)).toList();
    }
}
