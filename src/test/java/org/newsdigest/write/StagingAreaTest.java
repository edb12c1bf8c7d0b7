package org.newsdigest.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.render.RenderedPage;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;

class StagingAreaTest {

    private static final String MARK = "This folder is a site published by news-digest. Each build replaces all of it.";

    @TempDir
    Path root;

    /**
     * An incremental build's staging folder holds the whole new site: kept files are hard links to the published
     * ones (the same file, so no byte is copied and the modification time is the one recorded), written files are new,
     * and files not kept are simply not there.
     */
    @Test
    void keptFilesAreLinkedIntoTheNewSiteAndPublishingSwapsItInWhole() throws Exception {
        Path output = lastGoodSite();
        Object styleFile = fileKey(output.resolve("static/style.css"));
        StagingArea staging = StagingArea.create(output);
        staging.write(page("index.html", "new home"));
        staging.write(page("articles/b/index.html", "new b"));

        Map<String, String> old = texts(output);
        assertEquals(Optional.empty(), staging.publish(Set.of("static/style.css")));

        assertEquals(Map.of(".news-digest", MARK, "index.html", "new home", "articles/b/index.html", "new b",
                "static/style.css", "css"), texts(output));
        assertEquals(styleFile, fileKey(output.resolve("static/style.css")), "the kept file is the published one");
        assertEquals(List.of(".output.spare", "output"), besideTheOutput());
        assertEquals(old, texts(root.resolve(".output.spare")), "the old site, kept for the next publish to bring up to date");
    }

    /**
     * The next incremental publish brings the spare (the site before last) up to date and swaps it in: its folders
     * are reused, what is gone is removed, what was written is moved in, and every kept file is the published one.
     */
    @Test
    void theNextIncrementalPublishBringsTheSpareUpToDateAndSwapsItIn() throws Exception {
        Path output = siteWithASpare();
        Object spareFolder = fileKey(root.resolve(".output.spare"));
        Object bPage = fileKey(output.resolve("articles/b/index.html"));

        StagingArea second = StagingArea.create(output);
        second.write(page("index.html", "newer home"));
        assertEquals(Optional.empty(), second.publish(Set.of("articles/b/index.html", "static/style.css")));

        assertEquals(Map.of(".news-digest", MARK, "index.html", "newer home", "articles/b/index.html", "b",
                "static/style.css", "css"), texts(output));
        assertEquals(spareFolder, fileKey(output), "the spare, renamed");
        assertEquals(bPage, fileKey(output.resolve("articles/b/index.html")), "linked to the published file");
        assertFalse(Files.exists(output.resolve("articles/a")), "the page gone and its folder");
        assertEquals(List.of(".output.spare", "output"), besideTheOutput());
    }

    /**
     * Told which spare files are the published ones from the attributes its walk of the spare reads, the publish
     * links only the others; a spare file edited by hand (another size) is replaced by the published file.
     */
    @Test
    void theSpareIsCheckedWithTheAttributesItsWalkReads() throws Exception {
        Path output = siteWithASpare();
        Path spareStyle = root.resolve(".output.spare/static/style.css");
        Files.delete(spareStyle);
        Files.writeString(spareStyle, "edited by hand");
        Object spareIndex = fileKey(root.resolve(".output.spare/index.html"));
        Map<String, Long> publishedSizes = Map.of("index.html", Files.size(output.resolve("index.html")),
                "static/style.css", Files.size(output.resolve("static/style.css")));
        List<String> asked = new java.util.ArrayList<>();

        StagingArea second = StagingArea.create(output);
        second.write(page("articles/b/index.html", "newer b"));
        assertEquals(Optional.empty(), second.publish(Set.of("index.html", "static/style.css"), (path, attributes) -> {
            asked.add(path);
            return attributes.size() == publishedSizes.get(path);
        }));

        assertHomeRecognisedAndStyleReplaced(output, spareIndex);
        assertEquals(List.of("index.html", "static/style.css"), asked.stream().sorted().toList(), "asked about kept files only");
    }

