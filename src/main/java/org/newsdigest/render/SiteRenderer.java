package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.model.Digest;

/**
 * Renders every page of the site and the theme's static files, handing each file to {@code out}. The kinds
 * of output (article pages, lists, feeds, …) render at the same time on all cores; each file's bytes depend
 * only on the digest, so the result is the same in any order. {@code out} must therefore be thread-safe.
 */
public final class SiteRenderer {

    private final SiteConfig config;
    private final ThemeTemplates templates;

    public SiteRenderer(SiteConfig config, ThemeTemplates templates) {
        this.config = config;
        this.templates = templates;
    }

    /** One kind of output; throws the template's problem when a template fails. */
    private interface Part {
        void render(Consumer<RenderedPage> out) throws TemplateFailure;
    }

    public void render(Digest digest, Consumer<RenderedPage> out) throws TemplateFailure {
        UrlScheme urls = new UrlScheme(config.baseUrl(), config.timeZone());
        ViewFactory views = new ViewFactory(config, urls, new DateFormats(config.timeZone(), config.locale()), digest);
        List<Part> parts = List.of(
                sink -> new ArticlePageRenderer(templates, views).render(digest, sink),
                sink -> new ArticleListRenderer(templates, views, config.pageSize(), config.description()).render(digest, sink),
                sink -> new FeedRenderer(templates, views, config).render(digest, sink),
                sink -> new TermIndexRenderer(templates, views).render(digest, sink),
                sink -> new SearchIndexRenderer(templates, views).render(digest, sink),
                sink -> new HostingFilesRenderer(templates, views, config).render(digest, sink),
                sink -> new ThemeAssets(config.templatesDir()).collect().values().forEach(sink));
        runAll(parts, out);
    }

    /**
     * Runs every part on all cores and returns only when none of them is still writing: the caller discards the
     * files of a failed render, and a part that went on writing afterwards would leave some behind. Once one part
     * fails, the others stop at their next file. The first failure in the list's order is the one reported.
     */
    private static void runAll(List<Part> parts, Consumer<RenderedPage> out) throws TemplateFailure {
        AtomicBoolean failed = new AtomicBoolean();
        Consumer<RenderedPage> untilFailure = page -> {
            if (failed.get()) {
                throw new Stopped();
            }
            out.accept(page);
        };
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Void>> running = new ArrayList<>();
        for (Part part : parts) {
            running.add(cores.submit(() -> {
                try {
                    part.render(untilFailure);
                } catch (TemplateFailure | RuntimeException | Error e) {
                    failed.set(true);
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

    /** Thrown into a part that tries to write after another part failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
