package org.newsdigest.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.newsdigest.config.SiteConfig;
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

    /**
     * The most a part of a long list costs, in cards ({@link RenderPlan}): a few dozen milliseconds of work, small
     * enough that the threads end within one of each other, large enough that handing out parts costs nothing.
     */
    static final int PART_COST = 600;
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
        ViewFactory views = new ViewFactory(config, urls, templates.dates(), templates.messages(), digest,
                target.mayKeepPages());
        DateArchive archive = DateArchive.of(digest.articles(), urls);
        ArticleListRenderer lists = new ArticleListRenderer(views, config.pageSize(), config.description());
        int articles = digest.articles().size();
        int terms = digest.topics().size() + digest.providers().size();
        // the costs of the files made whole, as measured at 10,000 articles: an entry of the search index or the
        // sitemap about a card, a line of the topics, providers and OPML lists a third of one
        RenderPlan plan = new RenderPlan(PART_COST)
                .run(new ArticlePageRenderer(views).pages(digest.articles()))
                .run(lists.frontPage(digest))
                .run(lists.topics(digest))
                .run(lists.providers(digest))
                .run(new FeedRenderer(views, config).feeds(digest))
                .whole(terms / 3, out -> new TermIndexRenderer(out, views).render(digest))
                .whole(articles, out -> new SearchIndexRenderer(out, views).render(digest))
                .whole(articles, out -> new HostingFilesRenderer(out, views, config, sitemapLimits).render(digest, archive))
                .run(new ArchiveRenderer(views, config.pageSize(), articles).pages(archive))
                .whole(terms / 3, out -> new OpmlRenderer(out, views).render(digest))
                .whole(RenderPlan.PAGE_COST, out -> new ThemeAssets(config.templatesDir()).collect().values().forEach(out::file));
        // the redirect pages must not take a file's place: without them, no file's path need be collected
        Set<String> made = ConcurrentHashMap.newKeySet();
        Consumer<String> handed = RedirectRenderer.anyAlias(digest) ? made::add : path -> { };
        ModelFingerprint fingerprints = new ModelFingerprint();
        runAll(plan, target, handed, fingerprints);

        RenderPlan redirects = new RenderPlan(PART_COST)
                .whole(RenderPlan.PAGE_COST, out -> new RedirectRenderer(out, views, displayBase).render(digest, made, problems));
        runAll(redirects, target, path -> { }, fingerprints);
    }

    /**
     * Runs every part of the plan on the build's threads, the costliest first, and returns only when none of them is
     * still writing: the caller discards the files of a failed render, and a part that went on writing afterwards would
     * leave some behind. Once one part fails, the others stop at their next file, but for the parts before it in its
     * run: the first failure in the list's order is the one reported, a template's before any other, and a run's is the
     * one the run would have met alone (no later part of a run counts once an earlier one failed).
     *
     * <p>While it waits, it stops every page whose template runs past {@code limits.renderSeconds}. A template stops
     * at its next element; one that does not within {@link RenderWatch#GRACE} is in FreeMarker's own Java code (a
     * built-in going through a huge sequence), which nothing can interrupt: its part counts as failed, and its thread,
     * a daemon, is left to finish on its own, with the target closed to it, and marked for later builds to count
     * ({@link RunawayRenders}).
     */
    private void runAll(RenderPlan plan, RenderTarget target, Consumer<String> handed, ModelFingerprint fingerprints)
            throws TemplateFailure {
        List<RenderPlan.Part> parts = plan.parts();
        RenderWatch watch = new RenderWatch(config.limits());
        UntilFailure guarded = new UntilFailure(target, handed, parts.stream().mapToInt(RenderPlan.Part::run).toArray());
        List<AtomicReference<Thread>> partThreads = new ArrayList<>();
        parts.forEach(part -> partThreads.add(new AtomicReference<>()));
        // on one thread, in the list's order: the failure reported is then always the first a reader of the list meets
        List<Integer> order = threads.count() == 1 ? IntStream.range(0, parts.size()).boxed().toList() : plan.costliestFirst();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int index : order) {
            RenderPlan.Part part = parts.get(index);
            PageEmitter out = new PageEmitter(templates, fingerprints, guarded.forPart(index), watch);
            tasks.add(() -> {
                partThreads.get(index).set(Thread.currentThread());
                try {
                    part.work().render(out);
                } catch (Stopped e) {
                    // another part failed: this one did not
                    throw e;
                } catch (TemplateFailure | RuntimeException | Error e) {
                    guarded.failed(index);
                    throw e;
                }
                return null;
            });
        }
        List<Future<Void>> started = threads.startAll(tasks);
        List<Future<Void>> running = new ArrayList<>(Collections.nCopies(parts.size(), null));
        for (int i = 0; i < order.size(); i++) {
            running.set(order.get(i), started.get(i));
        }
        Map<Integer, TemplateFailure> stuck = new HashMap<>();
        try {
            waitForAll(running, partThreads, watch, guarded, stuck);
        } catch (InterruptedException e) {
            guarded.stopAll();
            watch.cancelAll();
            guarded.close();
            running.forEach(part -> part.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering was interrupted", e);
        }
        guarded.close();
        Throwable first = null;
        Set<Integer> endedRuns = new HashSet<>();
        for (int i = 0; i < running.size(); i++) {
            Throwable failure = stuck.containsKey(i) ? stuck.get(i) : failureOf(running.get(i));
            if (failure == null || !endedRuns.add(parts.get(i).run())) {
                continue;
            }
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
                            guarded.stopAll();
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
     * The target, until a part fails: from then on, a part that hands it a file is stopped, unless it comes before the
     * failed part in the same run, which would have rendered it first. Once closed, no file reaches it any more, and
     * closing waits for the files being handed over.
     */
    private static final class UntilFailure {
        private static final int NONE = -1;
        private static final int SEVERAL = -2;

        private final RenderTarget target;
        /** Told the path of every file handed over, written or kept. */
        private final Consumer<String> handed;
        /** The run of each part. */
        private final int[] runs;
        /** For each run, its first part that failed; {@link Integer#MAX_VALUE} while none has. */
        private final AtomicIntegerArray firstFailed;
        /** The run whose parts failed, {@link #NONE} while none has, {@link #SEVERAL} once parts of two runs have. */
        private final AtomicInteger failedRun = new AtomicInteger(NONE);
        private volatile boolean stopped;
        private final ReadWriteLock handing = new ReentrantReadWriteLock();

        UntilFailure(RenderTarget target, Consumer<String> handed, int[] runs) {
            this.target = target;
            this.handed = handed;
            this.runs = runs;
            int[] none = new int[runs.length == 0 ? 0 : Arrays.stream(runs).max().getAsInt() + 1];
            Arrays.fill(none, Integer.MAX_VALUE);
            this.firstFailed = new AtomicIntegerArray(none);
        }

        /** The target as part {@code part} hands files to it. */
        RenderTarget forPart(int part) {
            return new RenderTarget() {
                @Override
                public boolean holds(String path, long fingerprint) {
                    return target.holds(path, fingerprint);
                }

                @Override
                public void keep(String path, long fingerprint) {
                    handOver(part, () -> {
                        target.keep(path, fingerprint);
                        handed.accept(path);
                    });
                }

                @Override
                public void write(RenderedPage page, long fingerprint) {
                    handOver(part, () -> {
                        target.write(page, fingerprint);
                        handed.accept(page.path());
                    });
                }
            };
        }

        void failed(int part) {
            int run = runs[part];
            firstFailed.accumulateAndGet(run, part, Math::min);
            failedRun.updateAndGet(failed -> failed == NONE || failed == run ? run : SEVERAL);
        }

        /** Every part stops at its next file. */
        void stopAll() {
            stopped = true;
        }

        private void handOver(int part, Runnable file) {
            handing.readLock().lock();
            try {
                if (mustStop(part)) {
                    throw new Stopped();
                }
                file.run();
            } finally {
                handing.readLock().unlock();
            }
        }

        private boolean mustStop(int part) {
            if (stopped) {
                return true;
            }
            int run = failedRun.get();
            return run != NONE && (run != runs[part] || firstFailed.get(run) < part);
        }

        void close() {
            handing.writeLock().lock();
            try {
                stopped = true;
            } finally {
                handing.writeLock().unlock();
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
