package org.newsdigest.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.threads.BuildThreads;

/**
 * Renders every page of the site and the theme's static files, handing each file to a {@link RenderTarget}. The
 * kinds of output (article pages, lists, feeds, …) render at the same time on the build's threads; each file's bytes
 * depend only on the digest, so the result is the same in any order.
 */
public final class SiteRenderer {

    private static final int ARTICLES_PER_PART = 1_000;
    /** How often the render's thread looks for templates past the time limit, while it waits for the parts. */
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(100);

    private final SiteConfig config;
    private final ThemeTemplates templates;
    private final Path displayBase;
    private final SitemapLimits sitemapLimits;
    private final BuildThreads threads;
    private final RunawayRenders runaways;

    /**
     * @param displayBase   the folder that paths in warnings are shown relative to
     * @param sitemapLimits what one sitemap file may hold: {@link SitemapLimits#PROTOCOL}, or less in a test
     * @param threads       the build's threads; their stack is deep enough for {@link PageGuard#MAX_DEPTH}, and they are
     *                      daemons, so a template stuck in FreeMarker's own code cannot keep the JVM alive
     */
    public SiteRenderer(SiteConfig config, ThemeTemplates templates, Path displayBase, SitemapLimits sitemapLimits,
            BuildThreads threads) {
        this.config = config;
        this.templates = templates;
        this.displayBase = displayBase;
        this.sitemapLimits = sitemapLimits;
        this.threads = threads;
        this.runaways = new RunawayRenders(config.templatesDir());
    }

    /** One kind of output; throws the template's problem when a template fails. */
    private interface Part {
        void render(PageEmitter out) throws TemplateFailure;
    }

