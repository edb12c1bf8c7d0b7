package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cache.BuildCache;
import org.newsdigest.cache.CacheFolder;
import org.newsdigest.cache.OutputManifest;
import org.newsdigest.cache.ParsedFiles;
import org.newsdigest.cli.ExitStatus;
import org.newsdigest.cli.NewsDigest;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.StagingArea.Point;
import org.newsdigest.write.StagingArea;

/**
 * What the machine can do to a build, through the command line: a folder news-digest did not write, another build of
 * the same site, a full disk, a read-only folder, an immutable file, a dangling link, a stale but valid cache. Each
 * gives one line naming the path and what to do, its own exit status, the last good output exactly as it was, nothing
 * left behind, and a next build that works.
 */
class PublishEnvironmentTest {

    @TempDir
    Path site;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void copyTheNewsroom() throws IOException {
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--config", site.resolve("site-config.yml").toString()));
        int status = NewsDigest.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String folder = site.toString() + "/";
        return new Run(status, out.toString().replace(folder, ""), err.toString().replace(folder, ""));
    }

    private void changeATitle() throws IOException {
        Path chips = site.resolve("seeds/02-chips.md");
        Files.writeString(chips, Files.readString(chips, StandardCharsets.UTF_8)
                .replace("title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 1 nm\""), StandardCharsets.UTF_8);
    }

    private List<String> besideTheSite() throws IOException {
        try (Stream<Path> entries = Files.list(site)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Path folder) {
        Map<String, byte[]> actual = SiteFiles.read(folder);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    // ---- the output folder is news-digest's only when it provably wrote it ----

    @Test
    void aFolderNewsDigestDidNotWriteIsRefusedBeforeAnyWork() throws IOException {
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/guide.md"), "# The project's documentation\n", StandardCharsets.UTF_8);
        List<String> before = besideTheSite();

        Run run = run("build", "--output", site.resolve("docs").toString());

        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals("news-digest: output 'docs' holds files news-digest did not write, and a build replaces the whole "
                + "folder; set 'output' (or --output) to a new or empty folder, or empty this one if nothing in it is needed\n",
                run.err());
        assertEquals(Map.of("guide.md", "# The project's documentation\n"), texts(site.resolve("docs")));
        assertEquals(before, besideTheSite(), "no lock, cache or staging folder beside it");
    }

    @Test
    void anEmptyFolderIsTakenAndMarkedAsNewsDigestsOwn() throws IOException {
        Files.createDirectories(site.resolve("docs/empty/folders"));

        assertEquals(ExitStatus.OK, run("build", "--output", site.resolve("docs").toString()).status());

        assertTrue(Files.isRegularFile(site.resolve("docs/.news-digest")));
        assertEquals("This folder is a site published by news-digest. Each build replaces all of it.\n",
                Files.readString(site.resolve("docs/.news-digest"), StandardCharsets.UTF_8));
        changeATitle();
        assertEquals(ExitStatus.OK, run("build", "--output", site.resolve("docs").toString()).status(), "and is its own after");
    }

    /** A site the previous version published has no mark, but the manifest it kept beside it proves whose it is. */
    @Test
    void anOutputPublishedBeforeTheMarkByItsCacheManifestIsAccepted() throws IOException {
        Files.createDirectories(site.resolve("output/articles"));
        Files.writeString(site.resolve("output/index.html"), "an old version's page", StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve(".output.cache"));
        // format 4's header: the magic number "NDC1", its format, a stamp
        Files.write(site.resolve(".output.cache/output-manifest.bin"), new byte[] {'N', 'D', 'C', '1', 0, 0, 0, 4, 1, 2, 3, 4, 5, 6, 7, 8});

        Run run = run("build");

        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("output/.news-digest")));
    }

    @Test
    void anOutputThatIsADanglingLinkIsAConfigurationErrorNamedWithWhatToDo() throws IOException {
        Files.createSymbolicLink(site.resolve("output"), site.resolve("gone"));

        Run run = run("build");

        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals("news-digest: output 'output' is a symbolic link to nothing; remove the link, or set 'output' to a real folder\n",
                run.err());
        Run debug = run("build", "--debug");
        assertEquals(ExitStatus.USAGE, debug.status());
        assertTrue(debug.err().startsWith(run.err() + "org.newsdigest.diagnostic.EnvironmentFailure: "), debug.err());
        assertTrue(debug.err().contains("\tat org.newsdigest.build.OutputOwnership.check("), "--debug shows the trace");
    }

