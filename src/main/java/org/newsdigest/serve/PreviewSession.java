package org.newsdigest.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.newsdigest.build.BuildProgress;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.build.IncrementalState;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Problem;

/**
 * One {@code serve} run: a preview folder of its own (never the site's {@code output}), a server, a watcher,
 * and a rebuild after every change. A build that fails leaves the last good preview in place; a build that
 * publishes despite problems (invalid articles left out, warnings) replaces it. Either way the problems are shown
 * in the browser, under a first line that says which of the two the page underneath is.
 */
public final class PreviewSession implements AutoCloseable {

    private final Path configFile;
    /** The thread count the command line or the plugin gave, and how they named it; serve sets the rest itself. */
    private final ConfigOverrides given;
    private final Path displayBase;
    private final PrintWriter log;
    private final PreviewSettings settings;
    private final Path previewRoot;
    private final PreviewServer server;
    private final String basePath;
    /** How often a rebuild that found the site busy with another build tries again. */
    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);
    /** The last failure the machine caused, as reported; touched only by the rebuild threads, one at a time. */
    private volatile String lastFailureReport = "";
    /** The lock of the site's real output: a rebuild here never runs while {@code build} or {@code check} does. */
    private final Path siteLock;
    private final RebuildRunner rebuilds;
    /** The lane builds go to now, and the one whose site is served (0 before any build published). */
    private Lane lane;
    private int shownLane;
    private final Set<Integer> building = new HashSet<>();
    private SiteWatcher watcher;

    /**
     * Where one line of builds writes: its own preview folder, and its own incremental state, kept in memory between
     * its rebuilds so that each parses only the files that changed and renders only what they touch. A build stuck past
     * the limit is left in its lane and the next build starts a new one, so the two never write the same folder.
     */
    private record Lane(int number, Path site, IncrementalState state) {
    }

    /**
     * @param configFile the site's config; read again on every rebuild, so edits to it apply at once
     * @param port       where to listen; 0 picks a free port
     */
    public PreviewSession(Path configFile, int port, Path displayBase, PrintWriter log) throws IOException, ConfigException {
        this(configFile, ConfigOverrides.none(), port, displayBase, log, PreviewSettings.DEFAULTS);
    }

    public PreviewSession(Path configFile, int port, Path displayBase, PrintWriter log, PreviewSettings settings)
            throws IOException, ConfigException {
        this(configFile, ConfigOverrides.none(), port, displayBase, log, settings);
    }

    /**
     * @param given what the command line or the plugin gave: its thread count is used for every rebuild (the preview's
     *              folder and address are serve's own)
     */
    public PreviewSession(Path configFile, ConfigOverrides given, int port, Path displayBase, PrintWriter log,
            PreviewSettings settings) throws IOException, ConfigException {
        this.configFile = configFile.toAbsolutePath().normalize();
        this.given = given;
        this.displayBase = displayBase;
        this.log = log;
        this.settings = settings;
        SiteConfig config = new SiteConfigLoader().load(this.configFile, given);
        this.basePath = config.baseUrl().getRawPath();
        this.siteLock = OutputSiblings.of(config.outputDir()).lock();
        this.previewRoot = Files.createTempDirectory("news-digest-preview");
        this.lane = newLane(1);
        try {
            this.server = new PreviewServer(laneFolder(0).resolve("site"), basePath, port, settings);
        } catch (IOException | RuntimeException e) {
            // a port in use: nothing will ever be served from the folder just made, so it goes (best effort)
            try {
                PathUtils.deleteDirectory(previewRoot);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
        this.rebuilds = new RebuildRunner(settings.rebuildStuckAfter(), this::rebuild, this::stuck);
    }

    /**
     * Builds once (waiting for that build up to the stuck-rebuild limit), starts serving and watching; returns the
     * address to open.
     */
    public String start() throws IOException {
        server.start();
        rebuilds.request();
        try {
            rebuilds.awaitIdle(settings.rebuildStuckAfter());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SiteConfig config = loadConfig().orElseThrow(() -> new IOException("the config became invalid while starting"));
        watcher = new SiteWatcher(List.of(config.contentDir(), config.templatesDir()), configFile, settings,
                rebuilds::request, log);
        return address();
    }

    /**
     * What {@code serve} and the plugin's serve goal do after starting: builds, serves, tells {@code announce} the
     * address, and serves until the JVM is asked to exit (Ctrl-C), when the session closes and the preview folder is
     * removed.
     */
    public void serveUntilExit(Consumer<String> announce) throws IOException, InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (IOException ignored) {
                // the JVM is exiting; the preview folder is in the temporary folder anyway
            }
            stopped.countDown();
        }));
        announce.accept("Serving at " + start() + " (Ctrl-C to stop)");
        stopped.await();
    }

    public String address() {
        return "http://127.0.0.1:" + server.port() + basePath;
    }

    /** Rebuilds the preview in the given lane and tells open tabs; runs on a rebuild thread of its own. */
    private void rebuild(int laneNumber) {
        Lane buildLane;
        synchronized (this) {
            if (lane.number() != laneNumber) {
                lane = newLane(laneNumber);
            }
            buildLane = lane;
            building.add(laneNumber);
        }
        try {
            String report = build(buildLane);
            lastFailureReport = "";
            if (rebuilds.isCurrent(laneNumber)) {
                log.print(report);
                log.flush();
                server.rebuilt(report);
            }
        } catch (EnvironmentFailure failure) {
            // an interrupted rebuild was cancelled by a newer change, whose rebuild follows at once and reports
            if (failure.kind() != EnvironmentFailure.Kind.INTERRUPTED && rebuilds.isCurrent(laneNumber)) {
                boolean busy = failure.kind() == EnvironmentFailure.Kind.SITE_BUSY;
                String report = environmentReport(failure.format(displayBase), busy, Files.isDirectory(shownSite()));
                // tried again every second while busy: the panel and open tabs hear of it once
                if (!report.equals(lastFailureReport)) {
                    log.print(report);
                    log.flush();
                    server.rebuilt(report);
                }
                lastFailureReport = report;
                if (busy) {
                    rebuilds.retryAfter(BUSY_RETRY);
                }
            }
        } catch (RuntimeException bug) {
            if (rebuilds.isCurrent(laneNumber)) {
                log.println("news-digest: internal error in the rebuild, please report it:");
                bug.printStackTrace(log);
                log.flush();
                server.rebuilt(headline(Optional.empty(), Files.isDirectory(shownSite())) + "\ninternal error in the rebuild: "
                        + bug + "; the console shows the details, please report it\n");
            }
        } finally {
            synchronized (this) {
                building.remove(laneNumber);
            }
            removeUnusedLanes();
        }
    }

    /** Builds into the lane; publishing there shows it, if the lane is still current. Returns the problem report. */
    private String build(Lane buildLane) {
        long started = System.nanoTime();
        StringBuilder problems = new StringBuilder();
        Optional<SiteConfig> config = loadConfig(buildLane.site(), problems);
        Optional<BuildResult> built = Optional.empty();
        if (config.isPresent()) {
            BuildResult result = new SiteBuilder(config.get(), displayBase, Clock.systemUTC(), BuildProgress.SILENT,
                    buildLane.state()).lockedBy(siteLock).build();
            if (!rebuilds.isCurrent(buildLane.number())) {
                log.println("a rebuild left behind as stuck has ended; what it built is not shown");
                log.flush();
                return "";
            }
            built = Optional.of(result);
            if (result.published()) {
                show(buildLane);
            }
            result.problems().stream().sorted(Problem.IN_FILE_ORDER)
                    .forEach(p -> problems.append(p.format(displayBase)).append('\n'));
            for (BrokenLink link : result.brokenLinks()) {
                problems.append("broken link: ").append(link.format()).append('\n');
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            int count = result.problems().size() + result.brokenLinks().size();
            String problemCount = count + (count == 1 ? " problem" : " problems");
            if (result.published()) {
                log.printf("rebuilt in %d ms: %d published, %s%n", ms, result.summary().published(), problemCount);
            } else {
                log.printf("build failed in %d ms: %s; still serving the last good site%n", ms, problemCount);
            }
        }
        basePathChange().ifPresent(problems::append);
        return problems.isEmpty() ? "" : headline(built, Files.isDirectory(shownSite())) + "\n" + problems;
    }

    /** Reported in the browser and the console when a rebuild runs past the limit; the build goes on. */
    private void stuck(Duration after) {
        String report = stuckReport(after, Files.isDirectory(shownSite()));
        log.print(report);
        log.flush();
        server.rebuilt(report);
    }

    /** The report for a rebuild still running after the limit: a headline like {@link #headline}'s, then what to do. */
    static String stuckReport(Duration after, boolean siteToShow) {
        return "build still running after " + after.toSeconds() + " s: "
                + (siteToShow ? "showing the last good site" : "there is no good build to show yet") + "\n"
                + "save a change to start a fresh build beside it; a template that loops is stopped by the render time "
                + "limit, 'limits.renderSeconds'\n";
    }

    private synchronized void show(Lane published) {
        shownLane = published.number();
        server.show(published.site());
    }

    private synchronized Path shownSite() {
        return laneFolder(shownLane).resolve("site");
    }

    /** Removes the folders of lanes neither built nor served any more. */
    private void removeUnusedLanes() {
        List<Path> unused = new ArrayList<>();
        synchronized (this) {
            for (int number = 1; number < lane.number(); number++) {
                if (number != shownLane && !building.contains(number) && Files.exists(laneFolder(number))) {
                    unused.add(laneFolder(number));
                }
            }
        }
        for (Path folder : unused) {
            try {
                PathUtils.deleteDirectory(folder);
            } catch (IOException e) {
                log.println("serve: cannot remove the old preview folder " + folder + " (" + e.getMessage() + "); it is "
                        + "removed when serve stops");
                log.flush();
            }
        }
    }

    private Lane newLane(int number) {
        Path site = laneFolder(number).resolve("site");
        return new Lane(number, site, IncrementalState.inMemory(site));
    }

    private Path laneFolder(int number) {
        return previewRoot.resolve("lane-" + number);
    }

    /**
     * The first line of a problem report, saying what the reader sees under it: a build that published despite its
     * problems is the new site (without the articles it left out), a build that failed leaves the last good one.
     *
     * @param result      the build, or empty when the config was too broken to start one
     * @param siteToShow  whether an earlier build left a site to show
     */
    /**
     * The report for a rebuild the machine stopped (another build of the site holds its lock, a full disk): a headline
     * like {@link #headline}'s, the one-line reason, and that the next change tries again.
     */
    static String environmentReport(String reason, boolean busy, boolean siteToShow) {
        return headline(Optional.empty(), siteToShow) + "\n" + reason + "\n"
                + (busy ? "the preview rebuilds as soon as that build ends\n" : "the preview rebuilds at your next change\n");
    }

    static String headline(Optional<BuildResult> result, boolean siteToShow) {
        if (result.isEmpty() || !result.get().published()) {
            return siteToShow ? "build failed: showing the last good site" : "build failed: there is no good build to show yet";
        }
        BuildResult published = result.get();
        int leftOut = published.summary().invalid();
        long warnings = published.warningCount();
        List<String> parts = new ArrayList<>();
        if (leftOut > 0) {
            parts.add(count(leftOut, "article") + " left out");
        } else if (published.errorCount() > 0) {
            parts.add(count(published.errorCount(), "error"));
        }
        if (warnings > 0) {
            parts.add(count(warnings, "warning"));
        }
        return String.join(", ", parts) + " — the site below is the new build"
                + (leftOut == 0 ? "" : leftOut == 1 ? " without it" : " without them");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Optional<SiteConfig> loadConfig() {
        return loadConfig(shownSite(), new StringBuilder());
    }

    /** The server keeps the base path it started with; a new one in the config needs a restart, and says so. */
    private Optional<String> basePathChange() {
        try {
            String now = new SiteConfigLoader().load(configFile, ConfigOverrides.none()).baseUrl().getRawPath();
            return now.equals(basePath) ? Optional.empty() : Optional.of(configFile.getFileName() + ": 'baseUrl' now has the path "
                    + now + "; restart serve to preview the site there (it is still served under " + basePath + ")\n");
        } catch (ConfigException e) {
            return Optional.empty(); // already reported by the rebuild
        }
    }

    private Optional<SiteConfig> loadConfig(Path output, StringBuilder problems) {
        try {
            SiteConfig config = new SiteConfigLoader().load(configFile,
                    new ConfigOverrides(Optional.of(output), Optional.of(address()), false, given.threads(), given.names()));
            return Optional.of(config);
        } catch (ConfigException e) {
            e.problems().forEach(p -> problems.append(p.format(displayBase)).append('\n'));
            return Optional.empty();
        }
    }

    /** Stops watching, building and serving, and removes the preview folder. */
    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        try {
            rebuilds.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        try {
            PathUtils.deleteDirectory(previewRoot);
        } catch (IOException e) {
            log.println("serve: cannot remove the preview folder " + previewRoot + " (" + e.getMessage()
                    + "); remove it by hand");
            log.flush();
        }
    }
}
