package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cache.CacheFolder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.write.StagingArea;

/** The one seam for incremental builds: what a build keeps for the next, and a full build as an empty state. */
class IncrementalStateTest {

    private static final String SITE = """
            -- site-config.yml --
            title: Kept
            baseUrl: https://example.org/
            -- seeds/one.md --
            ---
            title: "One"
            publishedDateTime: 2025-12-01T10:00:00Z
            published: true
            provider:
              name: P
            topics:
              - Robots
            ---
            First.
            -- seeds/two.md --
            ---
            title: "Two"
            publishedDateTime: 2025-12-02T10:00:00Z
            published: true
            provider:
              name: P
            ---
            Second.
            """;

    @TempDir
    Path site;

    private SiteConfig config() throws Exception {
        return new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
    }

    private BuildResult build(IncrementalState state) throws Exception {
        BuildResult result = new SiteBuilder(config(), site, TestClock.FIXED, BuildProgress.SILENT, state).build();
        assertTrue(result.published(), () -> result.problems().toString());
        return result;
    }

    @Test
    void anIncrementalBuildAndAFullBuildFromAnEmptyStateGiveTheSameBytes() throws Exception {
        InlineSite.write(site, SITE);
        IncrementalState state = IncrementalState.onDisk(config().outputDir());
        build(state);
        InlineSite.write(site, """
                -- seeds/two.md --
                ---
                title: "Two, revised"
                publishedDateTime: 2025-12-02T10:00:00Z
                published: true
                provider:
                  name: P
                topics:
                  - Robots
                ---
                Second, revised.
                """);

        BuildResult incremental = build(state);
        Map<String, byte[]> afterIncremental = SiteFiles.read(site.resolve("output"));
        BuildResult full = build(state.startingEmpty());
        Map<String, byte[]> afterFull = SiteFiles.read(site.resolve("output"));

        assertTrue(incremental.summary().filesWritten() < full.summary().filesWritten(),
                incremental.summary() + " against " + full.summary());
        assertEquals(afterFull.keySet(), afterIncremental.keySet());
        afterFull.forEach((path, bytes) -> assertEquals(new String(bytes), new String(afterIncremental.get(path)), path));
    }

    @Test
    void theStateRemembersBetweenBuildsAndAFullBuildStillLeavesItForTheNext() throws Exception {
        InlineSite.write(site, SITE);
        IncrementalState memory = IncrementalState.inMemory(config().outputDir());

        int everything = build(memory).summary().filesWritten();
        assertEquals(0, build(memory).summary().filesWritten(), "nothing changed, so nothing is written");
        assertEquals(everything, build(memory.startingEmpty()).summary().filesWritten(), "an empty state renders every page");
        assertEquals(0, build(memory).summary().filesWritten(), "and keeps what it made for the next build");
        assertEquals(everything, build(IncrementalState.inMemory(config().outputDir())).summary().filesWritten(),
                "a state in memory is its own: a new one knows nothing");
    }

    @Test
    void everyNameBesideTheOutputComesFromOutputSiblings() throws Exception {
        Path output = site.resolve("output");
        OutputSiblings siblings = OutputSiblings.of(output);
        assertEquals(List.of(".output.staging", ".output.previous", ".output.spare", ".output.trash", ".output.cache", ".output.lock"),
                siblings.all().stream().map(path -> path.getFileName().toString()).toList());
        assertEquals(siblings.lock(), SiteLock.beside(output));
        assertEquals(siblings, IncrementalState.onDisk(output).siblings());
        assertEquals(siblings.staging(), StagingArea.create(output).root());

        InlineSite.write(site, SITE);
        build(IncrementalState.onDisk(output));
        build(IncrementalState.onDisk(output).startingEmpty());
        assertTrue(CacheFolder.holdsAManifestFor(output), "the cache folder is the one OutputSiblings names");
        assertTrue(Files.isDirectory(siblings.cache()));
        try (Stream<Path> entries = Files.list(site)) {
            List<Path> beside = entries.filter(path -> path.getFileName().toString().startsWith(".")).toList();
            assertTrue(siblings.all().containsAll(beside), beside.toString());
        }
    }

    /** {@code init} writes them as text for a site whose output is {@code output}: a test, not code, keeps them in step. */
    @Test
    void theFilesInitWritesNameTheSameFolders() throws Exception {
        OutputSiblings siblings = OutputSiblings.of(Path.of("output"));
        String gitignore = scaffold("gitignore");
        for (Path sibling : siblings.all()) {
            assertTrue(sibling.getFileName().toString().startsWith(".output."), sibling.toString());
        }
        assertTrue(gitignore.lines().anyMatch("/.output.*"::equals), "git ignores every name beside the output: " + gitignore);
        assertTrue(scaffold("github/workflows/pages.yml").lines().anyMatch(line -> line.strip().equals(siblings.cache().toString())),
                "the Pages workflow caches the cache folder");
    }

    private static String scaffold(String name) throws Exception {
        try (InputStream in = IncrementalStateTest.class.getResourceAsStream("/org/newsdigest/cli/scaffold/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aStateIsForTheOutputItWasMadeFor() throws Exception {
        InlineSite.write(site, SITE);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new SiteBuilder(config(), site, TestClock.FIXED, BuildProgress.SILENT,
                        IncrementalState.onDisk(site.resolve("elsewhere"))));
        assertEquals("the incremental state of " + site.resolve("elsewhere") + " cannot build the site published to "
                + site.resolve("output"), wrong.getMessage());
    }
}
