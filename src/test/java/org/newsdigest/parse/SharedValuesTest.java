package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.testing.InlineSite;

/**
 * The articles one parser makes share each web address, topic and provider they write alike, which is what keeps a
 * large site's parse results within the heap; what each article says, and each warning, is as without sharing.
 */
class SharedValuesTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void articlesOfOneParserShareWhatTheyWriteAlike() {
        ArticleParser parser = parser();
        Article first = parse(parser, "a", "https://wire.example/a", "https://wire.example/b");
        Article second = parse(parser, "b", "https://wire.example/b", "https://wire.example/a");

        assertEquals(Optional.of(URI.create("https://wire.example/a")), first.webUrl());
        assertSame(first.webUrl().orElseThrow(), first.originalUrl().orElseThrow());
        assertSame(first.webUrl().orElseThrow(), second.related().entry(0).webUrl().orElseThrow());
        assertSame(second.webUrl().orElseThrow(), first.related().entry(0).webUrl().orElseThrow());
        assertSame(first.provider(), second.provider());
        assertSame(first.topics().get(0), second.topics().get(0));
        assertSame(first.images().get(0).url(), second.images().get(0).url());
    }

    @Test
    void anotherParserHoldsNothingOfTheLastOne() {
        Article before = parse(parser(), "a", "https://wire.example/a", "https://wire.example/b");
        Article after = parse(parser(), "a", "https://wire.example/a", "https://wire.example/b");

        assertEquals(before.webUrl(), after.webUrl());
        assertNotSame(before.webUrl().orElseThrow(), after.webUrl().orElseThrow());
        assertEquals(before.provider(), after.provider());
        assertNotSame(before.provider(), after.provider());
    }

    @Test
    void anAddressRefusedOnceIsRefusedWithAWarningInEachFile() {
        ArticleParser parser = parser();
        parse(parser, "a", "javascript:alert(1)", "https://wire.example/b");
        parse(parser, "b", "javascript:alert(1)", "https://wire.example/a");

        List<String> dropped = problems.list().stream().map(p -> p.position().file().getFileName() + ": " + p.message())
                .filter(message -> message.contains("'originalUrl'")).toList();
        assertEquals(2, dropped.size(), dropped.toString());
        assertEquals(List.of("a.txt", "b.txt"), dropped.stream().map(message -> message.substring(0, 5)).toList());
    }

    @Test
    void threadsParsingAtOnceGetOneObjectPerAddress() throws Exception {
        ArticleParser parser = parser();
        IntStream.range(0, 8).forEach(i -> InlineSite.write(dir, article("t" + i, "https://wire.example/shared",
                "https://wire.example/other")));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> parsed = IntStream.range(0, 8).mapToObj(i -> threads.submit(() -> {
                start.await();
                return read(parser, "t" + i);
            })).toList();
            start.countDown();
            URI shared = parsed.get(0).get().webUrl().orElseThrow();
            for (Future<Article> each : parsed) {
                assertSame(shared, each.get().webUrl().orElseThrow());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static ArticleParser parser() {
        return new ArticleParser(ZoneOffset.UTC, 1_000_000, Limits.DEFAULTS, new MarkdownRenderer());
    }

    private Article parse(ArticleParser parser, String name, String address, String relatedAddress) {
        InlineSite.write(dir, article(name, address, relatedAddress));
        return read(parser, name);
    }

    private Article read(ArticleParser parser, String name) {
        Problems own = new Problems();
        Article article = new SourceFileReader(1_000_000).read(dir.resolve("seeds/" + name + ".txt"), own)
                .flatMap(text -> parser.parse(text, own)).orElseThrow(() -> new AssertionError(own.list()));
        synchronized (problems) {
            problems.addAll(own.list());
        }
        return article;
    }

    private static String article(String name, String address, String relatedAddress) {
        return """
                -- seeds/%s.txt --
                ---
                title: "Story %s"
                publishedDateTime: 2021-07-29T11:09:00Z
                originalUrl: "%s"
                webUrl: "%s"
                published: true
                provider:
                  name: The Wire
                  domain: wire.example
                topics:
                  - AI
                images:
                  - url: "https://img.wire.example/lead.jpg"
                related:
                  - title: "Another story"
                    webUrl: "%s"
                ---
                Body.
                """.formatted(name, name, address, address, relatedAddress);
    }
}
