package org.newsdigest.build;

import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdigest.build.BuildResult.Ending;
import org.newsdigest.build.CheckPhase.Checked;
import org.newsdigest.build.LoadPhase.Loaded;
import org.newsdigest.build.ModelPhase.Modelled;
import org.newsdigest.build.ParsePhase.ParsedContent;
import org.newsdigest.build.PublishPhase.Published;
import org.newsdigest.build.RenderPhase.Rendered;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.render.SitemapLimits;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.SpareSurvey;
import org.newsdigest.write.StagingArea;

/** Builds one site from its config. Reading {@link #build()} tells how a site is made. */
public final class SiteBuilder {

    private final SiteConfig config;
    private final Path displayBase;
    private final Clock clock;
    private final BuildProgress progress;
    private final IncrementalState state;
    private final Path lockFile;
    private final StagingArea.Checkpoints checkpoints;
    private final SitemapLimits sitemapLimits;

    /**
     * A builder that keeps what it learns on disk beside the output, for the next build, and says nothing while it works.
     *
     * @param displayBase the folder that file paths in problems are shown relative to (usually the working folder)
     * @param clock       decides which articles are still in the future; nothing in the output depends on it
     */
    public SiteBuilder(SiteConfig config, Path displayBase, Clock clock) {
        this(config, displayBase, clock, BuildProgress.SILENT, IncrementalState.onDisk(config.outputDir()));
    }

    /**
     * @param state what earlier builds of this site kept, and where this one keeps what the next needs; an empty one
     *              ({@link IncrementalState#startingEmpty()}) parses every file and renders every page
     */
    public SiteBuilder(SiteConfig config, Path displayBase, Clock clock, BuildProgress progress, IncrementalState state) {
        this(config, displayBase, clock, progress, state, state.siblings().lock(), StagingArea.Checkpoints.NONE,
                SitemapLimits.PROTOCOL);
    }

    private SiteBuilder(SiteConfig config, Path displayBase, Clock clock, BuildProgress progress, IncrementalState state,
            Path lockFile, StagingArea.Checkpoints checkpoints, SitemapLimits sitemapLimits) {
        if (!state.siblings().output().equals(config.outputDir())) {
            throw new IllegalArgumentException("the incremental state of " + state.siblings().output()
                    + " cannot build the site published to " + config.outputDir());
        }
        this.config = config;
        this.displayBase = displayBase;
        this.clock = clock;
        this.progress = progress;
        this.state = state;
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
        return new SiteBuilder(config, displayBase, clock, progress, state, otherLockFile, checkpoints, sitemapLimits);
    }

    /** This builder, telling {@code observer} of each moment of writing and publishing; for fault-injection tests. */
    SiteBuilder observedBy(StagingArea.Checkpoints observer) {
        return new SiteBuilder(config, displayBase, clock, progress, state, lockFile, observer, sitemapLimits);
    }

    /** This builder, with sitemap files smaller than the protocol allows; for tests of a site that needs several. */
    SiteBuilder withSitemapLimits(SitemapLimits limits) {
        return new SiteBuilder(config, displayBase, clock, progress, state, lockFile, checkpoints, limits);
    }

    /**
     * Builds the site. With what the incremental state kept, this build parses only the files whose bytes changed and
     * renders only the pages whose data changed since the last published build; the result is the same, byte for
     * byte, as a full build's. The site's lock is held throughout. Every step that works in parallel works on the same
     * {@link BuildThreads}, as many as the config's {@code threads}, ended with the build.
     *
     * @throws EnvironmentFailure when the machine stops the build (a full disk, a read-only folder, another build of
     *                            this site, an output folder news-digest did not write, an interrupt); the output is
     *                            then as it was
     */
    public BuildResult build() {
        // refused before the lock file is made, so a folder named by mistake gets nothing beside it
        OutputOwnership.check(state.siblings());
        try (SiteLock lock = SiteLock.take(lockFile); BuildThreads threads = new BuildThreads(config.threads())) {
            // about the folders beside the output, not the site: reported, but not failing a strict build
            List<Problem> housekeeping = tidyBesideOutput();
            try (SpareSurvey spare = state.surveySpare()) {
                return buildLocked(threads, housekeeping, spare);
            }
        } catch (RuntimeException e) {
            // an interrupt also shows as a closed channel or a stopped render, far from here
            if (Thread.currentThread().isInterrupted() || e.getCause() instanceof ClosedByInterruptException) {
                throw afterInterrupt(interrupted(e));
            }
            throw e;
        }
    }

