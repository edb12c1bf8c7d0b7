package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.model.Image;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.Topic;
import org.newsdigest.testing.InlineSite;

/** Topics, images and related items past the config's limits are cut in the parser, with one warning per list. */
class ListLimitTest {

    /** Three topics, two images, two related items per article. */
    private static final Limits SMALL = new Limits(3, 2, 2, 2, Limits.DEFAULTS.renderTime(), Limits.DEFAULTS.pageBytes());
    private static final String HEADER = """
            -- seeds/a.txt --
            ---
            title: "A"
            publishedDateTime: 2021-07-29T11:09:00Z
            published: true
            provider:
              name: TechNode
            """;

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void topicsPastTheLimitAreCutWithOneWarningAtTheList() {
        Article article = parse(SMALL, HEADER + """
                topics:
                  - AI
                  - " ai "
                  - Robots
                  - 42
                  - Chips
                  - Space
                  - robots
                  - 7
                  - Energy
                  - Space
                  - Biotech
                ---
                """);

        assertEquals(List.of("AI", "Robots", "Chips"), article.topics().stream().map(Topic::name).toList(),
                "the first three distinct topics in file order");
        assertEquals(List.of(
                "seeds/a.txt:11:5: warning: a topic must be a non-blank string; found an integer '42'; the entry is ignored. "
                        + "Quote the topic name",
                "seeds/a.txt:7:1: warning: 6 topics, more than limits.topicsPerArticle (3); the first 3 are kept, the rest "
                        + "('Space', 'Energy', … and 1 more) are left out; raise 'limits.topicsPerArticle' in the config to keep more"),
                formatted(), "repeats are not counted, and a bad entry past the cut is left out without a warning of its own");
    }

    @Test
    void oneTopicPastTheLimitIsNamedAlone() {
        Article article = parse(SMALL, HEADER + "topics: [A, B, C, D]\n---\n");

        assertEquals(List.of("A", "B", "C"), article.topics().stream().map(Topic::name).toList());
        assertEquals(List.of("seeds/a.txt:7:1: warning: 4 topics, more than limits.topicsPerArticle (3); the first 3 are kept, "
                + "the rest ('D') is left out; raise 'limits.topicsPerArticle' in the config to keep more"), formatted());
    }

    @Test
    void aListAtTheLimitOrRepeatingItsEntriesIsKeptWithoutAWord() {
        Article article = parse(SMALL, HEADER + "topics: [A, B, C, a, B, \" C \"]\n---\n");

        assertEquals(List.of("A", "B", "C"), article.topics().stream().map(Topic::name).toList());
        assertEquals(List.of(), formatted());
    }

    @Test
    void imagesPastTheLimitAreCutWithOneWarning() {
        Article article = parse(SMALL, HEADER + """
                images:
                  - url: "https://img.example/1.jpg"
                  - width: 10
                  - url: "https://img.example/2.jpg"
                  - url: "https://img.example/3.jpg"
                  - url: "https://img.example/4.jpg"
                ---
                """);

        assertEquals(List.of("https://img.example/1.jpg", "https://img.example/2.jpg"),
                article.images().stream().map(Image::url).map(Object::toString).toList());
        assertEquals(List.of(
                "seeds/a.txt:9:5: warning: an image has no 'url'; the entry is ignored. Add 'url: https://...'",
                "seeds/a.txt:7:1: warning: 4 images, more than limits.imagesPerArticle (2); the first 2 are kept, the rest "
                        + "('https://img.example/3.jpg', 'https://img.example/4.jpg') are left out; raise "
                        + "'limits.imagesPerArticle' in the config to keep more"),
                formatted());
    }

    @Test
    void relatedItemsPastTheLimitAreCutWithOneWarning() {
        Article article = parse(SMALL, HEADER + """
                related:
                  - title: "One"
                  - title: "Two"
                  - title: "Three"
                  - title: "Four"
                  - title: "Five"
                ---
                """);

        assertEquals(List.of("One", "Two"), article.related().stream().map(RelatedItem::title).toList());
        assertEquals(List.of("seeds/a.txt:7:1: warning: 5 related items, more than limits.relatedPerArticle (2); the first 2 "
                + "are kept, the rest ('Three', 'Four', … and 1 more) are left out; raise 'limits.relatedPerArticle' in the "
                + "config to keep more"), formatted());
    }

    @Test
    void theImagesOfARelatedItemAreCutAtTheirOwnList() {
        Article article = parse(SMALL, HEADER + """
                related:
                  - title: "One"
                    images:
                      - url: "https://img.example/1.jpg"
                      - url: "https://img.example/2.jpg"
                      - url: "https://img.example/3.jpg"
                ---
                """);

        assertEquals(2, article.related().get(0).images().size());
        assertEquals(List.of("seeds/a.txt:9:5: warning: 3 images, more than limits.imagesPerArticle (2); the first 2 are kept, "
                + "the rest ('https://img.example/3.jpg') is left out; raise 'limits.imagesPerArticle' in the config to keep more"),
                formatted());
    }

    @Test
    void aLimitOfOneSaysSo() {
        Limits one = new Limits(1, 1, 1, 1, Limits.DEFAULTS.renderTime(), Limits.DEFAULTS.pageBytes());
        parse(one, HEADER + "topics: [A, B]\n---\n");

        assertEquals(List.of("seeds/a.txt:7:1: warning: 2 topics, more than limits.topicsPerArticle (1); the first is kept, "
                + "the rest ('B') is left out; raise 'limits.topicsPerArticle' in the config to keep more"), formatted());
    }

    @Test
    void aHundredThousandTopicsAreReadInOneWalk() {
        String topics = IntStream.range(0, 100_000).mapToObj(i -> "  - topic" + i).collect(Collectors.joining("\n"));
        String repeated = "  - Same\n".repeat(100_000);

        // a hang guard, not a timing: reading the list was quadratic, minutes for this one
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Article article = parse(Limits.DEFAULTS, HEADER + "topics:\n" + topics + "\n---\n");
            assertEquals(50, article.topics().size());
            assertEquals(List.of("seeds/a.txt:7:1: warning: 100000 topics, more than limits.topicsPerArticle (50); the first "
                    + "50 are kept, the rest ('topic50', 'topic51', … and 99948 more) are left out; raise "
                    + "'limits.topicsPerArticle' in the config to keep more"), formatted());

            Problems none = new Problems();
            Article same = parse(Limits.DEFAULTS, HEADER + "topics:\n" + repeated + "---\n", none);
            assertEquals(List.of(Topic.named("Same")), same.topics());
            assertEquals(List.of(), none.list());
        });
    }

    private Article parse(Limits limits, String sections) {
        return parse(limits, sections, problems);
    }

    private Article parse(Limits limits, String sections, Problems into) {
        InlineSite.write(dir, sections);
        ArticleParser parser = new ArticleParser(ZoneOffset.UTC, 10_000_000, limits, new MarkdownRenderer());
        return new SourceFileReader(10_000_000).read(dir.resolve("seeds/a.txt"), into)
                .flatMap(text -> parser.parse(text, into)).orElseThrow(() -> new AssertionError(into.list().toString()));
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(dir)).toList();
    }
}
