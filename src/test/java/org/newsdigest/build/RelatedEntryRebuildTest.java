package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * A related entry's every shown field reaches its article's page on a rebuild, though the page key takes a hash of the
 * entry rather than its texts; and a page rendered again for another reason, its file unchanged, shows its related
 * entries as read back from the parse cache, as a full build does. Each rebuilt site is, byte for byte, what a full
 * build of the same content gives. The newsroom's robots article lists three entries: the night-vision article (a page
 * of the site), a history piece elsewhere, and the embargoed article, which is withheld. The site's article template
 * is the theme's with each related entry's excerpt shown too.
 */
class RelatedEntryRebuildTest {

    /** The site, rebuilt after each change, and beside it the folder a full build of the same content is made in. */
    @TempDir
    Path folder;
    Path site;
    Path output;

    @BeforeEach
    void buildTheNewsroomWithRelatedExcerptsShown() throws Exception {
        site = folder.resolve("site");
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
        // the theme's page shows no related excerpt; a site's may, so the page key takes it
        String article = Files.readString(Path.of("templates/article.ftlh"), StandardCharsets.UTF_8);
        String meta = "<span class=\"meta\"><#if item.providerName??>";
        assertTrue(article.contains(meta), "the theme's article page lists related entries");
        Files.writeString(Files.createDirectories(site.resolve("templates")).resolve("article.ftlh"),
                article.replace(meta, "<p>${item.excerpt}</p>" + meta), StandardCharsets.UTF_8);
        output = site.resolve("output");
        assertTrue(build().published());
    }

    @Test
    void anExcerptAddedAndChanged() throws Exception {
        changeAndCompare("    webUrl: \"https://elsewhere.example/history\"",
                "    excerpt: \"From mangles to machines.\"\n    webUrl: \"https://elsewhere.example/history\"", "From mangles to machines.");
        changeAndCompare("From mangles to machines.", "From mangles to machines, and back.", "From mangles to machines, and back.");
    }

    @Test
    void aProviderNameChanged() throws Exception {
        changeAndCompare("      name: Elsewhere\n", "      name: Elsewhere Weekly\n", "Elsewhere Weekly");
    }

    @Test
    void aDateChangedAndRemoved() throws Exception {
        changeAndCompare("    publishedDateTime: 2024-02-20T10:00:00Z", "    publishedDateTime: 2024-02-21T10:00:00Z", "2024-02-21");
        edit("01-robots.md", "    publishedDateTime: 2024-02-21T10:00:00Z\n", "");
        rebuildAndCompare();
        assertFalse(robots().contains("2024-02-21"));
    }

    @Test
    void aTitleChanged() throws Exception {
        changeAndCompare("Laundry robots, a history", "Laundry robots: a history", "Laundry robots: a history");
    }

    /**
     * The robots page is rendered again because the night-vision article moves to another address, which its related
     * entry links to; its own file did not change, so its entries come from the parse cache, read back when its page
     * is rendered, and they show as a full build shows them, the withheld one still left out.
     */
    @Test
    void aPageRenderedAgainShowsItsRelatedEntriesFromTheCache() throws Exception {
        String before = robots();
        edit("04-vision.md", "published: true", "published: true\nslug: night-eyes");
        rebuildAndCompare();
        String after = robots();
        assertTrue(after.contains("articles/night-eyes/") && !before.contains("articles/night-eyes/"), "rendered again");
        for (String shown : List.of("Cameras that see in the dark", "Laundry robots, a history", "Elsewhere",
                "https://elsewhere.example/history", "2024-02-20")) {
            assertTrue(after.contains(shown), () -> "the page does not show " + shown);
        }
        assertFalse(after.contains("secret chip roadmap"), "the withheld entry stays out");
        assertTrue(after.replace("articles/night-eyes/", "articles/04-vision/").equals(before),
                "only the link changed");
    }

    private void changeAndCompare(String from, String to, String shown) throws Exception {
        String before = robots();
        edit("01-robots.md", from, to);
        rebuildAndCompare();
        assertTrue(robots().contains(shown), () -> "the robots page does not show " + shown);
        assertFalse(before.equals(robots()), "the page was written again");
    }

    private void rebuildAndCompare() throws Exception {
        assertTrue(build().published());
        FullBuildComparison.assertSameAsAFullBuild(site, output, Files.createDirectories(folder.resolve("full")));
    }

    private BuildResult build() throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir())).build();
    }

    private String robots() {
        return SiteFiles.text(output, "articles/01-robots/index.html");
    }

    private void edit(String seed, String from, String to) throws IOException {
        Path file = site.resolve("seeds").resolve(seed);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> seed + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
