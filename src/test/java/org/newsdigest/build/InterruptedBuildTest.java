package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * A build that fails or is killed part-way never touches the last good output: it stays byte for byte as it was,
 * and no staging folder is left behind by a build that ends.
 */
class InterruptedBuildTest {

    @TempDir
    Path site;
    Path output;
    Path staging;
    Map<String, byte[]> lastGood;

    /** Builds a good site, then changes the content so that a build that got through would change every list. */
    @BeforeEach
    void buildTheLastGoodSite() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Interrupted
                baseUrl: https://example.org/news/
                -- seeds/a.md --
                ---
                title: "Alpha"
                publishedDateTime: 2021-07-29T08:00:00Z
                published: true
                provider:
                  name: P
                topics: [AI]
                ---
                -- seeds/b.md --
                ---
                title: "Bravo"
                publishedDateTime: 2021-07-28T08:00:00Z
                published: true
                provider:
                  name: P
                ---
                """);
        output = site.resolve("output");
        staging = site.resolve(".output.staging");
        assertTrue(build().published());
        // an old timestamp, so that any rewrite of a file would show even if its bytes came out the same
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            }
        }
        lastGood = SiteFiles.read(output);
        assertEquals(28, lastGood.size(), "27 files and the mark of a site news-digest published");

        InlineSite.write(site, """
                -- seeds/c.md --
                ---
                title: "Charlie"
                publishedDateTime: 2021-07-27T08:00:00Z
                published: true
                provider:
                  name: Q
                topics: [Robots]
                ---
                """);
    }

    @Test
    void aTemplateThatFailsOnTheLastArticlePageLeavesTheOutputAsItWas() throws Exception {
        // articles are rendered newest first, so Charlie, the oldest, is the last article page
        overrideTemplate("article.ftlh", "<#if article.title == \"Charlie\">${noSuchValue}</#if>\n");

        BuildResult result = build();

        assertFalse(result.published());
        assertEquals(List.of("templates/article.ftlh:1:35: error: template failed: 'noSuchValue' is null or missing; fix the template"),
                formatted(result));
        assertOutputIsTheLastGoodOne();
    }

    @Test
    void aTemplateThatStopsOnTheLastPageRenderedLeavesTheOutputAsItWas() throws Exception {
        // the sitemap is the last page rendered: every other page is in the staging folder when it stops
        overrideTemplate("sitemap.ftlx", "<#if entries?size gt 0><#stop \"boom\"></#if>\n");

        BuildResult result = build();

        assertFalse(result.published());
        assertEquals(List.of("templates/sitemap.ftlx:1:24: error: template failed: boom; fix the template"),
                formatted(result));
        assertOutputIsTheLastGoodOne();
    }

    @Test
    void aBuildKilledWhileRenderingLeavesTheOutputAsItWasAndTheNextBuildCleansUp() throws Exception {
        // a sitemap that never finishes: the build is killed with every other page already in the staging folder
        overrideTemplate("sitemap.ftlx", "<#list 1.. as forever></#list>\n");
        Process process = startBuildInNewJvm();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // the kinds of output render at the same time, so wait for the last article page as well as the feeds
            while (!(Files.exists(staging.resolve("feed.json")) && Files.exists(staging.resolve("articles/c/index.html")))
                    && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(staging.resolve("feed.json")), "the build never reached the sitemap; see build.log");
            assertTrue(process.isAlive());
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(staging.resolve("articles/c/index.html")), "killed mid-way, with pages written");
        assertOutputIsTheLastGoodOneIgnoringStaging();

        // the next build, even a failing one, removes what the killed one left and still leaves the output alone
        overrideTemplate("sitemap.ftlx", "<#stop \"boom\">\n");
        assertFalse(build().published());
        assertOutputIsTheLastGoodOne();

        // and a good build publishes the new content
        Files.delete(site.resolve("templates/sitemap.ftlx"));
        assertTrue(build().published());
        assertTrue(Files.exists(output.resolve("articles/c/index.html")));
        assertFalse(Files.exists(staging));
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesOfPublishingGetsTheLastGoodSiteBack() throws Exception {
        // publish() moves output aside, then moves staging in; a kill between the two leaves this
        Files.move(output, site.resolve(".output.previous"));
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "half a site", StandardCharsets.UTF_8);
        overrideTemplate("article.ftlh", "<#if article.title == \"Charlie\">${noSuchValue}</#if>\n");

        assertFalse(build().published());

        assertOutputIsTheLastGoodOne();
        assertFalse(Files.exists(site.resolve(".output.previous")));
    }

    @Test
    void aBrokenTemplateThatFailsBeforeAnythingIsWrittenAlsoLeavesTheOutputAlone() throws Exception {
        overrideTemplate("topics.ftlh", "<#if>\n");

        BuildResult result = build();

        assertFalse(result.published());
        assertEquals(1, result.errorCount());
        assertOutputIsTheLastGoodOne();
    }

    // ---- helpers ----

    private BuildResult build() throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }

    private Process startBuildInNewJvm() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.newsdigest.cli.NewsDigest");
        command.addAll(List.of("build", "--config", site.resolve("site-config.yml").toString()));
        return new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true)
                .redirectOutput(site.resolve("build.log").toFile()).start();
    }

    /** The built-in template with {@code line} put in front of it, as the site's own template. */
    private void overrideTemplate(String name, String line) throws IOException {
        String theme = Files.readString(Path.of("templates", name), StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates").resolve(name), line + theme, StandardCharsets.UTF_8);
    }

    private List<String> formatted(BuildResult result) {
        return result.problems().stream().map(p -> p.format(site)).toList();
    }

    private void assertOutputIsTheLastGoodOne() throws IOException {
        assertOutputIsTheLastGoodOneIgnoringStaging();
        assertFalse(Files.exists(staging), "the staging folder is removed");
    }

    private void assertOutputIsTheLastGoodOneIgnoringStaging() throws IOException {
        Map<String, byte[]> now = SiteFiles.read(output);
        assertEquals(lastGood.keySet(), now.keySet());
        lastGood.forEach((path, bytes) -> assertArrayEquals(bytes, now.get(path), path));
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")), Files.getLastModifiedTime(file),
                        () -> file + " was rewritten");
            }
        }
    }
}
