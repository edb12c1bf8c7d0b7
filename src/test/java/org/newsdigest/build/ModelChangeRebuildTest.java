package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A rebuild keeps the page of an article whose file did not change only when nothing the digest decided for it changed
 * either: each change below alters what the pages of untouched articles show (a name, an address, a story, a link),
 * and the rebuilt site is, byte for byte, what a full build of the same content gives.
 */
class ModelChangeRebuildTest {

    @TempDir
    Path site;
    @TempDir
    Path fresh;
    Path output;

    @BeforeEach
    void buildTheNewsroomOnce() throws Exception {
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
        output = site.resolve("output");
        assertTrue(build().published());
    }

    @Test
    void anEditedTitle() throws Exception {
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 1 nm\"");
        rebuildAndCompare();
    }

    /** An older article's topic of another name with the same slug takes the slug; the younger name moves to "-2". */
    @Test
    void aTopicSlugClashAppearingAndResolving() throws Exception {
        edit("01-robots.md", "  - Robotics\n", "  - Robotics\n  - \"Semiconductors!\"\n");
        rebuildAndCompare();
        assertTrue(page("02-chips").contains("topics/semiconductors-2/"), "the younger name lost its slug");

        edit("01-robots.md", "  - \"Semiconductors!\"\n", "");
        rebuildAndCompare();
        assertTrue(page("02-chips").contains("topics/semiconductors/"));
    }

    /**
     * Two spellings of one slug trading it: the topics index and the feeds list show the same names and counts as
     * before, each linked to the other's page now.
     */
    @Test
    void twoSpellingsTradingTheirSlug() throws Exception {
        edit("05-cpp.md", "  - \"C++\"\n", "  - \"C++\"\n  - \"Semiconductors!\"\n");
        rebuildAndCompare();
        assertTrue(page("05-cpp").contains("topics/semiconductors-2/"), "the younger name has the second slug");

        edit("02-chips.md", "publishedDateTime: 2024-03-02T10:00:00+01:00", "publishedDateTime: 2024-03-05T18:00:00Z");
        rebuildAndCompare();
        assertTrue(page("05-cpp").contains("topics/semiconductors/"), "the older article's spelling has the slug now");
    }

    @Test
    void anArticleSlugClashFailsTheBuildAndResolvedBuildsAgain() throws Exception {
        edit("05-cpp.md", "title: \"C++ 26 adds reflection\"", "title: \"C++ 26 adds reflection\"\nslug: 02-chips");
        assertFalse(build().published(), "two articles at one address is an error");

        edit("05-cpp.md", "\nslug: 02-chips", "\nslug: cpp-26");
        rebuildAndCompare();
    }

    /** The spelling most articles use names the provider on every page, also on those of articles that kept theirs. */
    @Test
    void aProvidersCanonicalNameChanging() throws Exception {
        edit("05-cpp.md", "name: Tech Wire", "name: TECH WIRE");
        edit("06-csharp.md", "name: Tech Wire", "name: TECH WIRE");
        rebuildAndCompare();
        assertTrue(page("02-chips").contains("TECH WIRE"), "the unchanged article shows the new name");
        assertTrue(SiteFiles.text(output, "providers/tech-wire/feed.xml").contains("<dc:creator>TECH WIRE</dc:creator>"),
                "the provider's feed names its items' provider anew");

        edit("06-csharp.md", "name: TECH WIRE", "name: Tech Wire");
        rebuildAndCompare();
        assertFalse(page("02-chips").contains("TECH WIRE"));
    }

    /** The same for a topic: its pages, the topics index and the feeds list name it anew at the same address. */
    @Test
    void aTopicsCanonicalNameChanging() throws Exception {
        edit("01-robots.md", "  - AI\n", "  - ai\n");
        edit("04-vision.md", "  - AI\n", "  - ai\n");
        rebuildAndCompare();
        assertTrue(SiteFiles.text(output, "feeds.opml").contains("text=\"ai\""), "the feeds list names the topic anew");
    }

    /** The date archives list an article under the day it moved to, and its neighbours' pages link the new day. */
    @Test
    void anArticleMovingToAnotherDay() throws Exception {
        String before = "publishedDateTime: 2024-03-02T10:00:00+01:00";
        String later = "publishedDateTime: 2024-03-08T10:00:00+01:00";
        changeAndCompare("02-chips.md", before, later, "articles/2024/03/08/index.html", "articles/02-chips/");
        changeAndCompare("02-chips.md", later, "publishedDateTime: 2024-03-02T11:00:00+01:00", "articles/2024/03/02/index.html",
                "articles/02-chips/");
    }

    /** An update moves the article's date in the feeds and its page's in the sitemap, and nothing else it lists. */
    @Test
    void anUpdateDateChanging() throws Exception {
        changeAndCompare("03-ai-rules.md", "updatedDateTime: 2024-03-04T09:00:00Z", "updatedDateTime: 2024-03-09T09:00:00Z",
                "sitemap.xml", "2024-03-09T09:00:00Z");
        changeAndCompare("03-ai-rules.md", "updatedDateTime: 2024-03-09T09:00:00Z\n", "", "feed.xml", "Parliament agrees AI rules");
    }

    /** An unpublished article leaves every list of the site: feeds, date archives, search index and sitemap. */
    @Test
    void anArticleUnpublishedAndPublishedAgain() throws Exception {
        edit("02-chips.md", "published: true", "published: false");
        rebuildAndCompare();
        for (String file : new String[] {"feed.xml", "search-index.json", "sitemap.xml", "articles/2024/03/index.html",
                "providers/tech-wire/feed.xml"}) {
            assertFalse(SiteFiles.text(output, file).contains("articles/02-chips/"), file + " still lists the article");
        }
        changeAndCompare("02-chips.md", "published: false", "published: true", "search-index.json", "articles/02-chips/");
    }

    /** The two reports of the night-vision cameras are one story until one headline changes, and again after. */
    @Test
    void aStorySplittingAndJoining() throws Exception {
        assertTrue(page("04-vision").contains("articles/09-phone-cameras/"));
        edit("09-phone-cameras.md", "title: \"Phone cameras that see in the dark\"", "title: \"Suppliers ship new sensors\"");
        rebuildAndCompare();

        edit("09-phone-cameras.md", "title: \"Suppliers ship new sensors\"", "title: \"Phone cameras that see in the dark\"");
        rebuildAndCompare();
        assertTrue(page("04-vision").contains("articles/09-phone-cameras/"));
    }

    @Test
    void aCoverageArticleEdited() throws Exception {
        edit("09-phone-cameras.md", "title: \"Phone cameras that see in the dark\"", "title: \"Phone cameras that see in the dark, soon\"");
        rebuildAndCompare();
        assertTrue(page("04-vision").contains("see in the dark, soon"), "the story's other page lists the new headline");

        edit("09-phone-cameras.md", "publishedDateTime: 2024-03-02T15:10:00Z", "publishedDateTime: 2024-03-03T15:10:00Z");
        rebuildAndCompare();

        edit("09-phone-cameras.md", "published: true", "published: true\nslug: night-phones");
        rebuildAndCompare();
        assertTrue(page("04-vision").contains("articles/night-phones/"), "the story's other page links its new address");
    }

    /** The robots article names the night-vision article as related: a link to its page, then to the original, then back. */
    @Test
    void aRelatedTargetUnpublishedAndPublishedAgain() throws Exception {
        assertTrue(page("01-robots").contains("articles/04-vision/"));
        edit("04-vision.md", "published: true", "published: false");
        rebuildAndCompare();
        assertFalse(page("01-robots").contains("articles/04-vision/"));

        edit("04-vision.md", "published: false", "published: true");
        rebuildAndCompare();
        assertTrue(page("01-robots").contains("articles/04-vision/"));
    }

    @Test
    void anArticleDeleted() throws Exception {
        Files.delete(site.resolve("seeds/09-phone-cameras.md"));
        rebuildAndCompare();

        Files.delete(site.resolve("seeds/04-vision.md"));
        rebuildAndCompare();
    }

    private void rebuildAndCompare() throws Exception {
        assertTrue(build().published());
        FullBuildComparison.assertSameAsAFullBuild(site, output, fresh);
    }

    /** Changes a seed, rebuilds, compares with a full build and finds {@code shown} in the output file {@code file}. */
    private void changeAndCompare(String seed, String from, String to, String file, String shown) throws Exception {
        edit(seed, from, to);
        rebuildAndCompare();
        assertTrue(SiteFiles.text(output, file).contains(shown), () -> file + " does not show " + shown);
    }

    private BuildResult build() throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir())).build();
    }

    private String page(String slug) {
        return SiteFiles.text(output, "articles/" + slug + "/index.html");
    }

    private void edit(String seed, String from, String to) throws IOException {
        Path file = site.resolve("seeds").resolve(seed);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> seed + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
