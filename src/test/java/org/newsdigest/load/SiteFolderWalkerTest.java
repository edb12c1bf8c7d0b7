package org.newsdigest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.testing.Fifos;
import org.newsdigest.testing.InlineSite;

/**
 * The one rule for links and special files, on a folder bound to itself ({@code seeds}) and on one bound to the folder
 * that holds it ({@code templates/static} in {@code templates}). Links are made at run time: git cannot hold them
 * portably, and a fifo not at all.
 */
class SiteFolderWalkerTest {

    private static final String OUTSIDE = "refused: it leads outside the content folder, and links are followed only inside "
            + "it; copy what it leads to into the content folder instead, or remove the link";
    private static final SiteFolderWalker WALKER = new SiteFolderWalker("content folder", new SiteFolderWalker.Names(
            name -> !name.startsWith("."), name -> !name.startsWith(".") && name.endsWith(".txt")));

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void regularFilesAreFoundInTheOrderOfTheirPathsWithSlashes() {
        InlineSite.write(dir, """
                -- seeds/b.txt --
                -- seeds/a-c.txt --
                -- seeds/a/b.txt --
                -- seeds/notes.doc --
                -- seeds/.hidden/x.txt --
                """);

        // 'a-c' before 'a/b': '-' sorts before '/'
        assertEquals(List.of("a-c.txt", "a/b.txt", "b.txt"), found());
        assertEquals(List.of(), formatted());
    }

    @Test
    void aLinkToAFileOutsideIsRefusedAndNotRead() throws IOException {
        InlineSite.write(dir, "-- outside/secret.txt --\ntoken\n-- seeds/a.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/secret.txt"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(dir.resolve("seeds/environ.txt"), Path.of("/proc/self/environ"));

        assertEquals(List.of("a.txt"), found());
        assertEquals(List.of("seeds/environ.txt:1:1: error: symbolic link to '/proc/self/environ' " + OUTSIDE,
                "seeds/secret.txt:1:1: error: symbolic link to '../outside/secret.txt' " + OUTSIDE), formatted());
    }

    @Test
    void aLinkToAFolderOutsideIsRefusedNotSkippedInSilence() throws IOException {
        InlineSite.write(dir, "-- outside/secret.txt --\ntoken\n-- seeds/a.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/more"), dir.resolve("outside"));

        assertEquals(List.of("a.txt"), found());
        assertEquals(List.of("seeds/more: error: symbolic link to '" + dir.resolve("outside") + "' " + OUTSIDE), formatted());
    }

    @Test
    void aChainOfLinksIsJudgedByWhereItEnds() throws IOException {
        InlineSite.write(dir, "-- outside/secret.txt --\ntoken\n-- seeds/a.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/hop"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(dir.resolve("seeds/b.txt"), Path.of("hop"));

        assertEquals(List.of("a.txt"), found());
        assertEquals(List.of("seeds/b.txt:1:1: error: symbolic link to 'hop' " + OUTSIDE), formatted());
    }

    @Test
    void linksInsideAreFollowedAndFilesAreSpeltThroughThem() throws IOException {
        InlineSite.write(dir, "-- seeds/.archive/2023/a.txt --\n-- seeds/drafts/b.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/archive"), Path.of(".archive"));
        Files.createSymbolicLink(dir.resolve("seeds/c.txt"), Path.of("drafts/b.txt"));

        assertEquals(List.of("archive/2023/a.txt", "c.txt", "drafts/b.txt"), found());
        assertEquals(List.of(), formatted());
    }

    @Test
    void aFolderIsReadOnceHoweverManyLinksLeadToIt() throws IOException {
        InlineSite.write(dir, "-- seeds/2024/a.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/latest"), Path.of("2024"));

