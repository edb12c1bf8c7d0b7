package org.newsdigest.build;

import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.cache.BuildCache;
import org.newsdigest.cache.CacheFolder;
import org.newsdigest.cache.FileStamp;
import org.newsdigest.cache.ParsedFiles;
import org.newsdigest.check.LinkChecker;
import org.newsdigest.check.LinkReport;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.load.ContentScanner;
import org.newsdigest.load.SiteFolderWalker;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.DigestBuilder;
import org.newsdigest.model.Withheld;
import org.newsdigest.parse.ArticleParser;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.parse.ParsedFile;
import org.newsdigest.render.SiteRenderer;
import org.newsdigest.render.SitemapLimits;
import org.newsdigest.render.TemplateFailure;
import org.newsdigest.render.ThemeTemplates;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.StagingArea;

/** Builds one site from its config. Reading {@link #build()} tells how a site is made. */
public final class SiteBuilder {

    private final SiteConfig config;
    private final Path displayBase;
    private final Clock clock;
    private final BuildProgress progress;
    private final boolean clean;
    private final BuildCache cache;
    private final Path lockFile;
    private final StagingArea.Checkpoints checkpoints;
    private final SitemapLimits sitemapLimits;

    /**
     * @param displayBase the folder that file paths in problems are shown relative to (usually the working folder)
     * @param clock       decides which articles are still in the future; nothing in the output depends on it
     */
    public SiteBuilder(SiteConfig config, Path displayBase, Clock clock) {
        this(config, displayBase, clock, BuildProgress.SILENT, false);
    }

    /**
     * @param clean ignore the cache of earlier builds: parse every file and render every page; the cache is the
     *              folder beside the output
     */
    public SiteBuilder(SiteConfig config, Path displayBase, Clock clock, BuildProgress progress, boolean clean) {
        this(config, displayBase, clock, progress, clean, CacheFolder.beside(config.outputDir()));
    }

    /** @param cache what earlier builds of this site kept, and where this one keeps it for the next */
    public SiteBuilder(SiteConfig config, Path displayBase, Clock clock, BuildProgress progress, boolean clean,
            BuildCache cache) {
        this(config, displayBase, clock, progress, clean, cache, SiteLock.beside(config.outputDir()), StagingArea.Checkpoints.NONE,
                SitemapLimits.PROTOCOL);
    }

    private SiteBuilder(SiteConfig config, Path displayBase, Clock clock, BuildProgress progress, boolean clean,
            BuildCache cache, Path lockFile, StagingArea.Checkpoints checkpoints, SitemapLimits sitemapLimits) {
        this.config = config;
        this.displayBase = displayBase;
        this.clock = clock;
        this.progress = progress;
        this.clean = clean;
        this.cache = cache;
        this.lockFile = lockFile;
        this.checkpoints = checkpoints;
        this.sitemapLimits = sitemapLimits;
    }

    /**
     * This builder, holding another site's lock while it builds: {@code serve} builds into a preview folder of its
     * own, and takes the lock of the site's real output ({@link SiteLock#beside}) so that it never rebuilds while
     * {@code build} runs.
     */
    public SiteBuilder lockedBy(Path otherLockFile) {
        return new SiteBuilder(config, displayBase, clock, progress, clean, cache, otherLockFile, checkpoints, sitemapLimits);
    }

    /** This builder, telling {@code observer} of each moment of writing and publishing; for fault-injection tests. */
    SiteBuilder observedBy(StagingArea.Checkpoints observer) {
        return new SiteBuilder(config, displayBase, clock, progress, clean, cache, lockFile, observer, sitemapLimits);
    }

    /** This builder, with sitemap files smaller than the protocol allows; for tests of a site that needs several. */
    SiteBuilder withSitemapLimits(SitemapLimits limits) {
        return new SiteBuilder(config, displayBase, clock, progress, clean, cache, lockFile, checkpoints, limits);
    }

