package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;

/**
 * The story pairs a build keeps ({@code story-pairs.bin}) group the next build's stories as a full build would, and a
 * file that is garbled, cut short, written by another version or left from an older build is ignored or used only
 * where it still holds: the site is, byte for byte, a full build's.
 */
class StoryPairsRebuildTest {

    @TempDir
    Path site;
    @TempDir
    Path fresh;
    Path output;
    Path pairsFile;

    @BeforeEach
    void buildTheNewsroomOnce() throws Exception {
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
        output = site.resolve("output");
        pairsFile = site.resolve(".output.cache/story-pairs.bin");
        assertTrue(build().published());
        assertTrue(Files.isRegularFile(pairsFile), "a build keeps its story pairs");
    }

    @Test
    void aStorySplitsAndJoinsAgainFromTheKeptPairs() throws Exception {
        splitAndJoinTheNightVisionStory();
    }

    @Test
    void aGarbledPairsFileIsIgnored() throws Exception {
        byte[] bytes = Files.readAllBytes(pairsFile);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(pairsFile, bytes);
        splitAndJoinTheNightVisionStory();
    }

    @Test
    void aPairsFileCutShortIsIgnored() throws Exception {
        byte[] bytes = Files.readAllBytes(pairsFile);
        Files.write(pairsFile, Arrays.copyOf(bytes, bytes.length - 5));
        splitAndJoinTheNightVisionStory();
    }

    /** Another version of news-digest stamps the file with another code stamp. */
    @Test
    void aPairsFileOfAnotherVersionIsIgnored() throws Exception {
        byte[] bytes = Files.readAllBytes(pairsFile);
        // the stamp is the header's third field, after the magic number and the format
        bytes[8] ^= 0x40;
        Files.write(pairsFile, bytes);
        splitAndJoinTheNightVisionStory();
    }

    /** Pairs kept two builds ago name the articles as they were then: only those still unchanged are taken from them. */
    @Test
    void anOlderPairsFileIsUsedOnlyWhereItStillHolds() throws Exception {
        Path older = site.resolve("older-pairs.bin");
        Files.copy(pairsFile, older);
        edit("09-phone-cameras.md", "title: \"Phone cameras that see in the dark\"", "title: \"Suppliers ship new sensors\"");
        rebuildAndCompare();
        Files.copy(older, pairsFile, StandardCopyOption.REPLACE_EXISTING);
        edit("04-vision.md", "publishedDateTime: 2024-03-04T08:15:00Z", "publishedDateTime: 2024-03-04T08:15:01Z");
        rebuildAndCompare();
        assertFalse(page("04-vision").contains("articles/09-phone-cameras/"), "still two stories");
    }

    private void splitAndJoinTheNightVisionStory() throws Exception {
        assertTrue(page("04-vision").contains("articles/09-phone-cameras/"));
        edit("09-phone-cameras.md", "title: \"Phone cameras that see in the dark\"", "title: \"Suppliers ship new sensors\"");
        rebuildAndCompare();
        assertFalse(page("04-vision").contains("articles/09-phone-cameras/"), "two stories now");
        edit("09-phone-cameras.md", "title: \"Suppliers ship new sensors\"", "title: \"Phone cameras that see in the dark\"");
        rebuildAndCompare();
        assertTrue(page("04-vision").contains("articles/09-phone-cameras/"), "one story again");
    }

    private void rebuildAndCompare() throws Exception {
        assertTrue(build().published());
        FullBuildComparison.assertSameAsAFullBuild(site, output, fresh);
    }

    private BuildResult build() throws Exception {
        return SiteRebuilds.buildOnDisk(site);
    }

    private String page(String slug) {
        return SiteFiles.text(output, "articles/" + slug + "/index.html");
    }

    private void edit(String seed, String from, String to) throws IOException {
        SiteRebuilds.editSeed(site, seed, from, to);
    }
}
