package org.newsdigest.build;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.newsdigest.cache.BuildCache;
import org.newsdigest.cache.CacheFolder;
import org.newsdigest.cache.MemoryCache;
import org.newsdigest.cache.OutputManifest;
import org.newsdigest.cache.ReusableParses;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.model.StoryMemory;
import org.newsdigest.model.StoryPairs;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.SpareSurvey;
import org.newsdigest.write.StagingArea;

/**
 * Everything one build of a site keeps for the next, and the one thing the steps ask about it: the parse results by
 * file ({@link ReusableParses}), the manifest of the published site with each file's page fingerprint
 * ({@link OutputManifest}, which decides which pages render again), and the folders beside the output
 * ({@link OutputSiblings}). {@code build} and the Maven plugin keep it on disk in {@code .output.cache}; {@code serve}
 * in memory. A full build ({@code --clean}) is the same build from an {@link #startingEmpty() empty} state: it reads
 * nothing kept, and keeps what it makes for the next build as any build does.
 */
public final class IncrementalState {

    private final OutputSiblings siblings;
    private final BuildCache cache;
    private final boolean startsEmpty;

    private IncrementalState(OutputSiblings siblings, BuildCache cache, boolean startsEmpty) {
        this.siblings = siblings;
        this.cache = cache;
        this.startsEmpty = startsEmpty;
    }

    /** What the builds of the site published to {@code output} keep in the cache folder beside it. */
    public static IncrementalState onDisk(Path output) {
        return kept(output, CacheFolder.beside(output));
    }

    /** For a process that builds the site again and again ({@code serve}): kept in memory, between its builds only. */
    public static IncrementalState inMemory(Path output) {
        return kept(output, new MemoryCache());
    }

    /** What {@code cache} keeps, for the site published to {@code output}; for tests that fake a cache. */
    static IncrementalState kept(Path output, BuildCache cache) {
        return new IncrementalState(OutputSiblings.of(output), cache, false);
    }

    /**
     * This state for one full build: nothing kept is read (every file is parsed, every page rendered), and what the
     * build makes is kept for the next all the same.
     */
    public IncrementalState startingEmpty() {
        return new IncrementalState(siblings, cache, true);
    }

    /** {@code startingEmpty()} when {@code clean}, else this: what {@code build --clean} and the plugin's clean ask. */
    public IncrementalState startingEmptyIf(boolean clean) {
        return clean ? startingEmpty() : this;
    }

    public OutputSiblings siblings() {
        return siblings;
    }

    /**
     * Starts reading the spare's files for an incremental publish, unless this state starts empty (a full build has no
     * use for the spare). Call it once the lock is held and the folders beside the output are tidied.
     */
    SpareSurvey surveySpare() {
        return startsEmpty ? SpareSurvey.none() : SpareSurvey.start(siblings.spare());
    }

    /**
     * The parse results kept under {@code stamp}, to reuse, and to collect this build's in for the next; read on
     * {@code threads} from now on.
     */
    ReusableParses.Pending reusableParses(long stamp, BuildThreads threads) {
        return cache.reusableParses(stamp, startsEmpty, threads);
    }

    /**
     * Starts reading the manifest of the published site on {@code threads}, for {@link #stage} to take, unless this
     * state starts empty.
     */
    void readManifestAhead(BuildThreads threads) {
        if (!startsEmpty) {
            cache.readManifestAhead(threads);
        }
    }

    /**
     * A new staging folder to render into, starting from the last published site when the state holds its manifest
     * (an incremental build), else from nothing. A full build has no use for the spare old site, which goes at once.
     */
    SiteOutput stage(long outputStamp, StagingArea.Checkpoints checkpoints, BuildProgress progress) {
        return stage(outputStamp, checkpoints, progress, SpareSurvey.none());
    }

    /** @param spareSurvey a walk of the spare started at the beginning of the build ({@link #surveySpare()}) */
    SiteOutput stage(long outputStamp, StagingArea.Checkpoints checkpoints, BuildProgress progress,
            SpareSurvey spareSurvey) {
        StagingArea staging = StagingArea.create(siblings.output(), checkpoints, spareSurvey);
        Optional<OutputManifest> previous = startsEmpty ? Optional.empty() : cache.manifest(outputStamp)
                .filter(manifest -> Files.isDirectory(siblings.output(), LinkOption.NOFOLLOW_LINKS));
        SiteOutput output = previous.map(manifest -> new SiteOutput(manifest, siblings.output(), staging, progress))
                .orElseGet(() -> SiteOutput.full(staging, progress));
        if (!output.isIncremental()) {
            staging.dropSpare();
        }
        return output;
    }

    /**
     * Called before the output folder changes: a build killed while publishing so leaves no manifest that describes
     * files no longer there, and the next build is a full one.
     */
    void forgetManifest() {
        cache.forgetManifest();
    }

    void keepManifest(OutputManifest manifest, long outputStamp) {
        cache.keepManifest(manifest, outputStamp);
    }

    /** {@link #keepManifest}, started on {@code threads} before the site is published and ended by the step returned. */
    Runnable keepManifestSoon(OutputManifest manifest, long outputStamp, BuildThreads threads) {
        return cache.keepManifestSoon(manifest, outputStamp, threads);
    }

    /**
     * Where the story grouping finds the pairs the last one found (none when this state starts empty) and keeps its
     * own, under {@code codeStamp}: the pairs depend on the articles and the code only.
     */
    StoryMemory storyMemory(long codeStamp) {
        return new KeptStories(cache, codeStamp, startsEmpty);
    }

    private record KeptStories(BuildCache cache, long stamp, boolean startsEmpty) implements StoryMemory {
        @Override
        public Optional<StoryPairs> recall() {
            return startsEmpty ? Optional.empty() : cache.storyPairs(stamp);
        }

        @Override
        public void keep(StoryPairs pairs) {
            cache.keepStoryPairs(pairs, stamp);
        }
    }
}
