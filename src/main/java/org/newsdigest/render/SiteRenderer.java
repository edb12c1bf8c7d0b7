package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        void render() throws TemplateFailure;
    }

    public void render(Digest digest, Consumer<RenderedPage> out) throws TemplateFailure {
        UrlScheme urls = new UrlScheme(config.baseUrl(), config.timeZone());
        ViewFactory views = new ViewFactory(config, urls, new DateFormats(config.timeZone(), config.locale()), digest);
        List<Part> parts = List.of(
                () -> new ArticlePageRenderer(templates, views).render(digest, out),
                () -> new ArticleListRenderer(templates, views, config.pageSize(), config.description()).render(digest, out),
                () -> new FeedRenderer(templates, views, config).render(digest, out),
                () -> new TermIndexRenderer(templates, views).render(digest, out),
                () -> new HostingFilesRenderer(templates, views, config).render(digest, out),
                () -> new ThemeAssets(config.templatesDir()).collect().values().forEach(out));
        runAll(parts);
    }

    /** Runs every part on all cores; the first failure in the list's order is the one reported. */
    private static void runAll(List<Part> parts) throws TemplateFailure {
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Part part : parts) {
                running.add(cores.submit(() -> {
                    part.render();
                    return null;
                }));
            }
            for (Future<Void> result : running) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TemplateFailure failure) {
                        throw failure;
                    }
                    if (e.getCause() instanceof RuntimeException bug) {
                        throw bug;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("rendering was interrupted", e);
                }
            }
        } finally {
            cores.shutdownNow();
        }
    }
}
