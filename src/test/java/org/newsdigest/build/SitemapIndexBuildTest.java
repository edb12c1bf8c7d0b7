package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.render.SitemapLimits;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.SitemapSchemas;
import org.newsdigest.testing.TestClock;
import org.newsdigest.write.StagingArea;

/**
 * The newsroom fixture built with sitemap files of at most 13 URLs (its 39 pages make three files): {@code sitemap.xml}
 * is their index, {@code robots.txt} names it, each file is valid, and together they list what one {@code sitemap.xml}
 * lists when the protocol's limits apply. Incremental builds keep the files while the sitemap's data is unchanged, and
 * remove the files a smaller site no longer needs; the output is always what a full build gives.
 */
class SitemapIndexBuildTest {

    private static final String BASE = "https://example.github.io/news-digest/";
    private static final SitemapLimits THIRTEEN_URLS = new SitemapLimits(13, SitemapLimits.PROTOCOL.bytes());
    private static final List<String> PUBLISHED = List.of("01-robots.md", "02-chips.md", "03-ai-rules.md", "04-vision.md",
            "05-cpp.md", "06-csharp.md", "08-tokyo.md", "09-phone-cameras.md");

    @TempDir
    Path site;
    @TempDir
    Path fresh;
    Path output;
    private final Map<Path, Object> identities = new HashMap<>();

    @BeforeEach
    void buildTheNewsroomInThreeSitemapFiles() throws Exception {
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
        output = site.resolve("output");
        assertTrue(build(site, THIRTEEN_URLS, false).published());
    }

    @Test
    void sitemapXmlIsTheIndexOfFilesThatTogetherListEveryPageInOrder() throws Exception {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n", SiteFiles.text(output, "robots.txt"));
        assertEquals(Set.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), sitemapFiles(output));
        SitemapSchemas.validate(output.resolve("sitemap.xml"));
        assertEquals("sitemapindex", root(output.resolve("sitemap.xml")));
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"),
                SitemapSchemas.locs(output.resolve("sitemap.xml")));
        List<String> together = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            Path part = output.resolve("sitemap-" + number + ".xml");
            SitemapSchemas.validate(part);
            assertEquals("urlset", root(part));
            together.addAll(SitemapSchemas.locs(part));
            sizes.add(SitemapSchemas.locs(part).size());
        }
        assertEquals(List.of(13, 13, 9), sizes);

        Path single = fullBuild(SitemapLimits.PROTOCOL);
        assertEquals(Set.of("sitemap.xml"), sitemapFiles(single));
        SitemapSchemas.validate(single.resolve("sitemap.xml"));
        assertEquals(SitemapSchemas.locs(single.resolve("sitemap.xml")), together, "the same pages in the same order");
        assertEquals(35, together.size());
    }

    @Test
    void aChangeTheSitemapDoesNotShowKeepsEveryFileOfIt() throws Exception {
        noteEveryFile();
        append("02-chips.md", "\nA new paragraph.\n");

        BuildResult result = build(site, THIRTEEN_URLS, false);

        assertTrue(result.published());
        assertEquals(Set.of("articles/02-chips/index.html"), rewritten());
        assertSameAsAFullBuild(THIRTEEN_URLS);
    }

    @Test
    void aSitemapFileChangedByHandIsWrittenAgain() throws Exception {
        Files.writeString(output.resolve("sitemap-2.xml"), "<urlset/>\n", StandardCharsets.UTF_8);
        append("02-chips.md", "\nA new paragraph.\n");

        assertTrue(build(site, THIRTEEN_URLS, false).published());

        assertSameAsAFullBuild(THIRTEEN_URLS);
    }

    @Test
    void aSiteThatShrinksToOneFileLosesTheOthersAndGrowsThemBack() throws Exception {
        for (String seed : PUBLISHED.subList(1, PUBLISHED.size())) {
            edit(seed, "published: true", "published: false");
        }

        assertTrue(build(site, THIRTEEN_URLS, false).published());

        assertEquals(Set.of("sitemap.xml"), sitemapFiles(output), "sitemap-1.xml to sitemap-3.xml are gone");
        assertEquals("urlset", root(output.resolve("sitemap.xml")));
        SitemapSchemas.validate(output.resolve("sitemap.xml"));
        assertSameAsAFullBuild(THIRTEEN_URLS);

        for (String seed : PUBLISHED.subList(1, PUBLISHED.size())) {
            edit(seed, "published: false", "published: true");
        }
        assertTrue(build(site, THIRTEEN_URLS, false).published());
        assertEquals(Set.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), sitemapFiles(output));
        assertSameAsAFullBuild(THIRTEEN_URLS);
    }

    @Test
    void otherLimitsSplitTheSameSiteAgain() throws Exception {
        SitemapLimits twentyUrls = new SitemapLimits(20, SitemapLimits.PROTOCOL.bytes());

        assertTrue(build(site, twentyUrls, false).published());

        assertEquals(Set.of("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"), sitemapFiles(output), "sitemap-3.xml is gone");
        assertSameAsAFullBuild(twentyUrls);
    }

    // ---- helpers ----

    private static BuildResult build(Path site, SitemapLimits limits, boolean clean) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir()).startingEmptyIf(clean)).withSitemapLimits(limits).build();
    }

    /** The site's content built from nothing in a folder of its own; returns its output. */
    private Path fullBuild(SitemapLimits limits) throws Exception {
        PathUtils.cleanDirectory(fresh);
        PathUtils.copyDirectory(site.resolve("seeds"), fresh.resolve("seeds"));
        Files.copy(site.resolve("site-config.yml"), fresh.resolve("site-config.yml"));
        assertTrue(build(fresh, limits, true).published());
        return fresh.resolve("output");
    }

    private void assertSameAsAFullBuild(SitemapLimits limits) throws Exception {
        Map<String, byte[]> expected = SiteFiles.read(fullBuild(limits));
        Map<String, byte[]> actual = SiteFiles.read(output);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static Set<String> sitemapFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return new TreeSet<>(files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("sitemap")).toList());
        }
    }

    private static String root(Path file) throws Exception {
        return org.newsdigest.testing.XmlFiles.parse(file).getDocumentElement().getLocalName();
    }

    private void noteEveryFile() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                identities.put(file, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
        }
    }

    /** The files that are not the very files noted before (a kept file is the same file, linked). */
    private Set<String> rewritten() throws IOException {
        Set<String> changed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!Files.readAttributes(file, BasicFileAttributes.class).fileKey().equals(identities.get(file))
                        && !file.getFileName().toString().equals(StagingArea.MARKER)) {
                    changed.add(output.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return changed;
    }

    private void edit(String seed, String from, String to) throws IOException {
        Path file = site.resolve("seeds").resolve(seed);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> seed + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void append(String seed, String text) throws IOException {
        Files.writeString(site.resolve("seeds").resolve(seed), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }
}