    /**
     * Renders the site into {@code target}, skipping every page whose template data has the fingerprint the target
     * holds from the last build. The pages at articles' earlier addresses come last, once every other file's path is
     * known, so that none of them takes another's place.
     *
     * @param problems gets a warning for each alias left out
     */
    public void render(Digest digest, RenderTarget target, Problems problems) throws TemplateFailure {
        List<Problem> runaway = runaways.problems();
        if (runaway.stream().anyMatch(Problem::isError)) {
            throw new TemplateFailure(runaway);
        }
        problems.addAll(runaway);
        UrlScheme urls = new UrlScheme(config.baseUrl(), config.timeZone());
        ViewFactory views = new ViewFactory(config, urls, new DateFormats(config.timeZone(), config.locale()),
                templates.messages(), digest);
        DateArchive archive = DateArchive.of(digest.articles(), urls);
        List<Part> parts = new ArrayList<>();
        // article pages are half the work: in slices, so that no thread waits for one long part at the end
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
                out -> new HostingFilesRenderer(out, views, config, sitemapLimits).render(digest, archive),
                out -> new ArchiveRenderer(out, views, config.pageSize()).render(archive),
                out -> new OpmlRenderer(out, views).render(digest),
                out -> new ThemeAssets(config.templatesDir()).collect().values().forEach(out::file)));
        Set<String> made = ConcurrentHashMap.newKeySet();
        UntilFailure guarded = new UntilFailure(target, made);
        RenderWatch watch = new RenderWatch(config.limits());
        ModelFingerprint fingerprints = new ModelFingerprint();
        runAll(parts, new PageEmitter(templates, fingerprints, guarded, watch), guarded, watch);

        UntilFailure redirects = new UntilFailure(target, ConcurrentHashMap.newKeySet());
        RenderWatch redirectWatch = new RenderWatch(config.limits());
        PageEmitter redirectOut = new PageEmitter(templates, fingerprints, redirects, redirectWatch);
        runAll(List.of(out -> new RedirectRenderer(redirectOut, views, displayBase).render(digest, made, problems)),
                redirectOut, redirects, redirectWatch);
    }

    /**
     * Runs every part on the build's threads and returns only when none of them is still writing: the caller discards
     * the files of a failed render, and a part that went on writing afterwards would leave some behind. Once one part
     * fails, the others stop at their next file. The first failure in the list's order is the one reported, a
     * template's before any other.
     *
     * <p>While it waits, it stops every page whose template runs past {@code limits.renderSeconds}. A template stops
     * at its next element; one that does not within {@link RenderWatch#GRACE} is in FreeMarker's own Java code (a
     * built-in going through a huge sequence), which nothing can interrupt: its part counts as failed, and its thread,
     * a daemon, is left to finish on its own, with the target closed to it, and marked for later builds to count
     * ({@link RunawayRenders}).
     */
    private void runAll(List<Part> parts, PageEmitter out, UntilFailure guarded, RenderWatch watch) throws TemplateFailure {
        List<Callable<Void>> tasks = new ArrayList<>();
        List<AtomicReference<Thread>> partThreads = new ArrayList<>();
        for (Part part : parts) {
            AtomicReference<Thread> thread = new AtomicReference<>();
            partThreads.add(thread);
            tasks.add(() -> {
                thread.set(Thread.currentThread());
                try {
                    part.render(out);
                } catch (TemplateFailure | RuntimeException | Error e) {
                    guarded.stopped.set(true);
                    throw e;
                }
                return null;
            });
        }
        List<Future<Void>> running = threads.startAll(tasks);
        Map<Integer, TemplateFailure> stuck = new HashMap<>();
        try {
            waitForAll(running, partThreads, watch, guarded, stuck);
        } catch (InterruptedException e) {
            guarded.stopped.set(true);
            watch.cancelAll();
            guarded.close();
            running.forEach(part -> part.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering was interrupted", e);
        }
        guarded.close();
        Throwable first = null;
        for (int i = 0; i < running.size(); i++) {
            Throwable failure = stuck.containsKey(i) ? stuck.get(i) : failureOf(running.get(i));
            if (failure instanceof TemplateFailure templateFailure) {
                throw templateFailure;
            }
            if (first == null) {
                first = failure;
            }
        }
        if (first instanceof RuntimeException bug) {
            throw bug;
        }
        if (first instanceof Error error) {
            throw error;
        }
    }

    /** Waits until every part has ended or is stuck in a template that ran past the time limit and did not stop. */
    private void waitForAll(List<Future<Void>> running, List<AtomicReference<Thread>> threads, RenderWatch watch,
            UntilFailure guarded, Map<Integer, TemplateFailure> stuck) throws InterruptedException {
        for (int i = 0; i < running.size(); i++) {
            while (!running.get(i).isDone() && !stuck.containsKey(i)) {
                try {
                    running.get(i).get(WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException | CancellationException e) {
                    // the outcome is read once all are done
                }
                for (PageGuard guard : watch.stopOverdue()) {
                    for (int part = 0; part < running.size(); part++) {
                        if (threads.get(part).get() == guard.thread() && !running.get(part).isDone() && !stuck.containsKey(part)) {
                            stuck.put(part, templates.failure(guard.stop().orElseThrow(), guard.template(), guard.page(), watch));
                            runaways.giveUp(guard);
                            guarded.stopped.set(true);
                        }
                    }
                    // the stuck threads may be all the build has: the parts that never started never will
                    for (int part = 0; part < running.size(); part++) {
                        if (threads.get(part).get() == null) {
                            running.get(part).cancel(false);
                        }
                    }
                }
            }
        }
    }

    /** What made a part fail, if it did and was not merely stopped because another failed. */
    private static Throwable failureOf(Future<Void> part) {
        try {
            part.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Stopped ? null : e.getCause();
        } catch (CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a finished part", e);
        }
    }

    /**
     * The target, until one part fails: from then on, a part that hands it a file is stopped. Once closed, no file
     * reaches it any more, and closing waits for the files being handed over.
     */
    private static final class UntilFailure implements RenderTarget {
        private final RenderTarget target;
        /** The path of every file handed over, written or kept. */
        private final Set<String> handed;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ReadWriteLock handing = new ReentrantReadWriteLock();

        UntilFailure(RenderTarget target, Set<String> handed) {
            this.target = target;
            this.handed = handed;
        }

        @Override
        public boolean holds(String path, long fingerprint) {
            return target.holds(path, fingerprint);
        }

        @Override
        public void keep(String path, long fingerprint) {
            handOver(() -> {
                target.keep(path, fingerprint);
                handed.add(path);
            });
        }

        @Override
        public void write(RenderedPage page, long fingerprint) {
            handOver(() -> {
                target.write(page, fingerprint);
                handed.add(page.path());
            });
        }

        private void handOver(Runnable file) {
            handing.readLock().lock();
            try {
                stopIfFailed();
                file.run();
            } finally {
                handing.readLock().unlock();
            }
        }

        void close() {
            handing.writeLock().lock();
            try {
                stopped.set(true);
            } finally {
                handing.writeLock().unlock();
            }
        }

        private void stopIfFailed() {
            if (stopped.get()) {
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
