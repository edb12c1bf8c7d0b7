package org.newsdigest.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.cli.NewsDigest;
import org.newsdigest.build.BuildSummary;
import org.newsdigest.build.SiteLock;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;

/** {@code serve}: builds a private preview, serves it under the base path, rebuilds on change, reports problems. */
class PreviewSessionTest {

    static final String ARTICLE = """
            ---
            title: "First title"
            publishedDateTime: 2024-03-01T09:30:00Z
            published: true
            provider:
              name: Example News
            ---
            """;

    /**
     * A rebuild is debounced (150 ms) and takes well under a second here; "within seconds" is the promise. A folder
     * replaced as a whole is found within the poll interval (1 s). Only a hang guard: waits end as soon as the page changes.
     */
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path site;
    PreviewSession session;
    String address;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Preview
                baseUrl: https://example.github.io/news-digest/
                -- seeds/a.md --
                """ + ARTICLE);
        session = new PreviewSession(site.resolve("site-config.yml"), 0, site, new PrintWriter(new StringWriter()));
        address = session.start();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void servesThePreviewUnderTheBasePathWithTheLiveReloadScriptOnlyInServedPages() throws Exception {
        assertTrue(address.matches("http://127\\.0\\.0\\.1:\\d+/news-digest/"), address);
        String page = get(address + "articles/a/").body();
        assertTrue(page.contains("<h1 dir=\"auto\">First title</h1>"), page);
        assertTrue(page.contains("<script src=\"/__news-digest/live.js\" defer></script></body>"), page);
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + address + "articles/a/\">"), page);
        assertEquals(404, get(address + "no/such/page/").statusCode());
        assertEquals(200, get("http://" + URI.create(address).getAuthority() + "/__news-digest/live.js").statusCode());
        assertFalse(Files.exists(site.resolve("output")), "serve never writes the site's output folder");
    }

    /** The script exists only as pages are served: {@code build} writes it into no file of any kind. */
    @Test
    void aBuiltSiteHasTheLiveReloadScriptInNoFile(@TempDir Path built) throws Exception {
        String script = PreviewServer.CONTROL_PATH + "live.js";
        assertTrue(get(address).body().contains(script), "served pages name the script as " + script);
        assertEquals(0, NewsDigest.run(new String[] {"build", "--config", FixtureSites.config("newsroom").toString(), "--output",
                built.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        Map<String, byte[]> files = SiteFiles.read(built);
        assertTrue(files.size() > 40, "the whole newsroom site: " + files.keySet());
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("live.js") || text.contains(PreviewServer.CONTROL_PATH), path + " names the live-reload script");
        });
    }

    @Test
    void anEditedArticleIsServedWithinSecondsAndOpenTabsAreToldToReload() throws Exception {
        BlockingQueue<String> events = listenForEvents();
        Files.writeString(site.resolve("seeds/a.md"), ARTICLE.replace("First title", "Second title"));

        String page = await(address, body -> body.contains("Second title"));
        assertTrue(page.contains("Second title"));
        assertEquals("event: reload", events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void aBrokenArticleIsLeftOutOfTheNewBuildAndTheReportSaysSo() throws Exception {
        Files.writeString(site.resolve("seeds/b.md"), "---\ntitle: [broken\n---\n");
        String problems = await(control(), body -> !body.isBlank());
        assertEquals("1 article left out — the site below is the new build without it\n"
                + "seeds/b.md:3:1: error: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got "
                + "<stream end>; check quoting and indentation on this line\n", problems);
        assertTrue(get(address).body().contains("First title"), "the good article is still served");

        Files.delete(site.resolve("seeds/b.md"));
        assertEquals("", await(control(), String::isBlank));
    }

    /**
     * A rebuild stuck in a template that loops (the render limit raised far beyond the wait here, the stuck limit a
     * minute) is cancelled by the change that fixes it: the fixed site is served within the hang guard's seconds.
     */
    @Test
    void aChangeCancelsARebuildStuckInALoopingTemplate() throws Exception {
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml"))
                + "limits:\n  renderSeconds: 600\n");
        InlineSite.write(site, """
                -- templates/index.ftlh --
                <#list 1.. as i></#list>
                """);
        Thread.sleep(1_000); // the looping build is under way: the debounce is 150 ms

        Files.delete(site.resolve("templates/index.ftlh"));
        Files.writeString(site.resolve("seeds/a.md"), ARTICLE.replace("First title", "Fixed title"));

        assertTrue(await(address, body -> body.contains("Fixed title")).contains("Fixed title"));
        assertEquals("", await(control(), String::isBlank));
    }

    /**
     * A rebuild takes the site's own lock, the one {@code build} and {@code check} take, says when the site is busy,
     * and catches up by itself once the other build ends.
     */
    @Test
    void aRebuildWhileAnotherBuildHoldsTheSiteLockSaysSoAndCatchesUpWhenItEnds() throws Exception {
        try (SiteLock held = SiteLock.take(SiteLock.beside(site.resolve("output")))) {
            Files.writeString(site.resolve("seeds/a.md"), ARTICLE.replace("First title", "Second title"));
            assertEquals("build failed: showing the last good site\n"
                    + "another build of this site is running (lock '.output.lock'); wait for it to end, then build again\n"
                    + "the preview rebuilds as soon as that build ends\n", await(control(), body -> !body.isBlank()));
            assertTrue(get(address).body().contains("First title"), "the last good preview is still served");
        }
        assertTrue(await(address, body -> body.contains("Second title")).contains("Second title"), "no change needed");
        assertEquals("", await(control(), String::isBlank));
    }

    @Test
    void warningsAloneSayTheSiteIsTheNewBuild() throws Exception {
        Files.writeString(site.resolve("seeds/a.md"), ARTICLE.replace("published: true", "published: true\nmood: sunny")
                .replace("First title", "Second title"));
        String problems = await(control(), body -> !body.isBlank());
        assertEquals("1 warning — the site below is the new build\n"
                + "seeds/a.md:5:1: warning: unknown field 'mood'; it is ignored\n", problems);
        assertTrue(get(address).body().contains("Second title"), "the new build is served");
    }

    @Test
    void aNewBasePathInTheConfigAsksForARestart() throws Exception {
        Files.writeString(site.resolve("site-config.yml"), "title: Preview\nbaseUrl: https://example.github.io/other/\n");
        String problems = await(control(), body -> !body.isBlank());
        assertTrue(problems.endsWith("site-config.yml: 'baseUrl' now has the path /other/; restart serve to preview the site "
                + "there (it is still served under /news-digest/)\n"), problems);
        assertTrue(get(address).body().contains("First title"), "still served under the old path");
    }

    @Test
    void aTemplateErrorKeepsTheLastGoodPreviewAndSaysSo() throws Exception {
        InlineSite.write(site, "-- templates/index.ftlh --\n<#if>\n");
        String problems = await(control(), body -> body.contains("template syntax error"));
        assertTrue(problems.startsWith("build failed: showing the last good site\n"
                + "templates/index.ftlh:1:2: error: template syntax error:"), problems);
        assertTrue(get(address).body().contains("First title"));
    }

    @Test
    void aFirstBuildThatFailsServesAPageThatShowsTheProblems(@TempDir Path broken) throws Exception {
        InlineSite.write(broken, """
                -- site-config.yml --
                title: Broken
                baseUrl: https://example.github.io/news-digest/
                -- templates/index.ftlh --
                <#if>
                -- seeds/a.md --
                """ + ARTICLE);
        try (PreviewSession first = new PreviewSession(broken.resolve("site-config.yml"), 0, broken,
                new PrintWriter(new StringWriter()))) {
            String at = first.start();
            HttpResponse<String> page = get(at);
            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("<script src=\"/__news-digest/live.js\" defer></script></body>"), page.body());
            String problems = get("http://" + URI.create(at).getAuthority() + "/__news-digest/problems").body();
            assertTrue(problems.startsWith("build failed: there is no good build to show yet\n"), problems);
        }
    }

    /** {@code mkdir -p seeds/t/a/b/c; rm -rf seeds/t}, forty times: the watcher skips what vanished and goes on. */
    @Test
    void folderChurnDoesNotStopTheWatching() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.createDirectories(site.resolve("seeds/t/a/b/c"));
            Files.writeString(site.resolve("seeds/t/a/b/c/x.txt"), "x");
            PathUtils.deleteDirectory(site.resolve("seeds/t"));
        }
        Files.writeString(site.resolve("seeds/a.md"), ARTICLE.replace("First title", "After the churn"));
        assertTrue(await(address, body -> body.contains("After the churn")).contains("After the churn"));
        Files.createDirectories(site.resolve("seeds/t/a/b"));
        Files.writeString(site.resolve("seeds/t/a/b/deep.md"), ARTICLE.replace("First title", "Deep inside"));
        assertTrue(await(address, body -> body.contains("Deep inside")).contains("Deep inside"), "a new folder is watched");
    }

    /** What the browser and the console say when a rebuild runs past the limit (see RebuildRunnerTest for when). */
    @Test
    void aStuckRebuildSaysWhatIsShownAndWhatToDo() {
        assertEquals("build still running after 60 s: showing the last good site\n"
                + "save a change to start a fresh build beside it; a template that loops is stopped by the render time limit, "
                + "'limits.renderSeconds'\n", PreviewSession.stuckReport(Duration.ofSeconds(60), true));
        assertEquals("build still running after 5 s: there is no good build to show yet\n"
                + "save a change to start a fresh build beside it; a template that loops is stopped by the render time limit, "
                + "'limits.renderSeconds'\n", PreviewSession.stuckReport(Duration.ofSeconds(5), false));
    }

    /** {@code mv}, {@code git checkout} or rsync replace the folder as a whole: the new one is watched. */
    @Test
    void aContentFolderReplacedAsAWholeIsWatchedAgain() throws Exception {
        replaceWithArticle(site.resolve("seeds"), "Replaced title");
        await(address, body -> body.contains("Replaced title"));

        Files.writeString(site.resolve("seeds/a.md"), ARTICLE.replace("First title", "Edited in the new folder"));
        await(address, body -> body.contains("Edited in the new folder"));
        Files.writeString(site.resolve("seeds-old/a.md"), ARTICLE.replace("First title", "Edited in the old folder"));
        Files.writeString(site.resolve("seeds/b.md"), ARTICLE.replace("First title", "Second article"));
        String page = await(address, body -> body.contains("Second article"));
        assertFalse(page.contains("Edited in the old folder"), "the old folder is not read");
    }

    /** A content folder deeper than the config's folder is not seen replaced by any watch: the periodic check finds it. */
    @Test
    void aReplacedFolderAwayFromTheConfigIsFoundByThePeriodicCheck(@TempDir Path other) throws Exception {
        InlineSite.write(other, """
                -- site-config.yml --
                title: Deep
                baseUrl: https://example.github.io/news-digest/
                content: src/seeds
                -- src/seeds/a.md --
                """ + ARTICLE);
        try (PreviewSession deep = new PreviewSession(other.resolve("site-config.yml"), 0, other,
                new PrintWriter(new StringWriter()))) {
            String at = deep.start();
            replaceWithArticle(other.resolve("src/seeds"), "Replaced deep down");
            await(at, body -> body.contains("Replaced deep down"));
            Files.writeString(other.resolve("src/seeds/a.md"), ARTICLE.replace("First title", "Then edited"));
            await(at, body -> body.contains("Then edited"));
        }
    }

    /** {@code templates/static/my logo.png} is published as {@code static/my logo.png} and previewed at {@code my%20logo.png}. */
    @Test
    void aStaticFileWithASpaceInItsNameIsServed() throws Exception {
        byte[] logo = {(byte) 0x89, 'P', 'N', 'G', 13, 10};
        Files.createDirectories(site.resolve("templates/static"));
        Files.write(site.resolve("templates/static/my logo.png"), logo);
        String url = address + "static/my%20logo.png";
        Instant deadline = Instant.now().plus(WAIT);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        while (response.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        assertEquals(200, response.statusCode());
        assertArrayEquals(logo, response.body());
    }

    /** What the report's first line says in each case, counted from the build's result. */
    @Test
    void theHeadlineSaysWhatThePageUnderneathIs() {
        Problem error = Problem.error(new SourcePosition(Path.of("seeds/a.md"), 1, 1), "bad");
        Problem warning = Problem.warning(new SourcePosition(Path.of("seeds/b.md"), 1, 1), "odd");
        BuildSummary twoLeftOut = new BuildSummary(5, 3, 0, 2, 10, 8, 5, 20, 0);
        assertEquals("2 articles left out, 1 warning — the site below is the new build without them",
                PreviewSession.headline(Optional.of(new BuildResult(true, twoLeftOut, List.of(error, error, warning), List.of(), List.of())), true));
        assertEquals("3 warnings — the site below is the new build", PreviewSession.headline(Optional.of(new BuildResult(true,
                new BuildSummary(1, 1, 0, 0, 10, 8, 5, 20, 0), List.of(warning, warning, warning), List.of(), List.of())), true));
        assertEquals("build failed: showing the last good site",
                PreviewSession.headline(Optional.of(new BuildResult(false, twoLeftOut, List.of(error), List.of(), List.of())), true));
        assertEquals("build failed: showing the last good site", PreviewSession.headline(Optional.empty(), true));
        assertEquals("build failed: there is no good build to show yet", PreviewSession.headline(Optional.empty(), false));
    }

    /** Replaces the folder as {@code mv} would: the old one renamed to {@code <name>-old}, a new one renamed in. */
    private static void replaceWithArticle(Path folder, String title) throws Exception {
        Path replacement = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-new"));
        Files.writeString(replacement.resolve("a.md"), ARTICLE.replace("First title", title));
        Files.move(folder, folder.resolveSibling(folder.getFileName() + "-old"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(replacement, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    private String control() {
        return "http://" + URI.create(address).getAuthority() + "/__news-digest/problems";
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the body satisfies the condition; rebuilds are debounced, so this takes a moment. */
    private String await(String url, Predicate<String> condition) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = get(url).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no change seen at " + url + " within " + WAIT.toSeconds() + " s; last body:\n" + body);
    }

    private BlockingQueue<String> listenForEvents() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        String url = "http://" + URI.create(address).getAuthority() + "/__news-digest/events";
        InputStream stream = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        events.add(line);
                    }
                }
            } catch (Exception closed) {
                // the session closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
