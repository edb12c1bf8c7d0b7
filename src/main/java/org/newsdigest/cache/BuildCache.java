package org.newsdigest.cache;

import java.util.Optional;
import java.util.function.Supplier;
import org.newsdigest.model.StoryPairs;
import org.newsdigest.threads.BuildThreads;

/**
 * Where a build finds what the last build kept, and leaves what the next one needs: on disk beside the output
 * ({@link CacheFolder}) or in memory for a process that builds again and again ({@link MemoryCache}). A value
 * stamped otherwise than asked for is not there.
 */
public interface BuildCache {

    /** @param threads the build's threads, which a cache on disk decodes its entries on */
    ParsedFiles parsedFiles(long stamp, BuildThreads threads);

    /**
     * {@link #parsedFiles}, read on the build's threads from now on while the caller does something else (walks the
     * content folder); the supplier waits for them. A cache on disk starts its reading tasks at once.
     */
    default Supplier<ParsedFiles> parsedFilesSoon(long stamp, BuildThreads threads) {
        ParsedFiles files = parsedFiles(stamp, threads);
        return () -> files;
    }

    /**
     * @param previous what {@link #parsedFiles} gave this build, which {@code files} carried unchanged entries over
     *                 from: a cache on disk writes only what differs
     */
    void keepParsedFiles(ParsedFiles files, ParsedFiles previous, long stamp);

    default void keepParsedFiles(ParsedFiles files, long stamp) {
        keepParsedFiles(files, ParsedFiles.empty(), stamp);
    }

    /**
     * The parse results kept for {@code stamp}, to reuse and to collect this build's in, as soon as they are read;
     * none at all when {@code startEmpty}, but this build's are still kept for the next.
     */
    default ReusableParses.Pending reusableParses(long stamp, boolean startEmpty, BuildThreads threads) {
        return new ReusableParses.Pending(this, startEmpty ? ParsedFiles::empty : parsedFilesSoon(stamp, threads), stamp);
    }

    /**
     * Starts reading the manifest on {@code threads}, before the stamp {@link #manifest} will ask for is known; a cache
     * in memory has nothing to read.
     */
    default void readManifestAhead(BuildThreads threads) {
    }

    Optional<OutputManifest> manifest(long stamp);

    void keepManifest(OutputManifest manifest, long stamp);

    /**
     * {@link #keepManifest}, with what can be made of it before the output changes started on {@code threads} now;
     * the step returned keeps it, once the site is published.
     */
    default Runnable keepManifestSoon(OutputManifest manifest, long stamp, BuildThreads threads) {
        return () -> keepManifest(manifest, stamp);
    }

    /** Called before the output folder changes: from then until {@link #keepManifest} no manifest is there. */
    void forgetManifest();

    /** What the last story grouping found ({@link StoryPairs}), when it was kept for {@code stamp}. */
    default Optional<StoryPairs> storyPairs(long stamp) {
        return Optional.empty();
    }

    default void keepStoryPairs(StoryPairs pairs, long stamp) {
        // a cache that keeps none groups every build's stories from scratch
    }
}
