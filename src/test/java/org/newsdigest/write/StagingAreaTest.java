package org.newsdigest.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.render.RenderedPage;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;

class StagingAreaTest {

    @TempDir
    Path root;

    @Test
    void publishingChangesReplacesWrittenFilesRemovesDeletedOnesAndKeepsTheRest() throws Exception {
        Path output = lastGoodSite();
        StagingArea staging = StagingArea.create(output);
        staging.write(page("index.html", "new home"));
        staging.write(page("articles/b/index.html", "new b"));

        staging.publishChanges(Set.of("articles/a/index.html"));

        assertEquals(Map.of("index.html", "new home", "articles/b/index.html", "new b", "static/style.css", "css"),
                texts(output));
        assertFalse(Files.exists(output.resolve("articles/a")), "a folder left empty is removed");
        assertFalse(Files.exists(root.resolve(".output.staging")));
    }

    /**
     * A full publish is a swap of folders, not a copy into the old one: the output afterwards is the staging folder
     * itself (same file key, the inode on Unix), holds nothing of the old site, and leaves neither the staging nor
     * the previous folder behind. Copying files over the old output, or deleting it and copying, fails this.
     */
    @Test
    void publishingSwapsTheStagingFolderInForTheOldOutput() throws Exception {
        Path output = lastGoodSite();
        Object oldOutput = fileKey(output);
        StagingArea staging = StagingArea.create(output);
        staging.write(page("index.html", "new home"));
        Object stagingFolder = fileKey(staging.root());

        staging.publish();

        assertEquals(Map.of("index.html", "new home"), texts(output));
        assertEquals(stagingFolder, fileKey(output), "the output is the staging folder, renamed");
        assertNotEquals(oldOutput, fileKey(output));
        assertFalse(Files.exists(root.resolve(".output.staging")));
        assertFalse(Files.exists(root.resolve(".output.previous")));
        try (var left = Files.list(root)) {
            assertEquals(List.of("output"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aPublishKilledBetweenItsTwoRenamesGetsTheOldOutputBack() throws Exception {
        Path output = lastGoodSite();
        Map<String, String> before = texts(output);
        StagingArea.create(output).write(page("index.html", "new home"));
        // the state after the first rename: the old site set aside, the new one not yet in place
        Files.move(output, root.resolve(".output.previous"));

        StagingArea.restoreAfterInterruptedPublish(output);

        assertEquals(before, texts(output));
        assertFalse(Files.exists(root.resolve(".output.previous")));
    }

    private static Object fileKey(Path folder) throws java.io.IOException {
        Object key = Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        org.junit.jupiter.api.Assumptions.assumeTrue(key != null, "this file system gives no file keys");
        return key;
    }

    @Test
    void anIncrementalPublishKilledHalfWayIsFinishedByTheNextBuild() throws Exception {
        Path output = lastGoodSite();
        // what a kill after the journal was written and one file was moved leaves behind
        InlineSite.write(root, """
                -- .output.staging/articles/b/index.html --
                new b
                -- .output.staging/.news-digest-publish --
                articles/a/index.html
                """);
        Files.writeString(output.resolve("index.html"), "new home", StandardCharsets.UTF_8);

        StagingArea.restoreAfterInterruptedPublish(output);

        assertEquals(Map.of("index.html", "new home", "articles/b/index.html", "new b", "static/style.css", "css"),
                texts(output));
        assertFalse(Files.exists(root.resolve(".output.staging")));
    }

    @Test
    void aStagingFolderWithoutAJournalIsAnUnfinishedBuildAndNeverPublished() throws Exception {
        Path output = lastGoodSite();
        InlineSite.write(root, """
                -- .output.staging/index.html --
                half a site
                """);

        StagingArea.restoreAfterInterruptedPublish(output);
        StagingArea.create(output).discard();

        assertEquals(Map.of("index.html", "home", "articles/a/index.html", "a", "static/style.css", "css"), texts(output));
        assertFalse(Files.exists(root.resolve(".output.staging")));
    }

    private Path lastGoodSite() {
        InlineSite.write(root, """
                -- output/index.html --
                home
                -- output/articles/a/index.html --
                a
                -- output/static/style.css --
                css
                """);
        return root.resolve("output");
    }

    private static RenderedPage page(String path, String text) {
        return new RenderedPage(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> texts(Path output) {
        Map<String, String> texts = new TreeMap<>();
        SiteFiles.read(output).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8).strip()));
        return texts;
    }
}