        assertEquals(List.of("2024/a.txt"), found());
        assertEquals(List.of("seeds/latest: warning: symbolic link to '2024' not followed: the folder it leads to is read "
                + "already, as '2024' in the content folder; remove the link, or copy the folder if its files must be read twice"),
                formatted());
    }

    @Test
    void linksCannotMultiplyTheWork() throws IOException {
        // two links from each folder to the next, 24 folders deep: 2^24 walks if every path were followed
        int depth = 24;
        for (int i = 0; i < depth; i++) {
            Path folder = Files.createDirectories(dir.resolve("seeds/.chain/" + i));
            Files.writeString(folder.resolve("a.txt"), "");
            Files.createSymbolicLink(folder.resolve("left"), Path.of("../" + (i + 1)));
            Files.createSymbolicLink(folder.resolve("right"), Path.of("../" + (i + 1)));
        }
        Files.createDirectories(dir.resolve("seeds/.chain/" + depth));
        Files.createSymbolicLink(dir.resolve("seeds/chain"), Path.of(".chain/0"));

        // a guard against a walk that multiplies, not a time limit on the walk
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(60), this::found);

        assertEquals(depth, found.size());
        assertEquals("chain/left/left/a.txt", found.get(2));
        assertEquals(depth, problems.size(), "one warning for each second link");
    }

    @Test
    void aFolderLinkBackToAFolderThatHoldsItIsRefusedAndTheWalkEnds() throws IOException {
        InlineSite.write(dir, "-- seeds/sub/a.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/sub/up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("seeds/self"), Path.of("."));

        // a guard against a walk that never ends, not a time limit on the walk
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(60), this::found);

        assertEquals(List.of("sub/a.txt"), found);
        String cycle = "refused: it leads back to a folder that holds it, so that folder would be read for ever; remove the link";
        assertEquals(List.of("seeds/self: error: symbolic link to '.' " + cycle, "seeds/sub/up: error: symbolic link to '..' " + cycle),
                formatted());
    }

    @Test
    void aBrokenLinkIsAnError() throws IOException {
        InlineSite.write(dir, "-- seeds/a.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/gone.txt"), Path.of("moved.txt"));

        assertEquals(List.of("a.txt"), found());
        assertEquals(List.of("seeds/gone.txt:1:1: error: symbolic link to 'moved.txt' leads nowhere: its target does not exist; "
                + "fix the link or remove it"), formatted());
    }

    @Test
    void namesTheWalkDoesNotTakeArePassedOverWhateverTheyAre() throws Exception {
        InlineSite.write(dir, "-- seeds/a.txt --\n");
        Files.createSymbolicLink(dir.resolve("seeds/.secret.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(dir.resolve("seeds/passwd"), Path.of("/etc/passwd"));
        Fifos.make(dir.resolve("seeds/pipe"));

        assertEquals(List.of("a.txt"), assertTimeoutPreemptively(Duration.ofSeconds(60), this::found));
        assertEquals(List.of(), formatted());
    }

    @Test
    void aNamedPipeIsAnErrorAndNeverOpened() throws Exception {
        InlineSite.write(dir, "-- seeds/a.txt --\n");
        Fifos.make(dir.resolve("seeds/pipe.txt"));
        Files.createSymbolicLink(dir.resolve("seeds/to-pipe.txt"), Path.of("pipe.txt"));

        // opening a pipe nobody writes to blocks for ever; the time limit only guards against that hang
        assertEquals(List.of("a.txt"), assertTimeoutPreemptively(Duration.ofSeconds(60), this::found));
        assertEquals(List.of("seeds/pipe.txt:1:1: error: is a named pipe, socket or device, not a regular file, and news-digest "
                        + "reads only regular files; remove it from the content folder",
                "seeds/to-pipe.txt:1:1: error: symbolic link to 'pipe.txt' refused: it leads to a named pipe, socket or device, "
                        + "not a regular file, and news-digest reads only regular files; remove the link"), formatted());
    }

    @Test
    void aFolderOfTheSystemIsNotWalked() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");

        assertEquals(List.of(), WALKER.files(Path.of("/proc/self"), Path.of("/proc/self"), problems));
        assertEquals(List.of("/proc/self: error: the content folder is inside '/proc', which holds the system's own files, "
                + "not a site's; choose a folder of your own"), formatted());
    }

    /** Publishing the nothing found would replace the site with an empty one: the build stops instead. */
    @Test
    void aFolderDeletedBeforeTheWalkStopsTheBuild() {
        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, this::found);

        assertEquals("cannot read the content folder 'seeds' (it does not exist); it went away while news-digest used it; "
                + "build again", failure.format(dir));
        assertEquals(EnvironmentFailure.Kind.IO, failure.kind());
    }

    @Test
    void aStartFolderThatLinksOutOfItsBoundIsRefused() throws IOException {
        InlineSite.write(dir, "-- outside/env.txt --\n-- templates/page.ftl --\n");
        Files.createSymbolicLink(dir.resolve("templates/static"), dir.resolve("outside"));

        assertEquals(List.of(), WALKER.files(dir.resolve("templates"), dir.resolve("templates/static"), problems));
        assertEquals(List.of("templates/static: error: symbolic link to '" + dir.resolve("outside") + "' " + OUTSIDE), formatted());
    }

    @Test
    void aStartFolderIsBoundByTheFolderThatHoldsIt() throws IOException {
        InlineSite.write(dir, "-- templates/images/logo.txt --\n-- templates/static/a.txt --\n-- elsewhere/b.txt --\n");
        Files.createSymbolicLink(dir.resolve("templates/static/logo.txt"), Path.of("../images/logo.txt"));
        Files.createSymbolicLink(dir.resolve("templates/static/b.txt"), Path.of("../../elsewhere/b.txt"));

        List<Path> files = WALKER.files(dir.resolve("templates"), dir.resolve("templates/static"), problems);

        assertEquals(List.of(dir.resolve("templates/static/a.txt"), dir.resolve("templates/static/logo.txt")), files);
        assertEquals(List.of("templates/static/b.txt:1:1: error: symbolic link to '../../elsewhere/b.txt' " + OUTSIDE), formatted());
    }

    private List<String> found() {
        Path seeds = dir.resolve("seeds");
        return WALKER.files(seeds, seeds, problems).stream().map(p -> seeds.relativize(p).toString()).toList();
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(dir)).sorted().toList();
    }
}
