package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.CheckPhase.Checked;
import org.newsdigest.build.LoadPhase.Loaded;
import org.newsdigest.build.ModelPhase.Modelled;
import org.newsdigest.build.ParsePhase.ParsedContent;
import org.newsdigest.build.PublishPhase.Published;
import org.newsdigest.build.RenderPhase.Rendered;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.model.Article;
import org.newsdigest.render.SitemapLimits;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.StagingArea;

/** Each step of a build on its own, from a small site: what it takes, and the typed result it gives. */
class BuildPhasesTest {

    /**
     * Five files: one to publish, an older copy of the same story, a draft, one dated after the build (the test clock
     * says 2026-01-01) and one with no title.
     */
    private static final String SITE = """
            -- site-config.yml --
            title: Phases
            baseUrl: https://example.org/
            -- seeds/a-now.md --
            ---
            title: "Now"
            publishedDateTime: 2025-12-01T10:00:00Z
            webUrl: "https://news.example/story"
            published: true
            provider:
              name: P
            ---
            The story.
            -- seeds/b-copy.md --
            ---
            title: "Now, again"
            publishedDateTime: 2025-11-30T10:00:00Z
            webUrl: "https://news.example/story"
            published: true
            provider:
              name: P
            ---
            The same story, older.
            -- seeds/c-draft.md --
            ---
            title: "Draft"
            publishedDateTime: 2025-12-01T09:00:00Z
            published: false
            provider:
              name: P
            ---
            -- seeds/d-later.md --
            ---
            title: "Later"
            publishedDateTime: 2026-01-02T00:00:00Z
            published: true
            provider:
              name: P
            ---
            -- seeds/e-untitled.md --
            ---
            publishedDateTime: 2025-12-01T08:00:00Z
            published: true
            provider:
              name: P
            ---
            """;

    @TempDir
    Path site;

    private final Problems problems = new Problems();
    private BuildThreads threads;

    @BeforeEach
    void startThreads() {
        threads = new BuildThreads(2);
    }

    @AfterEach
    void endThreads() {
        threads.close();
    }

    private SiteConfig config() throws Exception {
        return new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
    }

    private LoadPhase.Loading startLoading() throws Exception {
        return startLoading(state());
    }

    private LoadPhase.Loading startLoading(IncrementalState state) throws Exception {
        return new LoadPhase(config(), state, threads).start();
    }

    private Loaded load() throws Exception {
        LoadPhase.Loading found = startLoading();
        return new LoadPhase(config(), state(), threads).finish(found, problems).orElseThrow();
    }

    private ParsedContent parse(IncrementalState state) throws Exception {
        LoadPhase.Loading found = startLoading(state);
        ParsedContent parsed = new ParsePhase(config(), BuildProgress.SILENT, threads).parse(found, found.contentProblems());
        new LoadPhase(config(), state, threads).finish(found, problems).orElseThrow();
        return parsed;
    }

    private Modelled model() throws Exception {
        return new ModelPhase(config(), site, TestClock.FIXED, threads).model(parse(state()), problems);
    }

    private IncrementalState state() throws Exception {
        return IncrementalState.onDisk(config().outputDir());
    }

    private List<String> messages() {
        return problems.list().stream().map(Problem::message).toList();
    }

    @Test
    void loadGivesTheTemplatesAndTheContentFilesInPathOrder() throws Exception {
        InlineSite.write(site, SITE);
        LoadPhase.Loading found = startLoading();
        assertEquals(List.of("a-now.md", "b-copy.md", "c-draft.md", "d-later.md", "e-untitled.md"),
                found.files().stream().map(file -> file.getFileName().toString()).toList());
        assertEquals(0, found.refused());
        assertTrue(new LoadPhase(config(), state(), threads).finish(found, problems).isPresent());
        assertEquals(List.of(), problems.list());
    }

    @Test
    void loadStopsAtATemplateThatDoesNotParse() throws Exception {
        InlineSite.write(site, SITE + """
                -- templates/topics.ftlh --
                <#if>
                """);
        LoadPhase.Loading found = startLoading();
        found.contentProblems().error(SourcePosition.unplaced(site), "a problem of the content");
        assertEquals(Optional.empty(), new LoadPhase(config(), state(), threads).finish(found, problems));
        assertEquals(1, problems.size(), "the template's problem alone: " + problems.list());
        assertTrue(problems.list().get(0).isError());
        assertTrue(problems.list().get(0).position().file().endsWith(Path.of("templates", "topics.ftlh")), problems.list().toString());
    }

    @Test
    void parseCountsEveryFileAsMarkedPublishedUnpublishedOrInvalid() throws Exception {
        InlineSite.write(site, SITE);
        ParsedContent parsed = parse(state());
        assertEquals(new ContentCounts(5, 3, 1, 1), parsed.counts(), "the future article and the copy are still marked published");
        assertEquals(List.of("Now", "Now, again", "Later"), parsed.toPublish().stream().map(Article::title).toList());
        assertEquals(1, problems.list().stream().filter(Problem::isError).count(), problems.list().toString());
    }

