package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.bench.CorpusGenerator;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * However many threads build a site, the output is the same, byte for byte, and so are the problems and the counts:
 * every parallel step gives its results in its input's order, never in the order the threads finished.
 */
class AnyThreadCountTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds", "newsroom", "arabic"})
    void aSiteBuiltOnOneThreeOrFourThreadsIsTheSameByteForByte(String name) throws Exception {
        Path config = name.equals("seeds") ? Path.of("site-config.yml").toAbsolutePath() : FixtureSites.config(name);

        Built one = build(config, work.resolve("one/output"), 1);
        for (int threads : new int[] {3, 4}) {
            Built many = build(config, work.resolve(threads + "/output"), threads);
            assertSameBuild(one, many, name + " on " + threads + " threads");
        }
    }

    /**
     * A generated corpus large enough that parse, model and link check split their work into many slices on every
     * thread; and the cache an earlier build on other threads kept is read and used the same.
     */
    @Test
    void aLargerSiteAndItsIncrementalRebuildAreTheSameOnAnyNumberOfThreads() throws Exception {
        Path site = work.resolve("site");
        InlineSite.write(site, """
                -- site-config.yml --
                title: Generated
                baseUrl: https://example.org/news/
                pageSize: 50
                """);
        new CorpusGenerator(16).write(150, site.resolve("seeds"));
        Path config = site.resolve("site-config.yml");

        Built one = build(config, site.resolve("output"), 1);
        Built four = build(config, work.resolve("four/output"), 4);
        assertSameBuild(one, four, "a full build on 4 threads");
        assertTrue(one.result.summary().published() > 50, "published: " + one.result.summary().published());

        // the cache the one-thread build kept, decoded and used on three threads
        Path changed;
        try (var files = Files.list(site.resolve("seeds"))) {
            changed = files.sorted().toList().get(7);
        }
        Files.writeString(changed, Files.readString(changed) + "\nOne more paragraph.\n");
        Built incremental = build(config, site.resolve("output"), 3);
        assertTrue(incremental.result.summary().filesWritten() < one.result.summary().filesWritten(), "incremental");
        Files.createDirectories(work.resolve("fresh/seeds"));
        PathUtils.copyDirectory(site.resolve("seeds"), work.resolve("fresh/seeds"));
        Files.copy(config, work.resolve("fresh/site-config.yml"));
        Built full = build(work.resolve("fresh/site-config.yml"), work.resolve("fresh/output"), 1);
        assertEquals(full.files.keySet(), incremental.files.keySet());
        full.files.forEach((path, bytes) -> assertArrayEquals(bytes, incremental.files.get(path), path));
    }

    private record Built(BuildResult result, List<String> problems, Map<String, byte[]> files) {
    }

    private static Built build(Path config, Path output, int threads) throws Exception {
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(config,
                new ConfigOverrides(Optional.of(output), Optional.empty()).withThreads(OptionalInt.of(threads))),
                config.getParent(), TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
        List<String> problems = result.problems().stream().map((Problem p) -> p.format(config.getParent())).toList();
        return new Built(result, problems, SiteFiles.read(output));
    }

    private static void assertSameBuild(Built expected, Built actual, String what) {
        assertEquals(expected.problems, actual.problems, what);
        assertEquals(expected.result.summary(), actual.result.summary(), what);
        assertEquals(expected.files.keySet(), actual.files.keySet(), what);
        expected.files.forEach((path, bytes) -> assertArrayEquals(bytes, actual.files.get(path), what + ": " + path));
    }
}
