package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.write.StagingArea;
import org.newsdigest.write.StagingArea.Point;

/**
 * Kills at every named moment of a full and an incremental publish, and real {@code kill -9} of a build in another
 * JVM at random moments: at the moment of the kill the output folder is the old complete site or the new one, never
 * a mix (for the instant between the two renames it is absent, with the old site set aside whole), and the next
 * build publishes the new site and leaves nothing behind.
 *
 * <p>A kill is simulated by copying the whole site folder as it is at that moment (what a killed build leaves on
 * disk), then stopping the build; the copy is checked and built again.
 */
class PublishFaultTest {

    @TempDir
    Path root;
    Path base;
    Map<String, byte[]> oldSite;
    Map<String, byte[]> newSite;

    /**
     * {@code base}: the newsroom published once, then a title and the slug changed, which moves one page, rewrites eight and
     * deletes one folder. The new site is what a full build of the changed content publishes elsewhere.
     */
    @BeforeEach
    void buildTheOldSiteAndChangeTheContent() throws Exception {
        base = root.resolve("base");
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), base);
        assertTrue(builder(base, false).build().published());
        oldSite = SiteFiles.read(base.resolve("output"));
        Path chips = base.resolve("seeds/02-chips.md");
        Files.writeString(chips, Files.readString(chips, StandardCharsets.UTF_8)
                .replace("title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 1 nm\"\nslug: chips-1-nm"), StandardCharsets.UTF_8);

        Path fresh = Files.createDirectories(root.resolve("fresh"));
        PathUtils.copyDirectory(base.resolve("seeds"), fresh.resolve("seeds"));
        Files.copy(base.resolve("site-config.yml"), fresh.resolve("site-config.yml"));
        assertTrue(builder(fresh, false).build().published());
        newSite = SiteFiles.read(fresh.resolve("output"));
        assertFalse(oldSite.keySet().equals(newSite.keySet()), "the change moves a page");
    }

    /** How the publish under test makes the new site. */
    private enum Publish {
        /** {@code --clean}: every file written, the staging folder swapped in, the old site removed. */
        FULL,
        /** The first incremental build after a full one: kept files hard-linked into the staging folder. */
        INCREMENTAL,
        /** A later incremental build: the spare (the site before last) brought up to date and swapped in. */
        INCREMENTAL_WITH_SPARE
    }

    @Test
    void aKillAtAnyMomentOfAFullPublishLeavesTheOldSiteOrTheNewOne() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> killAtEveryPoint(Publish.FULL));
    }

    @Test
    void aKillAtAnyMomentOfAnIncrementalPublishLeavesTheOldSiteOrTheNewOne() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> killAtEveryPoint(Publish.INCREMENTAL));
    }

    @Test
    void aKillAtAnyMomentOfAnIncrementalPublishOverTheSpareLeavesTheOldSiteOrTheNewOne() throws Exception {
        letTheSiteBeforeTheOldOneWaitAsTheSpare();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> killAtEveryPoint(Publish.INCREMENTAL_WITH_SPARE));
    }

    /**
     * The spare is walked while the build renders; something other than news-digest changing it after that walk (a
     * file added, a kept file replaced) must not reach the published site.
     */
    @Test
    void aSpareChangedWhileTheBuildRendersIsCorrectedAtPublish() throws Exception {
        letTheSiteBeforeTheOldOneWaitAsTheSpare();
        Path spare = base.resolve(".output.spare");
        String keptPage = newSite.keySet().stream().filter(path -> path.endsWith(".html") && oldSite.containsKey(path)
                && java.util.Arrays.equals(oldSite.get(path), newSite.get(path)) && path.contains("/")).sorted().findFirst()
                .orElseThrow();
        AtomicInteger writes = new AtomicInteger();
        StagingArea.Checkpoints meddler = (point, path) -> {
            if (point == Point.FILE_WRITTEN && writes.incrementAndGet() == 1) {
                Files.writeString(spare.resolve(keptPage).resolveSibling("stray.html"), "stray");
                Files.writeString(spare.resolve("stray.txt"), "stray");
                Files.delete(spare.resolve(keptPage));
                Files.writeString(spare.resolve(keptPage), "replaced while the build rendered");
            }
        };

        assertTrue(builder(base, false).observedBy(meddler).build().published());

        assertSite(newSite, base.resolve("output"), "after the spare changed while rendering");
    }

    /**
     * Two incremental builds of another change and back, without the title and slug change, so that the site before the
     * old one waits as the spare, and differs from it in one page; the title and slug change is made again after.
     */
    private void letTheSiteBeforeTheOldOneWaitAsTheSpare() throws Exception {
        Path chips = base.resolve("seeds/02-chips.md");
        String changed = Files.readString(chips, StandardCharsets.UTF_8);
        Files.writeString(chips, changed.replace("1 nm", "2 nm").replace("\nslug: chips-1-nm", ""), StandardCharsets.UTF_8);
        Path other = base.resolve("seeds/01-robots.md");
        String robots = Files.readString(other, StandardCharsets.UTF_8);
        Files.writeString(other, robots + "\nA new paragraph.\n", StandardCharsets.UTF_8);
        assertTrue(builder(base, false).build().published());
        Files.writeString(other, robots, StandardCharsets.UTF_8);
        assertTrue(builder(base, false).build().published());
        assertSite(oldSite, base.resolve("output"), "the old site again");
        assertTrue(Files.isDirectory(base.resolve(".output.spare")));
        Files.writeString(chips, changed, StandardCharsets.UTF_8);
    }

    /** Each point, at its first arrival; the points met once per file also at a later one. */
    private void killAtEveryPoint(Publish publish) throws Exception {
        boolean clean = publish == Publish.FULL;
        List<String> seen = new ArrayList<>();
        for (Point point : Point.values()) {
            List<Integer> arrivals = point == Point.FILE_WRITTEN || point == Point.FILE_KEPT ? List.of(1, 7) : List.of(1);
            for (int arrival : arrivals) {
                Path trial = root.resolve("trial-" + point + "-" + arrival + "-" + publish);
                FolderCopies.copy(base, trial);
                Path killed = root.resolve(trial.getFileName() + "-killed");
                boolean reached = killAt(trial, clean, point, arrival, killed);
                if (!reached) {
                    continue;
                }
                seen.add(point + "#" + arrival);
                assertOldOrNew(killed, point + " #" + arrival);

                BuildResult next = builder(killed, false).build();

                assertTrue(next.published(), () -> point + ": " + next.problems());
                assertSite(newSite, killed.resolve("output"), "the build after a kill at " + point);
                assertNothingLeftBeside(killed);
            }
        }
        // a clean build keeps no file; bringing the spare up to date links only the files it lacks
        List<String> expected = new ArrayList<>(List.of("STAGING_CREATED#1", "FILE_WRITTEN#1", "FILE_WRITTEN#7"));
        if (publish == Publish.INCREMENTAL) {
            expected.addAll(List.of("FILE_KEPT#1", "FILE_KEPT#7"));
        } else if (publish == Publish.INCREMENTAL_WITH_SPARE) {
            expected.add("FILE_KEPT#1");
        }
        expected.addAll(List.of("MARKER_WRITTEN#1", "SETTING_OUTPUT_ASIDE#1", "OUTPUT_SET_ASIDE#1", "NEW_SITE_MOVED_IN#1", "OLD_SITE_PUT_AWAY#1"));
        assertEquals(expected, seen);
    }

    /**
     * Builds {@code trial}, and at the {@code arrival}-th arrival at {@code point} copies the whole site folder to
     * {@code killed} and stops the build there. False when the build never got there.
     */
    private boolean killAt(Path trial, boolean clean, Point point, int arrival, Path killed) throws Exception {
        AtomicInteger arrivals = new AtomicInteger();
        StagingArea.Checkpoints killer = (reached, path) -> {
            if (reached == point && arrivals.incrementAndGet() == arrival) {
                synchronized (this) {
                    FolderCopies.copy(trial, killed);
                }
                throw new Killed();
            }
        };
        try {
            builder(trial, clean).observedBy(killer).build();
            return false;
        } catch (Killed expected) {
            return true;
        }
    }

    /** The output is the old site or the new one; or, between the two renames, absent with the old site set aside. */
    private void assertOldOrNew(Path site, String when) {
        Path output = site.resolve("output");
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            assertSite(oldSite, site.resolve(".output.previous"), when + ": no output, so the old site waits aside");
            return;
        }
        Map<String, byte[]> now = SiteFiles.read(output);
        if (now.keySet().equals(oldSite.keySet())) {
            assertSite(oldSite, output, when);
        } else {
            assertSite(newSite, output, when);
        }
    }

    private static void assertSite(Map<String, byte[]> expected, Path folder, String when) {
        Map<String, byte[]> actual = SiteFiles.read(folder);
        assertEquals(expected.keySet(), actual.keySet(), when);
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), when + ": " + path));
    }

    /** No staging, set-aside or trash folder; the spare an incremental publish keeps may be there. */
    private static void assertNothingLeftBeside(Path site) throws IOException {
        try (Stream<Path> entries = Files.list(site)) {
            assertEquals(List.of(".output.cache", ".output.lock", "output", "pictures", "seeds", "site-config.yml"),
                    entries.map(p -> p.getFileName().toString()).filter(name -> !name.equals(".output.spare")).sorted().toList());
        }
    }

    /**
     * Real kills: a build in another JVM, killed with SIGKILL a random moment after it started writing the new site
     * (a fixed seed, so a failure can be run again). Each time the output is old or new, and the next build recovers.
     */
    @Test
    void aBuildKilledWithSigkillAtRandomMomentsLeavesTheOldSiteOrTheNewOne() throws Exception {
        Random random = new Random(12);
        for (int trial = 0; trial < 3; trial++) {
            Path site = root.resolve("sigkill-" + trial);
            FolderCopies.copy(base, site);
            int delayMillis = random.nextInt(600);
            Process build = startBuildInNewJvm(site);
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(site.resolve(".output.staging")) && build.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(delayMillis);
            } finally {
                build.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally
                build.waitFor(30, TimeUnit.SECONDS);
            }
            assertOldOrNew(site, "SIGKILL " + delayMillis + " ms after staging began");

            assertTrue(builder(site, false).build().published());
            assertSite(newSite, site.resolve("output"), "the build after SIGKILL");
            assertNothingLeftBeside(site);
        }
    }

    /** An interrupt of the building thread stops the build between steps: the output stays the old site. */
    @Test
    void anInterruptedBuildPublishesNothingAndSaysSo() throws Exception {
        Thread building = Thread.currentThread();
        StagingArea.Checkpoints interrupter = (point, path) -> {
            if (point == Point.STAGING_CREATED) {
                building.interrupt();
            }
        };
        try {
            EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, () -> builder(base, false).observedBy(interrupter).build());
            assertEquals(EnvironmentFailure.Kind.INTERRUPTED, failure.kind());
            assertEquals("interrupted; output 'output' is as the last finished build left it", failure.format(base));
        } finally {
            Thread.interrupted();
        }
        assertSite(oldSite, base.resolve("output"), "after the interrupt");
        assertFalse(Files.exists(base.resolve(".output.staging")));
        assertTrue(builder(base, false).build().published());
        assertSite(newSite, base.resolve("output"), "the next build");
    }

    /** An output that cannot be renamed (read-only bind mount, chattr +i): the new site is not left beside it. */
    @Test
    void aPublishThatFailsRemovesItsStagingFolderAndReportsTheFailure() throws Exception {
        StagingArea.Checkpoints immutable = (point, path) -> {
            if (point == Point.MARKER_WRITTEN) {
                throw new java.nio.file.AccessDeniedException(base.resolve("output").toString());
            }
        };

        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, () -> builder(base, true).observedBy(immutable).build());

        assertEquals(EnvironmentFailure.Kind.IO, failure.kind());
        assertEquals("cannot publish the new site to 'output' (permission denied); give news-digest write access there "
                + "(check the owner, the mode, and 'lsattr' for an immutable file) and build again", failure.format(base));
        assertSite(oldSite, base.resolve("output"), "after the failed publish");
        assertFalse(Files.exists(base.resolve(".output.staging")), "the staging folder is removed");
    }

    /** An old site still in the trash when an interrupt stops the build is left to the next build, which the line says. */
    @Test
    void anInterruptThatLeavesTheTrashSaysTheNextBuildRemovesIt() throws Exception {
        Thread building = Thread.currentThread();
        StagingArea.Checkpoints interrupter = (point, path) -> {
            if (point == Point.STAGING_CREATED) {
                // what a spare being removed when the interrupt comes leaves
                Files.createDirectories(base.resolve(".output.trash/spare-1"));
                building.interrupt();
            }
        };
        try {
            EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, () -> builder(base, false).observedBy(interrupter).build());
            assertEquals(EnvironmentFailure.Kind.INTERRUPTED, failure.kind());
            assertEquals("interrupted; output 'output' is as the last finished build left it; the next build removes the old "
                    + "site left in '.output.trash'", failure.format(base));
        } finally {
            Thread.interrupted();
        }
        assertTrue(builder(base, false).build().published());
        assertFalse(Files.exists(base.resolve(".output.trash")));
    }

    /**
     * Ctrl-C (SIGINT) during a build: the build stops between steps, removes its staging folder and exits with 130;
     * the output is the old site. The sitemap template never ends, so the build is surely still rendering.
     */
    @Test
    void ctrlCStopsTheBuildWithStatus130AndLeavesTheOldSite() throws Exception {
        // a JVM started as a background job of a script (or under nohup) ignores SIGINT, and so does every process it
        // starts: the build would never see the Ctrl-C this test sends
        assumeFalse(ignoresSigint(), "SIGINT is ignored here (tests started as a background job?): Ctrl-C cannot be tried");
        Files.createDirectories(base.resolve("templates"));
        Files.writeString(base.resolve("templates/sitemap.ftlx"), "<#list 1.. as forever></#list>\n", StandardCharsets.UTF_8);
        // the loop must still be running when Ctrl-C comes, however slowly a loaded machine writes the feeds first
        Files.writeString(base.resolve("site-config.yml"), "limits:\n  renderSeconds: 600\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Process build = startBuildInNewJvm(base);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(base.resolve(".output.staging/feed.json")) && build.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(build.isAlive(), "the build ended before it could be interrupted");
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(build.pid())).start().waitFor());
            assertTrue(build.waitFor(60, TimeUnit.SECONDS), "the build did not stop");
        } finally {
            build.destroyForcibly();
        }

        assertEquals(130, build.exitValue(), () -> {
            try {
                return Files.readString(root.resolve("base.log"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        // the test class path has log4j, which FreeMarker finds and which warns that it has no configuration
        assertEquals(List.of("news-digest: interrupted; output 'output' is as the last finished build left it"),
                Files.readAllLines(root.resolve("base.log"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.startsWith("log4j:")).toList());
        assertSite(oldSite, base.resolve("output"), "after Ctrl-C");
        assertFalse(Files.exists(base.resolve(".output.staging")), "the staging folder is removed");
    }

    /** Whether this JVM ignores SIGINT, which the processes it starts inherit; read from Linux's /proc, false elsewhere. */
    private static boolean ignoresSigint() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("SigIgn:"))
                .anyMatch(line -> (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << 1)) != 0);
    }

    private Process startBuildInNewJvm(Path site) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.newsdigest.cli.NewsDigest",
                "build", "--config", site.resolve("site-config.yml").toString());
        return new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve(site.getFileName() + ".log").toFile()).start();
    }

    static SiteBuilder builder(Path site, boolean clean) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir()).startingEmptyIf(clean));
    }

    /** What the simulated kill throws: an Error, so no part of the build mistakes it for a failure of its own. */
    private static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }
}
