package org.newsdigest.cache;

import java.util.Optional;
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
     * @param previous what {@link #parsedFiles} gave this build, which {@code files} carried unchanged entries over
     *                 from: a cache on disk writes only what differs
     */
    void keepParsedFiles(ParsedFiles files, ParsedFiles previous, long stamp);

    default void keepParsedFiles(ParsedFiles files, long stamp) {
        keepParsedFiles(files, ParsedFiles.empty(), stamp);
    }

    /**
     * The parse results kept for {@code stamp}, to reuse and to collect this build's in; none at all when
     * {@code startEmpty}, but this build's are still kept for the next.
     */
    default ReusableParses reusableParses(long stamp, boolean startEmpty, BuildThreads threads) {
        return new ReusableParses(this, startEmpty ? ParsedFiles.empty() : parsedFiles(stamp, threads), stamp);
    }

    Optional<OutputManifest> manifest(long stamp);

    void keepManifest(OutputManifest manifest, long stamp);

    /** Called before the output folder changes: from then until {@link #keepManifest} no manifest is there. */
    void forgetManifest();
}