    /**
     * Builds the site. Unless {@code clean} was asked for, the cache beside the output lets this build parse only
     * the files whose bytes changed and render only the pages whose data changed since the last published build;
     * the result is the same, byte for byte, as a full build's. The site's lock is held throughout. Every step that works
     * in parallel works on the same {@link BuildThreads}, as many as the config's {@code threads}, ended with the build.
     *
     * @throws EnvironmentFailure when the machine stops the build (a full disk, a read-only folder, another build of
     *                            this site, an output folder news-digest did not write, an interrupt); the output is
     *                            then as it was
     */
    public BuildResult build() {
        // refused before the lock file is made, so a folder named by mistake gets nothing beside it
        OutputOwnership.check(config.outputDir());
        try (SiteLock lock = SiteLock.take(lockFile); BuildThreads threads = new BuildThreads(config.threads())) {
            return buildLocked(threads);
        } catch (RuntimeException e) {
            // an interrupt also shows as a closed channel or a stopped render, far from here
            if (Thread.currentThread().isInterrupted() || e.getCause() instanceof ClosedByInterruptException) {
                throw afterInterrupt(interrupted(e));
            }
            throw e;
        }
    }

    private BuildResult buildLocked(BuildThreads threads) {
        PhaseTimes times = new PhaseTimes();
        Path outputDir = config.outputDir();
        // about the folders beside the output, not the site: reported, but not failing a strict build
        List<Problem> housekeeping = new ArrayList<>();
        StagingArea.restoreAfterInterruptedPublish(outputDir).ifPresent(left -> housekeeping.add(warning(left)));
        // again: another build may have published meanwhile, or a killed one left the output set aside
        OutputOwnership.check(outputDir);
        Problems problems = new Problems();
        ThemeTemplates templates;
        try {
            templates = ThemeTemplates.load(config);
        } catch (TemplateFailure e) {
            problems.addAll(e.problems());
            return new BuildResult(false, new BuildSummary(0, 0, 0, 0, 0, 0, 0, 0, 0), problems.list(), List.of(), times.phases(),
                    true);
        }
        problems.addAll(templates.warnings());
        times.lap("templates");
        BuildStamps stamps = BuildStamps.of(config, templates);
        SiteFolderWalker.Walked scan = new ContentScanner().scan(config.contentDir(), problems);
        Parsed parsed = parse(scan.files(), clean ? ParsedFiles.empty() : cache.parsedFiles(stamps.parse(), threads), stamps.parse(),
                problems, threads).withRefused(scan.refused());
        stopIfInterrupted();
        times.lap("parse");
        Problems addresses = new Problems();
        Digest digest = new DigestBuilder(displayBase, threads)
                .build(parsed.published(), parsed.withheld(), addresses);
        problems.addAll(addresses.list());
        parsed = parsed.keeping(digest.articles());
        stopIfInterrupted();
        times.lap("model");
        if (addresses.hasErrors()) {
            // two articles at one address: whichever the site showed would move the other's page, so nothing is published
            return new BuildResult(false, parsed.summary(0, 0, null), problems.list(), List.of(), times.phases());
        }

        StagingArea staging = StagingArea.create(outputDir, checkpoints);
        boolean published = false;
        try {
            SiteOutput output = siteOutput(staging, stamps);
            if (!output.isIncremental()) {
                staging.dropSpare();
            }
            stopIfInterrupted();
            try {
                new SiteRenderer(config, templates, displayBase, sitemapLimits, threads).render(digest, output, problems);
            } catch (TemplateFailure e) {
                problems.addAll(e.problems());
                return new BuildResult(false, parsed.summary(0, 0, null), problems.list(), List.of(), times.phases(), true);
            } catch (RuntimeException e) {
                stopIfInterrupted();
                throw e;
            }
            stopIfInterrupted();
            times.lap("render");
            if (output.isIncremental()) {
                // about what readers lose, not what is wrong with the site: it does not fail a strict build
                LostArticlePages.warning(output.deleted(), config.outputDir()).ifPresent(housekeeping::add);
            }
            LinkReport links = new LinkChecker(config.baseUrl(), threads).check(output.toCheck());
            stopIfInterrupted();
            times.lap("check");
            if (!links.passed() || (config.strict() && problems.size() > 0)) {
                return new BuildResult(false, parsed.summary(output.filesWritten(), output.pagesWritten(), links), problems.list(),
                        links.broken(), times.phases());
            }
            published = true;
            housekeeping.addAll(publish(staging, output, links, stamps, times));
            problems.addAll(housekeeping);
            return new BuildResult(true, parsed.summary(output.filesWritten(), output.pagesWritten(), links), problems.list(),
                    List.of(), times.phases());
        } finally {
            if (!published) {
                staging.discard();
            }
        }
    }