    @Test
    void modelDropsASecondCopyAndHoldsBackAFutureArticleCountingBothAsUnpublished() throws Exception {
        InlineSite.write(site, SITE);
        Modelled model = model();
        assertEquals(List.of("Now"), model.digest().articles().stream().map(Article::title).toList());
        assertEquals(new ContentCounts(5, 1, 3, 1), model.counts());
        assertFalse(model.addressesClash());
        assertTrue(messages().contains("dated 2026-01-02T00:00:00Z, in the future: it is not published now and will appear in "
                + "the first build after that time. Set 'publishFuture: true' in the config to publish future articles at once"),
                messages().toString());
        assertTrue(messages().contains("the same story (webUrl https://news.example/story) is also in seeds/a-now.md; "
                + "publishing only that copy. Remove one of the two files"), messages().toString());
    }

    @Test
    void modelSaysWhenTwoArticlesWantOneAddress() throws Exception {
        InlineSite.write(site, SITE.replace("title: \"Now\"\n", "title: \"Now\"\nslug: same\n")
                .replace("title: \"Draft\"\n", "title: \"Draft\"\nslug: same\n").replace("published: false", "published: true"));
        assertTrue(model().addressesClash(), problems.list().toString());
    }

    @Test
    void renderWritesThePagesToTheStagingFolderAndLeavesTheOutputAlone() throws Exception {
        InlineSite.write(site, SITE);
        Loaded loaded = load();
        Modelled model = model();
        try (SiteOutput output = state().stage(loaded.stamps().output(), StagingArea.Checkpoints.NONE, BuildProgress.SILENT)) {
            Rendered rendered = new RenderPhase(config(), site, SitemapLimits.PROTOCOL, threads)
                    .render(loaded.templates(), model.digest(), output, problems).orElseThrow();
            assertTrue(rendered.pagesWritten() > 0 && rendered.filesWritten() > rendered.pagesWritten(), rendered.toString());
            assertEquals(Optional.empty(), rendered.lostPages(), "a full build has no last site to lose pages of");
            assertTrue(SiteFiles.text(site.resolve(".output.staging"), "articles/a-now/index.html").contains("The story."));
            assertFalse(Files.exists(site.resolve("output")));
        }
        assertFalse(Files.exists(site.resolve(".output.staging")), "closing an unpublished site removes its staging folder");
    }

    @Test
    void checkReportsABrokenLinkAndTheSiteIsNotPublishable() throws Exception {
        InlineSite.write(site, SITE + """
                -- templates/topics.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>Topics</title></head>
                <body><a href="${site.homeUrl}no-such-page/">gone</a></body></html>
                """);
        Checked checked = renderAndCheck(state(), (output, rendered) -> new CheckPhase(config(), threads).check(output, problems));
        assertFalse(checked.publishable());
        assertEquals(List.of("topics/index.html:3:16 → /no-such-page/: no such file in the site (looked for no-such-page/index.html)"),
                checked.links().broken().stream().map(link -> link.format()).toList());
    }

    @Test
    void publishSwapsTheNewSiteInAndRemembersItForTheNextBuild() throws Exception {
        InlineSite.write(site, SITE);
        IncrementalState state = state();
        Published published = renderAndCheck(state, (output, loaded) -> {
            Checked checked = new CheckPhase(config(), threads).check(output, problems);
            PublishPhase publishing = new PublishPhase(state, site);
            PublishPhase.Remembering remembering = publishing.startRemembering(output, checked.links(), loaded.stamps(),
                    threads);
            Published done = publishing.publish(output);
            assertEquals(Optional.empty(), publishing.remember(done, remembering));
            return done;
        });
        assertTrue(published.changed());
        assertEquals(Optional.empty(), published.warning());
        assertTrue(SiteFiles.text(site.resolve("output"), "articles/a-now/index.html").contains("The story."));
        assertTrue(Files.isRegularFile(site.resolve("output").resolve(StagingArea.MARKER)));
        assertFalse(Files.exists(site.resolve(".output.staging")));

        Loaded loaded = load();
        Modelled model = model();
        try (SiteOutput again = state.stage(loaded.stamps().output(), StagingArea.Checkpoints.NONE, BuildProgress.SILENT)) {
            new RenderPhase(config(), site, SitemapLimits.PROTOCOL, threads).render(loaded.templates(), model.digest(), again, problems);
            assertTrue(again.isUnchanged(), "the next build starts from the manifest kept, and renders nothing again");
        }
    }

    private interface AfterRender<T> {
        T apply(SiteOutput output, Loaded loaded) throws Exception;
    }

    private <T> T renderAndCheck(IncrementalState state, AfterRender<T> then) throws Exception {
        Loaded loaded = load();
        Modelled model = model();
        try (SiteOutput output = state.stage(loaded.stamps().output(), StagingArea.Checkpoints.NONE, BuildProgress.SILENT)) {
            new RenderPhase(config(), site, SitemapLimits.PROTOCOL, threads).render(loaded.templates(), model.digest(), output, problems)
                    .orElseThrow();
            return then.apply(output, loaded);
        }
    }
}
