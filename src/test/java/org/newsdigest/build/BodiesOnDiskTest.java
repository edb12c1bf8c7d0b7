package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.LoadPhase.Loaded;
import org.newsdigest.build.ModelPhase.Modelled;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.model.Article;
import org.newsdigest.render.SitemapLimits;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.StagingArea;

/**
 * What the digest keeps of an article is what its cards need: its body stays on disk beside the output until its own
 * page is rendered (issue 17: a large site's bodies held in memory ran a 1 GiB heap out).
 */
class BodiesOnDiskTest {

    private static final String MARK = "unforgettable-paragraph";

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private void writeSite() throws Exception {
        String body = ("A long " + MARK + " about the story, said again and again.\n\n").repeat(400);
        InlineSite.write(site, """
                -- site-config.yml --
                title: Bodies
                baseUrl: https://example.org/
                -- seeds/long.md --
                ---
                title: "Long"
                publishedDateTime: 2025-12-01T10:00:00Z
                webUrl: "https://news.example/long"
                published: true
                provider:
                  name: P
                ---
                """ + body);
    }

    private SiteConfig config() throws Exception {
        return new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
    }

    @Test
    void theDigestsArticleHoldsNoBodyTextAndItsPageStillHasTheBody() throws Exception {
        writeSite();
        IncrementalState state = IncrementalState.onDisk(config().outputDir());
        try (BuildThreads threads = new BuildThreads(2); BodyStore bodies = state.bodyStore()) {
            Loaded loaded = new LoadPhase(config()).load(problems).orElseThrow();
            Modelled model = new ModelPhase(config(), site, TestClock.FIXED, threads).model(
                    new ParsePhase(config(), state, bodies, BuildProgress.SILENT, threads).parse(loaded, problems), problems);
            Article article = model.digest().articles().get(0);
            assertEquals(List.of(), stringsHolding(MARK, article), "the body is read back, not held");
            assertTrue(article.bodyHtml().contains(MARK), "and it reads back whole");

            try (SiteOutput output = state.stage(loaded.stamps().output(), StagingArea.Checkpoints.NONE, BuildProgress.SILENT)) {
                new RenderPhase(config(), site, SitemapLimits.PROTOCOL, threads)
                        .render(loaded.templates(), model.digest(), output, problems).orElseThrow();
                String page = SiteFiles.text(site.resolve(".output.staging"), "articles/long/index.html");
                assertEquals(400, page.split(MARK, -1).length - 1, "the page shows every paragraph of the body");
            }
        }
        assertEquals(List.of(), problems.list());
        try (Stream<Path> left = Files.list(site.resolve(".output.cache"))) {
            assertFalse(left.anyMatch(file -> file.getFileName().toString().startsWith("bodies-")),
                    "the build's bodies go with it");
        }
    }

    @Test
    void aWholeBuildPublishesTheBodyAndLeavesNoBodiesBehind() throws Exception {
        writeSite();
        SiteConfig config = config();
        assertTrue(new SiteBuilder(config, site, TestClock.FIXED).build().published());
        assertTrue(SiteFiles.text(config.outputDir(), "articles/long/index.html").contains(MARK));
        // a rebuild reads the article back from the parse cache, and its page is kept as it was
        assertTrue(new SiteBuilder(config, site, TestClock.FIXED).build().published());
        assertTrue(SiteFiles.text(config.outputDir(), "articles/long/index.html").contains(MARK));
        try (Stream<Path> left = Files.list(site.resolve(".output.cache"))) {
            assertEquals(List.of(), left.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("bodies-"))
                    .toList());
        }
    }

    /** Every string reachable from {@code value} through records, optionals, collections and maps that contains {@code text}. */
    private static List<String> stringsHolding(String text, Object value) throws Exception {
        if (value instanceof String s) {
            return s.contains(text) ? List.of(s) : List.of();
        }
        Stream<?> parts;
        if (value instanceof Record record) {
            List<Object> components = new java.util.ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                components.add(component.getAccessor().invoke(record));
            }
            parts = components.stream();
        } else if (value instanceof Optional<?> optional) {
            parts = optional.stream();
        } else if (value instanceof Collection<?> collection) {
            parts = collection.stream();
        } else if (value instanceof Map<?, ?> map) {
            parts = Stream.concat(map.keySet().stream(), map.values().stream());
        } else {
            return List.of();
        }
        List<String> found = new java.util.ArrayList<>();
        for (Object part : parts.toList()) {
            if (part != null) {
                found.addAll(stringsHolding(text, part));
            }
        }
        return found;
    }
}