    /**
     * The spare walked at the start of a build, and found by the publish as the walk left it: the publish brings it up
     * to date from the walk's findings, so a file edited by hand before the walk is replaced by the published one, a
     * stray file removed with its folder, and only kept files are asked about.
     */
    @Test
    void aSpareWalkedEarlyIsBroughtUpToDateFromWhatTheWalkFound() throws Exception {
        Path output = siteWithASpare();
        Path spare = root.resolve(".output.spare");
        Files.delete(spare.resolve("static/style.css"));
        Files.writeString(spare.resolve("static/style.css"), "edited by hand");
        Files.createDirectories(spare.resolve("stray/deeper"));
        Files.writeString(spare.resolve("stray/deeper/page.html"), "stray");
        Object spareIndex = fileKey(spare.resolve("index.html"));
        List<String> asked = new java.util.ArrayList<>();

        try (SpareSurvey survey = SpareSurvey.start(spare)) {
            assertTrue(survey.listing().isPresent(), "walked");
            StagingArea second = StagingArea.create(output, StagingArea.Checkpoints.NONE, survey);
            second.write(page("articles/b/index.html", "newer b"));
            assertEquals(Optional.empty(), second.publish(Set.of("index.html", "static/style.css"), (path, attributes) -> {
                asked.add(path);
                return attributes.size() == "css\n".length() || path.equals("index.html");
            }));
        }

        assertHomeRecognisedAndStyleReplaced(output, spareIndex);
        assertFalse(Files.exists(output.resolve("stray")), "the stray file's folders are gone with it");
        assertEquals(List.of("index.html", "static/style.css"), asked.stream().sorted().toList(), "asked about kept files only");
    }

    /**
     * Something other than this build changing the spare after the early walk (nothing of news-digest does: the build
     * holds the lock) must not reach the published site: a file added, a kept file replaced, a folder removed. Each
     * changes a folder the walk read, so the publish walks the spare again.
     */
    @Test
    void aSpareChangedAfterTheEarlyWalkIsWalkedAgainAtPublish() throws Exception {
        Path output = siteWithASpare();
        Path spare = root.resolve(".output.spare");
        // as an earlier build leaves it: its folders last changed well before this build's walk
        try (var folders = Files.walk(spare)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
            }
        }

        try (SpareSurvey survey = SpareSurvey.start(spare)) {
            assertTrue(survey.listing().isPresent(), "walked");
            Files.writeString(spare.resolve("articles/a/added.html"), "added after the walk");
            Files.delete(spare.resolve("static/style.css"));
            Files.writeString(spare.resolve("static/style.css"), "replaced after the walk");
            Files.writeString(spare.resolve("new.html"), "new after the walk");
            publishNewerHomeFrom(output, survey);
        }

