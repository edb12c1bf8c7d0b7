package org.newsdigest.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.newsdigest.cache.CodeStamp;
import org.newsdigest.cache.FileStamp;
import org.newsdigest.cache.ReusableParses;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.ContentScanner;
import org.newsdigest.load.SiteFolderWalker;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.render.TemplateFailure;
import org.newsdigest.render.ThemeTemplates;
import org.newsdigest.threads.BuildThreads;

/**
 * The first step: the content files, listed while every template is parsed on a build thread of its own and the parse
 * results kept by the last build are read on the others, and the templates, waited for before anything is rendered.
 * A broken template still stops the build before the model is made, with its problems alone, as if it had been loaded
 * first.
 */
final class LoadPhase {

    /**
     * What the build works from.
     *
     * @param stamps what results kept from earlier builds must have been made with to be reused
     */
    record Loaded(ThemeTemplates templates, BuildStamps stamps) {
    }

    /**
     * The content files, and the templates and kept parse results still loading.
     *
     * @param stamps  each file's size and modification time when the walk found it, in the order of {@code files}
     * @param refused article-named entries of the content folder that were refused (a link out of it, say), each
     *                with an error among the content's problems; they count as invalid files
     * @param code    the {@link org.newsdigest.cache.CodeStamp} of the running code, which every cached result depends on
     * @param contentProblems where the content's problems go until the templates are known to load: they are told after the
     *                templates' own warnings, and not at all when a template fails
     * @param markdown the Markdown renderer, made on a build thread while the content folder is walked: flexmark's parser
     *                and renderer take about 70 ms to build, which on the main thread held up the parse's start
     */
    record Loading(List<Path> files, List<FileStamp> stamps, int refused, long code, Problems contentProblems,
            Future<Templates> templates, ReusableParses.Pending parses, Future<MarkdownRenderer> markdown) {
        Loading {
            files = List.copyOf(files);
            stamps = List.copyOf(stamps);
        }

        /** The Markdown renderer, once made. */
        MarkdownRenderer markdownRenderer() {
            return await(markdown, "the Markdown renderer was made");
        }
    }

    /** The templates, or the problems that stop the build. */
    record Templates(Optional<ThemeTemplates> loaded, List<Problem> failure) {
    }

    private final SiteConfig config;
    private final IncrementalState state;
    private final BuildThreads threads;

    LoadPhase(SiteConfig config, IncrementalState state, BuildThreads threads) {
        this.config = config;
        this.state = state;
        this.threads = threads;
    }

    Loading start() {
        Future<Templates> templates = threads.start(this::templates);
        long code = CodeStamp.of(SiteBuilder.class);
        ReusableParses.Pending parses = state.reusableParses(BuildStamps.parseStamp(code, config), threads);
        // both queued after the parse results' reading, which the parse step waits for first
        Future<MarkdownRenderer> markdown = threads.start(MarkdownRenderer::new);
        state.readManifestAhead(threads);
        Problems content = new Problems();
        SiteFolderWalker.Walked scan = new ContentScanner().scan(config.contentDir(), content);
        return new Loading(scan.files(), scan.attributes().stream().map(FileStamp::of).toList(), scan.refused(), code,
                content, templates, parses, markdown);
    }

    /**
     * Waits for the templates. Empty when one cannot be loaded: the build stops there, with the reasons in
     * {@code problems}; otherwise {@code problems} gets the templates' warnings and then the content's problems.
     */
    Optional<Loaded> finish(Loading loading, Problems problems) {
        Templates templates = await(loading.templates(), "the templates loaded");
        if (templates.loaded().isEmpty()) {
            problems.addAll(templates.failure());
            return Optional.empty();
        }
        ThemeTemplates loaded = templates.loaded().get();
        problems.addAll(loaded.warnings());
        problems.addAll(loading.contentProblems().list());
        return Optional.of(new Loaded(loaded, BuildStamps.of(loading.code(), config, loaded)));
    }

    private Templates templates() {
        try {
            return new Templates(Optional.of(ThemeTemplates.load(config)), List.of());
        } catch (TemplateFailure e) {
            return new Templates(Optional.empty(), e.problems());
        }
    }

    private static <T> T await(Future<T> task, String whileWhat) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw (CancellationException) new CancellationException("interrupted while " + whileWhat).initCause(e);
        } catch (ExecutionException e) {
            // a template's own failure comes back as a result; what a task throws (a disk that fails) ends the build as
            // it would have on this thread
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }
}
