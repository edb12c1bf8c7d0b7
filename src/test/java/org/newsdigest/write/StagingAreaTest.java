package org.newsdigest.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