        assertNewerHomeWithBAndStyle(output);
        assertFalse(Files.exists(output.resolve("articles/a")), "the page gone and its folder, with the file added");
    }

    /** A walk stopped before it ended (a full build, an interrupt) is not used: the publish walks the spare itself. */
    @Test
    void aStoppedEarlyWalkLeavesThePublishToWalkTheSpare() throws Exception {
        Path output = siteWithASpare();
        Path spare = root.resolve(".output.spare");

        SpareSurvey survey = SpareSurvey.start(spare);
        survey.close();
        Files.writeString(spare.resolve("stray.html"), "stray");
        publishNewerHomeFrom(output, survey);

        assertNewerHomeWithBAndStyle(output);
    }

    /**
     * A full build has no use for the spare: it is removed while the build renders. The site the build replaces is not
     * removed: it becomes the spare, for the next incremental build to bring up to date.
     */
    @Test
    void aFullBuildRemovesTheSpareAndKeepsTheSiteItReplacesAsTheNext() throws Exception {
        Path output = lastGoodSite();
        StagingArea incremental = StagingArea.create(output);
        incremental.write(page("index.html", "new home"));
        incremental.publish(Set.of("static/style.css"));
        assertEquals(List.of(".output.spare", "output"), besideTheOutput());
        Map<String, String> replaced = texts(output);

        StagingArea full = StagingArea.create(output);
        full.dropSpare();
        full.write(page("index.html", "newer home"));
        assertEquals(Optional.empty(), full.publish());

        assertEquals(Map.of(".news-digest", MARK, "index.html", "newer home"), texts(output));
        assertEquals(List.of(".output.spare", "output"), besideTheOutput());
        assertEquals(replaced, texts(root.resolve(".output.spare")));
    }

    /** A full publish with a spare still there (its removal was never started): the older site goes, the newer stays. */
    @Test
    void aFullPublishWithASpareLeftKeepsOnlyTheSiteItReplaces() throws Exception {
        Path output = lastGoodSite();
        StagingArea incremental = StagingArea.create(output);
        incremental.write(page("index.html", "new home"));
        incremental.publish(Set.of("static/style.css"));
        Map<String, String> replaced = texts(output);

        StagingArea full = StagingArea.create(output);
        full.write(page("index.html", "newer home"));
        assertEquals(Optional.empty(), full.publish());

        assertEquals(List.of(".output.spare", "output"), besideTheOutput());
        assertEquals(replaced, texts(root.resolve(".output.spare")));
    }

    /** The next incremental publish after a full one brings the stale spare up to date and swaps it in. */
    @Test
    void anIncrementalPublishAfterAFullOneBringsItsStaleSpareUpToDate() throws Exception {
        Path output = lastGoodSite();
        StagingArea full = StagingArea.create(output);
        full.dropSpare();
        full.write(page("index.html", "full home"));
        full.write(page("static/style.css", "full css"));
        full.write(page("articles/c/index.html", "c"));
        assertEquals(Optional.empty(), full.publish());
        Object spareFolder = fileKey(root.resolve(".output.spare"));
        Object publishedStyle = fileKey(output.resolve("static/style.css"));

        StagingArea incremental = StagingArea.create(output);
        incremental.write(page("index.html", "next home"));
        assertEquals(Optional.empty(), incremental.publish(Set.of("static/style.css", "articles/c/index.html")));

        assertEquals(Map.of(".news-digest", MARK, "index.html", "next home", "static/style.css", "full css",
                "articles/c/index.html", "c"), texts(output));
        assertEquals(spareFolder, fileKey(output), "the spare, brought up to date and renamed");
        assertEquals(publishedStyle, fileKey(output.resolve("static/style.css")), "the kept file is the published one");
    }

    private List<String> besideTheOutput() throws java.io.IOException {
        try (var left = Files.list(root)) {
            return left.map(p -> p.getFileName().toString()).sorted().toList();
        }
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

        assertEquals(Map.of(".news-digest", MARK, "index.html", "new home"), texts(output));
        assertEquals(stagingFolder, fileKey(output), "the output is the staging folder, renamed");
        assertNotEquals(oldOutput, fileKey(output));
        assertFalse(Files.exists(root.resolve(".output.staging")));
        assertFalse(Files.exists(root.resolve(".output.previous")));
        assertEquals(List.of(".output.spare", "output"), besideTheOutput());
        assertEquals(oldOutput, fileKey(root.resolve(".output.spare")), "the old output, kept as the spare");
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

    /**
     * An old site's file that cannot be removed (here: immutable) must not fail this publish or any later one: the
     * rest of the old site is removed, the stuck file moved to the trash folder and named in a warning, and the next
     * publish removes the trash once the file is free again. The site a publish replaces is kept as the spare, so the
     * file is met when the publish after it removes that spare.
     */
    @Test
    void anOldFileThatCannotBeRemovedGoesToTheTrashWithAWarningAndBlocksNothing() throws Exception {
        Path output = lastGoodSite();
        Path stuck = output.resolve("articles/a/index.html");
        assumeTrue(chattr("+i", stuck), "needs chattr +i (root on a file system with attributes)");
        try {
            StagingArea first = StagingArea.create(output);
            first.write(page("index.html", "first home"));
            assertEquals(Optional.empty(), first.publish(), "the old site, stuck file and all, kept as the spare");
            StagingArea spareRemover = StagingArea.create(output);
            spareRemover.write(page("index.html", "new home"));

            EnvironmentFailure warning = spareRemover.publish().orElseThrow();

            Path trashed;
            try (var trash = Files.list(root.resolve(".output.trash"))) {
                trashed = trash.findFirst().orElseThrow().resolve("articles/a/index.html");
            }
            assertEquals("cannot remove the old site's file '" + root.relativize(trashed) + "' (operation not permitted); "
                    + "give news-digest write access there (check the owner, the mode, and 'lsattr' for an immutable file) "
                    + "and build again", warning.format(root));
            assertEquals(Map.of(".news-digest", MARK, "index.html", "new home"), texts(output));

            StagingArea second = StagingArea.create(output);
            second.write(page("index.html", "newer home"));
            assertTrue(second.publish().isEmpty(), "the old site of this publish went away; the trash is not its business");
            assertEquals("newer home", texts(output).get("index.html"));
            assertTrue(StagingArea.restoreAfterInterruptedPublish(output).isPresent(), "still stuck: still said");
            chattr("-i", trashed);
            assertEquals(Optional.empty(), StagingArea.restoreAfterInterruptedPublish(output));
            assertFalse(Files.exists(root.resolve(".output.trash")));
        } finally {
            try (var files = Files.walk(root)) {
                files.forEach(file -> chattr("-i", file));
            }
        }
    }

    private static boolean chattr(String change, Path file) {
        try {
            Process process = new ProcessBuilder("chattr", change, file.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aStagingFolderLeftByAKilledBuildIsNeverPublished() throws Exception {
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

    /** What Linux answers when a mount point is renamed; a test cannot mount, so the rename is made to fail so. */
    private static StagingArea.Checkpoints mountPoint(Path output) {
        return (point, path) -> {
            if (point == StagingArea.Point.SETTING_OUTPUT_ASIDE) {
                throw new FileSystemException(output.toString(), root(output).resolve(".output.previous").toString(),
                        "Device or resource busy");
            }
        };
    }

    private static Path root(Path output) {
        return output.getParent();
    }

    @Test
    void anOutputFolderThatCannotBeRenamedGetsTheNewSiteByAReplacementOfItsContents() throws Exception {
        Path output = lastGoodSite();
        Object folder = fileKey(output);
        StagingArea staging = StagingArea.create(output, mountPoint(output));
        staging.write(page("index.html", "new home"));
        staging.write(page("articles/b/index.html", "new b"));

        assertEquals(Optional.empty(), staging.publish());

        assertEquals(Map.of(".news-digest", MARK, "index.html", "new home", "articles/b/index.html", "new b"), texts(output));
        assertEquals(folder, fileKey(output), "the same folder, its contents replaced");
        assertEquals(List.of("output"), besideTheOutput(), "no staging folder, no old site left");
    }

    @Test
    void anIncrementalPublishIntoAFolderThatCannotBeRenamedKeepsTheKeptFiles() throws Exception {
        Path output = lastGoodSite();
        StagingArea staging = StagingArea.create(output, mountPoint(output));
        staging.write(page("index.html", "new home"));

        assertEquals(Optional.empty(), staging.publish(Set.of("static/style.css", "articles/a/index.html")));

        assertEquals(Map.of(".news-digest", MARK, "index.html", "new home", "articles/a/index.html", "a",
                "static/style.css", "css"), texts(output));
        assertEquals(List.of("output"), besideTheOutput());

        StagingArea next = StagingArea.create(output, mountPoint(output));
        next.write(page("articles/a/index.html", "newer a"));
        assertEquals(Optional.empty(), next.publish(Set.of("static/style.css", "index.html")));
        assertEquals(Map.of(".news-digest", MARK, "index.html", "new home", "articles/a/index.html", "newer a",
                "static/style.css", "css"), texts(output));
    }

    @Test
    void aReplacementOfTheContentsThatFailsHalfwayPutsTheOldSiteBack() throws Exception {
        Path output = lastGoodSite();
        StagingArea.Checkpoints busy = mountPoint(output);
        StagingArea staging = StagingArea.create(output, (point, path) -> {
            busy.reached(point, path);
            if (point == StagingArea.Point.OUTPUT_SET_ASIDE) {
                throw new FileSystemException(path.toString(), null, "No space left on device");
            }
        });
        staging.write(page("index.html", "new home"));

        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, staging::publish);

        assertEquals("cannot publish the new site to '" + output + "' (device or resource busy); fix that and build again",
                failure.getMessage(), "the rename's refusal, as before there was a second way");
        assertEquals(Map.of("index.html", "home", "articles/a/index.html", "a", "static/style.css", "css"), texts(output),
                "every old entry renamed back");
        assertEquals(List.of("output"), besideTheOutput());
    }

    /** Publishes a new home page over {@link #siteWithASpare()}, keeping page b and the style sheet. */
    private static void publishNewerHomeFrom(Path output, SpareSurvey survey) {
        StagingArea second = StagingArea.create(output, StagingArea.Checkpoints.NONE, survey);
        second.write(page("index.html", "newer home"));
        assertEquals(Optional.empty(), second.publish(Set.of("articles/b/index.html", "static/style.css")));
    }

    private static void assertNewerHomeWithBAndStyle(Path output) {
        assertEquals(Map.of(".news-digest", MARK, "index.html", "newer home", "articles/b/index.html", "b",
                "static/style.css", "css"), texts(output));
    }

    /** The last good site, published by an incremental build over the one before it, which waits as the spare. */
    private Path siteWithASpare() throws java.io.IOException {
        Path output = lastGoodSite();
        StagingArea first = StagingArea.create(output);
        first.write(page("articles/b/index.html", "b"));
        first.publish(Set.of("index.html", "static/style.css"));
        return output;
    }

    /** The spare's home page, the published one, kept as it was; its style sheet, edited by hand, the published one. */
    private static void assertHomeRecognisedAndStyleReplaced(Path output, Object spareIndex) throws java.io.IOException {
        assertEquals(Map.of(".news-digest", MARK, "index.html", "home", "articles/b/index.html", "newer b",
                "static/style.css", "css"), texts(output));
        assertEquals(spareIndex, fileKey(output.resolve("index.html")), "recognised, so left as it was");
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
