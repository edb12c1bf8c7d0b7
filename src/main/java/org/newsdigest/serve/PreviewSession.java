package org.newsdigest.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import org.newsdigest.build.BuildProgress;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.cache.MemoryCache;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;

/**
 * One {@code serve} run: a preview folder of its own (never the site's {@code output}), a server, a watcher,
 * and a rebuild after every change. A build that fails leaves the last good preview in place; a build that
 * publishes despite problems (invalid articles left out, warnings) replaces it. Either way the problems are shown
 * in the browser, under a first line that says which of the two the page underneath is.
 */
public final class PreviewSession implements AutoCloseable {

    private final Path configFile;
    private final Path displayBase;
    private final PrintWriter log;
    private final Path previewRoot;
    private final Path previewSite;
    private final PreviewServer server;
    private final String basePath;
    /** Kept between rebuilds, so that each parses only the files that changed and renders only what they touch. */
    private final MemoryCache cache = new MemoryCache();
    private SiteWatcher watcher;

    /**
     * @param configFile the site's config; read again on every rebuild, so edits to it apply at once
     * @param port       where to listen; 0 picks a free port
     */
    public PreviewSession(Path configFile, int port, Path displayBase, PrintWriter log) throws IOException, ConfigException {
        this.configFile = configFile.toAbsolutePath().normalize();
        this.displayBase = displayBase;
        this.log = log;
        SiteConfig config = new SiteConfigLoader().load(this.configFile, ConfigOverrides.none());
        this.basePath = config.baseUrl().getRawPath();
        this.previewRoot = Files.createTempDirectory("news-digest-preview");
        this.previewSite = previewRoot.resolve("site");
        this.server = new PreviewServer(previewSite, basePath, port);
    }

    /** Builds once, starts serving and watching; returns the address to open. */
    public String start() throws IOException {
        server.start();
        rebuild();
        SiteConfig config = loadConfig().orElseThrow(() -> new IOException("the config became invalid while starting"));
        watcher = new SiteWatcher(List.of(config.contentDir(), config.templatesDir()), configFile, 150, this::rebuild);
        return address();
    }

    public String address() {
        return "http://127.0.0.1:" + server.port() + basePath;
    }

    /** Rebuilds the preview and tells open tabs; also called by the watcher. */
    synchronized void rebuild() {
        long started = System.nanoTime();
        StringBuilder problems = new StringBuilder();
        Optional<SiteConfig> config = loadConfig(problems);
        Optional<BuildResult> built = Optional.empty();
        if (config.isPresent()) {
            BuildResult result = new SiteBuilder(config.get(), displayBase, Clock.systemUTC(), BuildProgress.SILENT, false,
                    cache).build();
            built = Optional.of(result);
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
        String report = problems.isEmpty() ? "" : headline(built, Files.isDirectory(previewSite)) + "\n" + problems;
        log.print(report);
        log.flush();
        server.rebuilt(report);
    }

    /**
     * The first line of a problem report, saying what the reader sees under it: a build that published despite its
     * problems is the new site (without the articles it left out), a build that failed leaves the last good one.
     *
     * @param result      the build, or empty when the config was too broken to start one
     * @param siteToShow  whether an earlier build left a site to show
     */
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
        return loadConfig(new StringBuilder());
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

    private Optional<SiteConfig> loadConfig(StringBuilder problems) {
        try {
            SiteConfig config = new SiteConfigLoader().load(configFile,
                    new ConfigOverrides(Optional.of(previewSite), Optional.of(address())));
            return Optional.of(config);
        } catch (ConfigException e) {
            e.problems().forEach(p -> problems.append(p.format(displayBase)).append('\n'));
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
        PathUtils.deleteDirectory(previewRoot);
    }
}
