package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.TestClock;

/**
 * Renders given up on in FreeMarker's own Java code go on running: the next builds of the same site (as serve makes
 * them) say so, and refuse to start once two are running. A test cannot make FreeMarker's code run for a known time,
 * so its stand-ins are threads of its own, given up on as a stuck render's thread is, that end when the test says.
 */
class RunawayRendersTest {

    @TempDir
    Path site;
    private final CountDownLatch end = new CountDownLatch(1);
    private final List<Thread> stuck = new ArrayList<>();

    @BeforeEach
    void writeSite() {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Runaway
                baseUrl: https://example.org/
                -- seeds/a.md --
                ---
                title: "Alpha"
                publishedDateTime: 2021-07-29T08:00:00Z
                published: true
                provider:
                  name: P
                ---
                """);
    }

    @AfterEach
    void endTheStandIns() throws InterruptedException {
        end.countDown();
        for (Thread thread : stuck) {
            thread.join();
        }
    }

    @Test
    void oneRenderStillRunningIsAWarningAndTheSiteIsPublished() throws Exception {
        giveUpOn("index.html", "index.ftlh");

        BuildResult result = build();

        assertTrue(result.published());
        assertEquals(List.of("templates: warning: 1 page render given up on in an earlier build is still running in "
                + "FreeMarker's own Java code, which nothing can stop: 'index.html' (index.ftlh); it keeps a processor busy "
                + "until it ends on its own; fix the template, and restart serve if it does not end"), problems(result));
    }

    @Test
    void twoRendersStillRunningStopTheNextBuildUntilTheyEnd() throws Exception {
        giveUpOn("index.html", "index.ftlh");
        giveUpOn("topics/index.html", "topics.ftlh");

        BuildResult refused = build();

        assertFalse(refused.published());
        assertEquals(List.of("templates: error: 2 page renders given up on in earlier builds are still running in "
                + "FreeMarker's own Java code, which nothing can stop: 'index.html' (index.ftlh), 'topics/index.html' "
                + "(topics.ftlh); this build does not start another; fix the template and restart serve to end them"),
                problems(refused));

        endTheStandIns();
        BuildResult after = build();
        assertTrue(after.published());
        assertEquals(List.of(), problems(after));
    }

    @Test
    void anotherSitesRunawayRendersAreNotThisSitesConcern(@TempDir Path other) throws Exception {
        RunawayRenders elsewhere = new RunawayRenders(other.resolve("templates"));
        startStandIn(elsewhere.nameFor("index.html", "index.ftlh"));
        startStandIn(elsewhere.nameFor("feed.xml", "feed.ftlx"));

        BuildResult result = build();

        assertTrue(result.published());
        assertEquals(List.of(), problems(result));
    }

    /** What the render does to a page's thread when it gives up on it: the thread is renamed, for later builds. */
    private void giveUpOn(String page, String template) throws InterruptedException {
        CountDownLatch named = new CountDownLatch(1);
        RunawayRenders runaways = new RunawayRenders(site.resolve("templates"));
        Thread thread = new Thread(() -> {
            runaways.giveUp(new PageGuard(template, page, System.nanoTime()));
            named.countDown();
            awaitEnd();
        });
        thread.setDaemon(true);
        thread.start();
        stuck.add(thread);
        named.await();
    }

    private void startStandIn(String name) {
        Thread thread = new Thread(this::awaitEnd, name);
        thread.setDaemon(true);
        thread.start();
        stuck.add(thread);
    }

    private void awaitEnd() {
        try {
            end.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BuildResult build() throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }

    private List<String> problems(BuildResult result) {
        return result.problems().stream().map((Problem problem) -> problem.format(site)).toList();
    }
}