    /** A thread interrupt (Ctrl-C in {@code build}, a cancelled rebuild in {@code serve}) ends the build between steps. */
    private void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(null);
        }
    }

    private EnvironmentFailure interrupted(RuntimeException cause) {
        if (cause instanceof EnvironmentFailure failure && failure.kind() == EnvironmentFailure.Kind.INTERRUPTED) {
            return failure;
        }
        return new EnvironmentFailure(EnvironmentFailure.Kind.INTERRUPTED, config.outputDir(),
                "interrupted; output %s is as the last finished build left it", cause);
    }

    /**
     * The interrupt as the user reads it once the build has stopped: removing an old site from the trash would delay
     * the exit by as long as its files take, so it may still be there, and the line says so.
     */
    private EnvironmentFailure afterInterrupt(EnvironmentFailure failure) {
        Path trash = StagingArea.trashOf(config.outputDir());
        if (!Files.exists(trash, LinkOption.NOFOLLOW_LINKS)) {
            return failure;
        }
        return new EnvironmentFailure(EnvironmentFailure.Kind.INTERRUPTED, config.outputDir(),
                "interrupted; output %s is as the last finished build left it; the next build removes the old site left in "
                        + Quote.of(trash.getFileName().toString()), failure.getCause());
    }

    private Problem warning(EnvironmentFailure failure) {
        return Problem.warning(SourcePosition.unplaced(config.outputDir()), failure.format(displayBase));
    }

    /**
     * The new site, starting from the last published one when the cache holds its manifest (an incremental build),
     * else from nothing.
     */
    private SiteOutput siteOutput(StagingArea staging, BuildStamps stamps) {
        if (clean) {
            return SiteOutput.full(staging, progress);
        }
        return cache.manifest(stamps.output())
                .filter(manifest -> Files.isDirectory(config.outputDir(), LinkOption.NOFOLLOW_LINKS))
                .map(manifest -> new SiteOutput(manifest, config.outputDir(), staging, progress))
                .orElseGet(() -> SiteOutput.full(staging, progress));
    }

    /**
     * Replaces the output by the new site: the staging folder or the spare brought up to date. The manifest of the old
     * output is forgotten first and the new one kept after; failing to keep it only makes the next build a full one.
     *
     * @return warnings about what publishing could not tidy up or keep for the next build
     */
    private List<Problem> publish(StagingArea staging, SiteOutput output, LinkReport links, BuildStamps stamps,
            PhaseTimes times) {
        if (output.isUnchanged()) {
            // nothing to move in or remove, and the manifest on record describes this site already
            staging.discard();
            times.lap("publish");
            times.lap("cache");
            return List.of();
        }
        stopIfInterrupted();
        cache.forgetManifest();
        List<Problem> warnings = new ArrayList<>();
        staging.publish(output.kept()).map(this::warning).ifPresent(warnings::add);
        times.lap("publish");
        try {
            cache.keepManifest(output.manifest(links), stamps.output());
        } catch (EnvironmentFailure e) {
            warnings.add(Problem.warning(SourcePosition.unplaced(config.outputDir()),
                    "published, but " + e.format(displayBase) + ", so the next build is a full one"));
        }
        times.lap("cache");
        return warnings;
    }

    /**
     * Reads and parses every file, on the build's threads, except those whose bytes hash as in the cache; results and problems
     * are merged back in file order. The results are kept for the next build at once, whatever becomes of this one:
     * they depend only on the files' bytes, and a large site need not hold its unpublished articles in memory.
     */
    private Parsed parse(List<Path> files, ParsedFiles cached, long stamp, Problems problems, BuildThreads threads) {
        SourceFileReader reader = new SourceFileReader(config.maxArticleBytes());
        ArticleParser parser = new ArticleParser(config.timeZone(), (int) Math.min(Integer.MAX_VALUE, config.maxArticleBytes()),
                config.limits(), new MarkdownRenderer(), config.baseUrl());
        ParsedFiles next = ParsedFiles.empty();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        List<ParsedFile> outcomes = threads.map(files, file -> {
            ParsedFile parsed = parseOne(file, reader, parser, cached, next, reused);
            progress.parsed(done.incrementAndGet(), files.size());
            return parsed;
        });

        Instant now = clock.instant();
        List<Article> published = new ArrayList<>();
        Withheld withheld = new Withheld();
        int unpublished = 0;
        int invalid = 0;
        for (ParsedFile outcome : outcomes) {
            problems.addAll(outcome.problems());
            if (outcome.isInvalid()) {
                invalid++;
                outcome.identity().ifPresent(withheld::add);
            } else if (outcome.article().get().published() && isDue(outcome.article().get(), now, problems)) {
                published.add(outcome.article().get());
            } else {
                withheld.add(outcome.article().get().identity());
                unpublished++;
            }
        }
        if (reused.get() != next.size() || next.size() != cached.size()) {
            cache.keepParsedFiles(next, cached, stamp);
        }
        return new Parsed(files.size(), published, unpublished, withheld, invalid);
    }

    /**
     * One file's article and problems: from the cache when the file's size and modification time, or else its
     * bytes, are as they were; parsed otherwise. What it gives is put in {@code next}, for the next build.
     */
    private static ParsedFile parseOne(Path file, SourceFileReader reader, ArticleParser parser, ParsedFiles cached,
            ParsedFiles next, AtomicInteger reused) {
        Optional<FileStamp> stamp = FileStamp.of(file);
        Optional<ParsedFile> unchanged = stamp.flatMap(s -> cached.lookup(file, s));
        if (unchanged.isPresent()) {
            next.copy(file, cached);
            reused.incrementAndGet();
            return unchanged.get();
        }
        Problems own = new Problems();
        Optional<byte[]> bytes = reader.readBytes(file, own);
        if (bytes.isEmpty()) {
            return new ParsedFile(Optional.empty(), own.list());
        }
        byte[] hash = ParsedFiles.hashOf(bytes.get());
        Optional<ParsedFile> known = cached.lookup(file, hash);
        known.ifPresent(hit -> reused.incrementAndGet());
        ParsedFile parsed = known.orElseGet(() -> reader.decode(file, bytes.get(), own)
                .map(text -> parser.parseFile(text, own)).orElseGet(() -> new ParsedFile(Optional.empty(), own.list())));
        stamp.ifPresent(s -> next.put(file, hash, s, parsed));
        return parsed;
    }

    /** An article dated after the build waits for a later build, unless the config says to publish it now. */
    private boolean isDue(Article article, Instant now, Problems problems) {
        if (!article.publishedAt().isAfter(now) || config.publishFuture()) {
            return true;
        }
        problems.warning(SourcePosition.ofFile(article.source()), "dated " + article.publishedAt()
                + ", in the future: it is not published now and will appear in the first build after that time. "
                + "Set 'publishFuture: true' in the config to publish future articles at once");
        return false;
    }

    /** What parsing produced: the published articles and the count of every kind of file. */
    private record Parsed(int filesRead, List<Article> published, int unpublished, Withheld withheld, int invalid) {
        /** An article file the content scan refused (a link out of the folder, say) was read as far as it goes: invalid. */
        Parsed withRefused(int refused) {
            return new Parsed(filesRead + refused, published, unpublished, withheld, invalid + refused);
        }

        /** A second copy of a story (same webUrl) that the digest left out counts as unpublished: published == pages. */
        Parsed keeping(List<Article> pages) {
            return new Parsed(filesRead, pages, unpublished + published.size() - pages.size(), withheld, invalid);
        }

        BuildSummary summary(int filesWritten, int pagesWritten, LinkReport links) {
            return new BuildSummary(filesRead, published.size(), unpublished, invalid, filesWritten, pagesWritten,
                    links == null ? 0 : links.pagesChecked(), links == null ? 0 : links.internalLinks(),
                    links == null ? 0 : links.externalLinks());
        }
    }
}