    /** The steps in the order they run; each gives a typed result, and the build ends early where one says so. */
    private BuildResult buildLocked(BuildThreads threads, List<Problem> housekeeping, SpareSurvey spare) {
        PhaseTimes times = new PhaseTimes();
        PhaseRunner phases = new PhaseRunner(times, this::stopIfInterrupted);
        Problems problems = new Problems();

        Optional<Decided> decided = loadParseAndModel(phases, threads, problems);
        if (decided.isEmpty()) {
            return ended(Ending.TEMPLATES_NOT_LOADED, ContentCounts.NONE.unrendered(), problems, housekeeping, times);
        }
        Loaded site = decided.get().site();
        Modelled model = decided.get().model();
        if (model.addressesClash()) {
            return ended(Ending.NOT_PUBLISHED, model.counts().unrendered(), problems, housekeeping, times);
        }

        try (SiteOutput output = state.stage(site.stamps().output(), checkpoints, progress, spare)) {
            Optional<Rendered> rendered = phases.run(Phase.RENDER, () -> new RenderPhase(config, displayBase, sitemapLimits,
                    threads).render(site.templates(), model.digest(), output, problems));
            if (rendered.isEmpty()) {
                return ended(Ending.TEMPLATE_FAILED, model.counts().unrendered(), problems, housekeeping, times);
            }
            rendered.get().lostPages().ifPresent(housekeeping::add);
            Checked checked = phases.run(Phase.CHECK, () -> new CheckPhase(config, threads).check(output, problems));
            BuildSummary summary = model.counts().summary(rendered.get().filesWritten(), rendered.get().pagesWritten(),
                    Optional.of(checked.links()));
            if (!checked.publishable()) {
                problems.addAll(housekeeping);
                return new BuildResult(Ending.NOT_PUBLISHED, summary, problems.list(), checked.links().broken(), times.times());
            }
            PublishPhase publishing = new PublishPhase(state, displayBase);
            PublishPhase.Remembering remembering = phases.run(Phase.REMEMBER,
                    () -> publishing.startRemembering(output, checked.links(), site.stamps(), threads));
            Published published = phases.run(Phase.PUBLISH, () -> publishing.publish(output));
            published.warning().ifPresent(housekeeping::add);
            phases.run(Phase.REMEMBER, () -> publishing.remember(published, remembering)).ifPresent(housekeeping::add);
            return ended(Ending.PUBLISHED, summary, problems, housekeeping, times);
        }
    }

    /** The templates and the digest: what the steps after the model take. */
    private record Decided(Loaded site, Modelled model) {
    }

    /**
     * The steps up to the model, empty when the templates cannot be loaded. A method of its own so that what only they
     * use (the walk's file stamps, the content as parsed, what identifies the unpublished files) is no longer held once
     * it returns: a method run once stays interpreted, and an interpreted frame holds every local until it ends, which
     * at 100,000 articles under a 1 GiB heap cost the render full collections.
     */
    private Optional<Decided> loadParseAndModel(PhaseRunner phases, BuildThreads threads, Problems problems) {
        LoadPhase loading = new LoadPhase(config, state, threads);
        LoadPhase.Loading found = phases.run(Phase.LOAD, loading::start);
        // the templates load on a build thread meanwhile; the content's problems are told after theirs
        ParsedContent parsed = phases.run(Phase.PARSE,
                () -> new ParsePhase(config, progress, threads).parse(found, found.contentProblems()));
        Optional<Loaded> loaded = phases.run(Phase.LOAD, () -> loading.finish(found, problems));
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Modelled model = phases.run(Phase.MODEL, () -> new ModelPhase(config, displayBase, clock, threads,
                state.storyMemory(found.code())).model(parsed, problems));
        return Optional.of(new Decided(loaded.get(), model));
    }

    /** @param housekeeping what the build found beside the output: said at every ending, after the site's problems */
    private static BuildResult ended(Ending ending, BuildSummary summary, Problems problems, List<Problem> housekeeping,
            PhaseTimes times) {
        problems.addAll(housekeeping);
        return new BuildResult(ending, summary, problems.list(), List.of(), times.times());
    }

    /**
     * Puts the last good site back if a build was killed while publishing, removes what such a build left, and checks
     * again that the output is news-digest's: another build may have published meanwhile.
     *
     * @return the warning about a file left from an old site that still cannot be removed, if there is one
     */
    private List<Problem> tidyBesideOutput() {
        List<Problem> left = new ArrayList<>();
        StagingArea.restoreAfterInterruptedPublish(config.outputDir()).ifPresent(failure -> left.add(
                Problem.warning(SourcePosition.unplaced(config.outputDir()), failure.format(displayBase))));
        OutputOwnership.check(state.siblings());
        return left;
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
        Path trash = state.siblings().trash();
        if (!Files.exists(trash, LinkOption.NOFOLLOW_LINKS)) {
            return failure;
        }
        return new EnvironmentFailure(EnvironmentFailure.Kind.INTERRUPTED, config.outputDir(),
                "interrupted; output %s is as the last finished build left it; the next build removes the old site left in "
                        + Quote.of(trash.getFileName().toString()), failure.getCause());
    }
}
