package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;

/**
 * Renders every page of the site and the theme's static files, handing each file to a {@link RenderTarget}. The
 * kinds of output (article pages, lists, feeds, …) render at the same time on all cores; each file's bytes depend
 * only on the digest, so the result is the same in any order.
 */
public final class SiteRenderer {

    private static final int ARTICLES_PER_PART = 1_000;

    private final SiteConfig config;
    private final ThemeTemplates templates;

    public SiteRenderer(SiteConfig config, ThemeTemplates templates) {
        this.config = config;
        this.templates = templates;
    }

    /** One kind of output; throws the template's problem when a template fails. */
    private interface Part {
        void render(PageEmitter out) throws TemplateFailure;
    }

    /**
     * Renders the site into {@code target}, skipping every page whose template data has the fingerprint the target
     * holds from the last build.
     */
    public void render(Digest digest, RenderTarget target) throws TemplateFailure {
        UrlScheme urls = new UrlScheme(config.baseUrl(), config.timeZone());
        ViewFactory views = new ViewFactory(config, urls, new DateFormats(config.timeZone(), config.locale()), digest);
        List<Part> parts = new ArrayList<>();
        // article pages are half the work: in slices, so that no core waits for one long part at the end
        for (int from = 0; from < digest.articles().size(); from += ARTICLES_PER_PART) {
            List<Article> slice = digest.articles().subList(from, Math.min(from + ARTICLES_PER_PART, digest.articles().size()));
            parts.add(out -> new ArticlePageRenderer(out, views).render(slice));
        }
        parts.addAll(List.of(
                out -> new ArticleListRenderer(out, views, config.pageSize(), config.description()).renderFrontPage(digest),
                out -> new ArticleListRenderer(out, views, config.pageSize(), config.description()).renderTopics(digest),
                out -> new ArticleListRenderer(out, views, config.pageSize(), config.description()).renderProviders(digest),
                out -> new FeedRenderer(out, views, config).render(digest),
                out -> new TermIndexRenderer(out, views).render(digest),
                out -> new SearchIndexRenderer(out, views).render(digest),
                out -> new HostingFilesRenderer(out, views, config).render(digest),
                out -> new ThemeAssets(config.templatesDir()).collect().values().forEach(out::file)));
        UntilFailure guarded = new UntilFailure(target);
        runAll(parts, new PageEmitter(templates, new ModelFingerprint(), guarded), guarded);
    }

    /**
     * Runs every part on all cores and returns only when none of them is still writing: the caller discards the
     * files of a failed render, and a part that went on writing afterwards would leave some behind. Once one part
     * fails, the others stop at their next file. The first failure in the list's order is the one reported.
     */
    private static void runAll(List<Part> parts, PageEmitter out, UntilFailure guarded) throws TemplateFailure {
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Void>> running = new ArrayList<>();
        for (Part part : parts) {
            running.add(cores.submit(() -> {
                try {
                    part.render(out);
                } catch (TemplateFailure | RuntimeException | Error e) {
                    guarded.failed.set(true);
                    throw e;
                }
                return null;
            }));
        }
        cores.shutdown();
        Throwable first = null;
        for (Future<Void> result : running) {
            try {
                result.get();
            } catch (ExecutionException e) {
                if (first == null && !(e.getCause() instanceof Stopped)) {
                    first = e.getCause();
                }
            } catch (InterruptedException e) {
                cores.shutdownNow();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rendering was interrupted", e);
            }
        }
        if (first instanceof TemplateFailure failure) {
            throw failure;
        }
        if (first instanceof RuntimeException bug) {
            throw bug;
        }
        if (first instanceof Error error) {
            throw error;
        }
    }

    /** The target, until one part fails: from then on, a part that hands it a file is stopped. */
    private static final class UntilFailure implements RenderTarget {
        private final RenderTarget target;
        private final AtomicBoolean failed = new AtomicBoolean();

        UntilFailure(RenderTarget target) {
            this.target = target;
        }

        @Override
        public boolean holds(String path, long fingerprint) {
            return target.holds(path, fingerprint);
        }

        @Override
        public void keep(String path, long fingerprint) {
            stopIfFailed();
            target.keep(path, fingerprint);
        }

        @Override
        public void write(RenderedPage page, long fingerprint) {
            stopIfFailed();
            target.write(page, fingerprint);
        }

        private void stopIfFailed() {
            if (failed.get()) {
                throw new Stopped();
            }
        }
    }

    /** Thrown into a part that tries to write after another part failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