    @Test
    void anOutputThatIsALinkToAFolderIsAConfigurationError() throws IOException {
        Files.createDirectories(site.resolve("real"));
        Files.createSymbolicLink(site.resolve("output"), site.resolve("real"));

        Run run = run("build");

        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals("news-digest: output 'output' is a symbolic link, which publishing would replace by a folder; set "
                + "'output' to the folder it points to\n", run.err());
        assertTrue(Files.isSymbolicLink(site.resolve("output")));
    }

    /** Publishing the nothing read would replace the site with an empty one: the build stops and keeps the last site. */
    @Test
    void aContentFolderThatGoesAwayAsTheBuildStartsStopsItAndKeepsTheSite() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        Map<String, byte[]> published = SiteFiles.read(site.resolve("output"));
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        Files.move(site.resolve("seeds"), site.resolve("seeds-moved"));

        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class,
                () -> new SiteBuilder(config, site, Clock.systemUTC()).build());

        assertEquals("cannot read the content folder 'seeds' (it does not exist); it went away while news-digest used it; "
                + "build again", failure.format(site));
        assertSameFiles(published, site.resolve("output"));
        assertFalse(Files.exists(site.resolve(".output.staging")));
    }

    // ---- one build of a site at a time ----

    /** Another JVM holds the site's lock, as a long build would: build and check stop at once with exit 5. */
    @Test
    void aSecondBuildOrCheckStopsAtOnceWhileAnotherBuildOfTheSiteRuns() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        Map<String, byte[]> lastGood = SiteFiles.read(site.resolve("output"));
        changeATitle();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), site.resolve(".output.lock").toString())
                .redirectErrorStream(true).start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertEquals("locked",
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine()));

            Run build = run("build");
            Run check = run("check");

            String busy = "news-digest: another build of this site is running (lock '.output.lock'); wait for it to end, "
                    + "then build again\n";
            assertEquals(new Run(ExitStatus.SITE_BUSY, "", busy), build);
            assertEquals(new Run(ExitStatus.SITE_BUSY, "", busy), check);
            assertSameFiles(lastGood, site.resolve("output"));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(ExitStatus.OK, run("build").status(), "the lock went with the process that held it");
    }

    /** serve builds into a preview folder of its own, under the lock of the site's real output. */
    @Test
    void aBuildIntoAnotherFolderCanHoldTheSitesLock() throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"),
                new ConfigOverrides(Optional.of(site.resolve("preview")), Optional.empty()));
        SiteBuilder preview = new SiteBuilder(config, site, TestClock.FIXED).lockedBy(SiteLock.beside(site.resolve("output")));
        try (SiteLock building = SiteLock.take(SiteLock.beside(site.resolve("output")))) {
            EnvironmentFailure busy = assertThrows(EnvironmentFailure.class, preview::build);
            assertEquals("another build of this site is running (lock '.output.lock'); wait for it to end, then build again",
                    busy.format(site));
        }
        assertTrue(preview.build().published(), "once the lock is free");
        assertFalse(Files.exists(site.resolve(".preview.lock")), "the preview's own lock is not used");
    }

    /** Two builds of one site started together in one process: each publishes or is told the other runs; never a crash. */
    @Test
    void twoBuildsStartedTogetherNeverRaceOnTheStagingFolder() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        changeATitle();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 4; pair++) {
                CyclicBarrier start = new CyclicBarrier(2);
                AtomicInteger published = new AtomicInteger();
                boolean clean = pair % 2 == 0;
                List<Future<String>> outcomes = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    outcomes.add(threads.submit(() -> {
                        start.await();
                        try {
                            return PublishFaultTest.builder(site, clean).build().published() ? "published" : "failed";
                        } catch (EnvironmentFailure e) {
                            return e.kind() + ": " + e.format(site);
                        }
                    }));
                }
                for (Future<String> outcome : outcomes) {
                    String said = outcome.get(60, TimeUnit.SECONDS);
                    if (said.equals("published")) {
                        published.incrementAndGet();
                    } else {
                        assertEquals("SITE_BUSY: another build of this site is running (lock '.output.lock'); wait for it "
                                + "to end, then build again", said);
                    }
                }
                assertTrue(published.get() >= 1);
                assertFalse(Files.exists(site.resolve(".output.staging")));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(ExitStatus.OK, run("build").status());
    }

    // ---- I/O failures ----

    /**
     * A full disk, injected at the third file written (this runs anywhere, root or not): the one line names the file
     * and says what to do, the output is as it was, the staging folder is gone, and the next build works.
     */
    @Test
    void aDiskThatFillsUpWhileWritingFailsCleanly() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        Map<String, byte[]> lastGood = SiteFiles.read(site.resolve("output"));
        changeATitle();
        AtomicInteger files = new AtomicInteger();
        StagingArea.Checkpoints diskFull = (point, path) -> {
            if (point == Point.FILE_WRITTEN && files.incrementAndGet() == 3) {
                throw new FileSystemException(path.toString(), null, "No space left on device");
            }
        };

        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class,
                () -> PublishFaultTest.builder(site, true).observedBy(diskFull).build());

        assertEquals(EnvironmentFailure.Kind.IO, failure.kind());
        assertEquals("cannot write '" + site.relativize(failure.path()) + "' (no space left on device); free some disk space "
                + "and build again", failure.format(site));
        assertTrue(failure.path().startsWith(site.resolve(".output.staging")), failure.path().toString());
        assertSameFiles(lastGood, site.resolve("output"));
        assertEquals(List.of(".output.cache", ".output.lock", "output", "pictures", "seeds", "site-config.yml"), besideTheSite());
        Run next = run("build", "--clean");
        assertEquals(ExitStatus.OK, next.status());
        assertEquals("", next.err(), "nothing blamed on a folder that is not there");
    }

    /** The same on a real full disk: a small tmpfs, where the test may mount one (root on Linux). */
    @Test
    void aRealFullDiskFailsCleanlyAndTheNextBuildWorks() throws Exception {
        Path disk = Files.createDirectories(site.resolve("disk"));
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()), "needs to mount a tmpfs (root)");
        try {
            String output = disk.resolve("output").toString();
            assertEquals(ExitStatus.OK, run("build", "--output", output).status());
            Map<String, byte[]> lastGood = SiteFiles.read(disk.resolve("output"));
            changeATitle();
            Path filler = disk.resolve("filler");
            fill(filler, disk.toFile().getUsableSpace() - 8 * 1024);

            Run full = run("build", "--output", output, "--clean");

            assertEquals(ExitStatus.IO_FAILURE, full.status(), full.err());
            assertTrue(full.err().matches("news-digest: cannot write '[^'\n]+' \\(no space left on device\\); "
                    + "free some disk space and build again\n"), full.err());
            assertSameFiles(lastGood, disk.resolve("output"));
            try (Stream<Path> entries = Files.list(disk)) {
                assertEquals(List.of(".output.cache", ".output.lock", "filler", "output"),
                        entries.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder fills the disk");
            }
            Files.delete(filler);
            Run next = run("build", "--output", output, "--clean");
            assertEquals(new Run(ExitStatus.OK, "", ""), new Run(next.status(), "", next.err()));
            assertTrue(Files.readString(disk.resolve("output/articles/02-chips/index.html")).contains("Chip makers race to 1 nm"));
        } finally {
            command("umount", disk.toString());
        }
    }

    /**
     * A read-only output: a tmpfs remounted read-only where the test can, else a folder without write permission
     * (which root ignores, so one of the two always applies).
     */
    @Test
    void aReadOnlyOutputIsAnIoFailureAndTheOutputStaysAsItWas() throws Exception {
        Path disk = Files.createDirectories(site.resolve("disk"));
        boolean tmpfs = command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString());
        try {
            String output = disk.resolve("output").toString();
            assertEquals(ExitStatus.OK, run("build", "--output", output).status());
            Map<String, byte[]> lastGood = SiteFiles.read(disk.resolve("output"));
            changeATitle();
            if (tmpfs) {
                assertTrue(command("mount", "-o", "remount,ro", disk.toString()));
            } else {
                assumeTrue(disk.toFile().setWritable(false, false) && !Files.isWritable(disk), "cannot make a read-only folder");
            }

            Run run = run("build", "--output", output);

            assertEquals(ExitStatus.IO_FAILURE, run.status());
            assertEquals(tmpfs
                    ? "news-digest: cannot create the lock file 'disk/.output.lock' (read-only file system); make that file "
                            + "system writable, or set 'output' to a folder on a writable one\n"
                    : "news-digest: cannot create the staging folder 'disk/.output.staging' (permission denied); give "
                            + "news-digest write access there (check the owner, the mode, and 'lsattr' for an immutable file) "
                            + "and build again\n", run.err());
            assertSameFiles(lastGood, disk.resolve("output"));
        } finally {
            if (tmpfs) {
                command("umount", disk.toString());
            } else {
                disk.toFile().setWritable(true, true);
            }
        }
    }

    /**
     * An immutable file ({@code chattr +i}) in the output. Kept, it cannot be linked, so it is copied; gone from the
     * site, it cannot be removed when its old site is tidied away: that old site goes to the trash folder with a
     * warning naming the file, the build publishes, and later builds work (and empty the trash once they can).
     */
    @Test
    void anImmutableOutputFileFailsNoBuildNowOrLater() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        Path gone = site.resolve("output/articles/02-chips/index.html");
        Path kept = site.resolve("output/static/style.css");
        assumeTrue(command("chattr", "+i", gone.toString()) && command("chattr", "+i", kept.toString()),
                "needs chattr +i (root on a file system with attributes)");
        try {
            changeATitle();
            Run incremental = run("build");
            assertEquals(new Run(ExitStatus.OK, "", ""), new Run(incremental.status(), "", incremental.err()),
                    "the old site is kept as the spare: nothing to remove yet");
            Path spareStyle = site.resolve(".output.spare/static/style.css");
            assertFalse(Files.readAttributes(spareStyle, BasicFileAttributes.class).fileKey().equals(
                    Files.readAttributes(kept, BasicFileAttributes.class).fileKey()), "an immutable file is copied, not linked");
            assertArrayEquals(Files.readAllBytes(spareStyle), Files.readAllBytes(kept));
            command("chattr", "-i", spareStyle.toString()); // so only the gone page stays stuck, and is the one named
            Path chips = site.resolve("seeds/02-chips.md");
            Files.writeString(chips, Files.readString(chips, StandardCharsets.UTF_8) + "\nA new paragraph.\n", StandardCharsets.UTF_8);

            Run run = run("build");

            assertEquals(ExitStatus.OK, run.status(), run.err());
            Path trashed;
            try (Stream<Path> trash = Files.list(site.resolve(".output.trash"))) {
                trashed = trash.findFirst().orElseThrow().resolve("articles/02-chips/index.html");
            }
            assertEquals("output: warning: cannot remove the old site's file '" + site.relativize(trashed)
                    + "' (operation not permitted); give news-digest write access there (check the owner, the mode, and "
                    + "'lsattr' for an immutable file) and build again\n", run.err());
            assertTrue(Files.exists(site.resolve("output/static/style.css")));
            assertEquals(ExitStatus.OK, run("build", "--clean").status(), "a later build works too");
            Run stillStuck = run("build");
            assertEquals(ExitStatus.OK, stillStuck.status());
            assertTrue(stillStuck.err().startsWith("output: warning: cannot remove the old site's file '.output.trash/"),
                    "said again while it stays: " + stillStuck.err());
            try (Stream<Path> files = Files.walk(site)) {
                files.forEach(file -> command("chattr", "-i", file.toString()));
            }
            Run tidy = run("build");
            assertEquals(new Run(ExitStatus.OK, "", ""), new Run(tidy.status(), "", tidy.err()));
            assertFalse(Files.exists(site.resolve(".output.trash")), "the trash goes once it can");
        } finally {
            try (Stream<Path> files = Files.walk(site)) {
                files.forEach(file -> command("chattr", "-i", file.toString()));
            }
        }
    }

    /** The disk fills up after the new site was moved in, as the manifest is written: published, with a warning. */
    @Test
    void aCacheThatCannotBeWrittenAfterPublishingIsAWarningAndTheNextBuildIsFull() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        changeATitle();
        BuildCache fullDisk = new CacheBesideOutput() {
            @Override
            public void keepManifest(OutputManifest manifest, long stamp) {
                throw diskFull("output-manifest.bin");
            }
        };

        BuildResult result = builder(fullDisk).build();

        assertTrue(result.published());
        assertEquals(List.of("output: warning: published, but cannot write the build cache '.output.cache/output-manifest.bin' "
                + "(no space left on device); free some disk space and build again, so the next build is a full one"),
                result.problems().stream().map(p -> p.format(site)).toList());
        assertTrue(Files.readString(site.resolve("output/articles/02-chips/index.html")).contains("Chip makers race to 1 nm"));
        Run next = run("build");
        assertEquals(ExitStatus.OK, next.status());
        assertTrue(next.out().contains("\n60 files written (36 pages)"), "a full build: " + next.out());
    }

    /**
     * The disk fills up as the parse results are kept for the next build: the build stops before it renders, with the
     * one line, the output is as it was, and the next build works.
     */
    @Test
    void aParseCacheThatCannotBeWrittenStopsTheBuildBeforeItPublishes() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        Map<String, byte[]> lastGood = SiteFiles.read(site.resolve("output"));
        changeATitle();
        AtomicInteger written = new AtomicInteger();
        StagingArea.Checkpoints writes = (point, path) -> {
            if (point == Point.FILE_WRITTEN) {
                written.incrementAndGet();
            }
        };

        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class,
                () -> builder(parseCacheFailing()).observedBy(writes).build());

        assertEquals("cannot write the build cache '.output.cache/parsed-files.bin' (no space left on device); free some "
                + "disk space and build again", failure.format(site));
        assertEquals(0, written.get(), "nothing rendered");
        assertSameFiles(lastGood, site.resolve("output"));
        assertEquals(List.of(".output.cache", ".output.lock", "output", "pictures", "seeds", "site-config.yml"), besideTheSite());
        Run next = run("build");
        assertEquals(ExitStatus.OK, next.status());
        assertTrue(Files.readString(site.resolve("output/articles/02-chips/index.html")).contains("Chip makers race to 1 nm"));
    }

    /**
     * Templates that do not load and a parse cache that cannot be written: the full disk is what the build reports,
     * being what the maintainer must see to first (the templates' errors come again once it is fixed).
     */
    @Test
    void aParseCacheThatCannotBeWrittenIsReportedBeforeTemplatesThatDoNotLoad() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        Map<String, byte[]> lastGood = SiteFiles.read(site.resolve("output"));
        changeATitle();
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/article.ftlh"), "<#if>\n", StandardCharsets.UTF_8);

        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, () -> builder(parseCacheFailing()).build());

        assertEquals("cannot write the build cache '.output.cache/parsed-files.bin' (no space left on device); free some "
                + "disk space and build again", failure.format(site));
        assertSameFiles(lastGood, site.resolve("output"));
    }

    /** The cache beside the output, but for the parse results, which fail to be kept as on a full disk. */
    private BuildCache parseCacheFailing() {
        return new CacheBesideOutput() {
            @Override
            public void keepParsedFiles(ParsedFiles files, ParsedFiles previous, long stamp) {
                throw diskFull("parsed-files.bin");
            }
        };
    }

    /** The cache beside the output as a build keeps it; a test overrides the step that meets a full disk. */
    private class CacheBesideOutput implements BuildCache {
        private final CacheFolder folder = CacheFolder.beside(site.resolve("output"));

        @Override
        public ParsedFiles parsedFiles(long stamp, BuildThreads threads) {
            return folder.parsedFiles(stamp, threads);
        }

        @Override
        public void keepParsedFiles(ParsedFiles files, ParsedFiles previous, long stamp) {
            folder.keepParsedFiles(files, previous, stamp);
        }

        @Override
        public Optional<OutputManifest> manifest(long stamp) {
            return folder.manifest(stamp);
        }

        @Override
        public void keepManifest(OutputManifest manifest, long stamp) {
            folder.keepManifest(manifest, stamp);
        }

        @Override
        public void forgetManifest() {
            folder.forgetManifest();
        }

        /** What writing the cache's file {@code name} throws on a full disk. */
        EnvironmentFailure diskFull(String name) {
            Path file = site.resolve(".output.cache").resolve(name);
            return EnvironmentFailure.io("write the build cache", file, new FileSystemException(file.toString(), null,
                    "No space left on device"));
        }
    }

    private SiteBuilder builder(BuildCache cache) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT, IncrementalState.kept(config.outputDir(), cache));
    }

    // ---- a stale but valid cache ----

    /**
     * An older output folder with a newer build's manifest (a restored CI cache, a copied folder): the kept files are
     * checked against the manifest, so the pages that differ are rendered again and the site published is the one a
     * full build gives.
     */
    @Test
    void anOlderOutputWithANewerManifestPublishesTheTruth() throws Exception {
        assertEquals(ExitStatus.OK, run("build").status());
        FolderCopies.copy(site.resolve("output"), site.resolve("older"));
        changeATitle();
        assertEquals(ExitStatus.OK, run("build").status());
        Map<String, byte[]> truth = SiteFiles.read(site.resolve("output"));
        PathUtils.deleteDirectory(site.resolve("output"));
        Files.move(site.resolve("older"), site.resolve("output"));

        Run run = run("build");

        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("9 files read: 8 published, 1 unpublished, 0 invalid\n10 files written (7 pages)"),
                "what differs from the old output, not everything:\n" + run.out());
        assertSameFiles(truth, site.resolve("output"));
    }

    // ---- helpers ----

    private static Map<String, String> texts(Path folder) {
        Map<String, String> texts = new java.util.TreeMap<>();
        SiteFiles.read(folder).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private static boolean command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
