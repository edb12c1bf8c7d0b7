package org.newsdigest.cache;

import java.util.Optional;
import org.newsdigest.model.StoryPairs;
import org.newsdigest.threads.BuildThreads;

/**
 * A build cache held in memory, for a process that builds the same site again and again ({@code serve}): nothing
 * is read from or written to disk between its builds. Used by one build at a time.
 */
public final class MemoryCache implements BuildCache {

    private ParsedFiles parsedFiles = ParsedFiles.empty();
    private long parsedStamp;
    private Optional<OutputManifest> manifest = Optional.empty();
    private long manifestStamp;
    private Optional<Stamped<StoryPairs>> storyPairs = Optional.empty();

    private record Stamped<T>(T value, long stamp) {
    }

    @Override
    public ParsedFiles parsedFiles(long stamp, BuildThreads threads) {
        return stamp == parsedStamp ? parsedFiles : ParsedFiles.empty();
    }

    @Override
    public void keepParsedFiles(ParsedFiles files, ParsedFiles previous, long stamp) {
        parsedFiles = files;
        parsedStamp = stamp;
    }

    @Override
    public Optional<OutputManifest> manifest(long stamp) {
        return stamp == manifestStamp ? manifest : Optional.empty();
    }

    @Override
    public void keepManifest(OutputManifest kept, long stamp) {
        manifest = Optional.of(kept);
        manifestStamp = stamp;
    }

    @Override
    public void forgetManifest() {
        manifest = Optional.empty();
    }

    @Override
    public Optional<StoryPairs> storyPairs(long stamp) {
        return storyPairs.filter(kept -> kept.stamp() == stamp).map(Stamped::value);
    }

    @Override
    public void keepStoryPairs(StoryPairs pairs, long stamp) {
        storyPairs = Optional.of(new Stamped<>(pairs, stamp));
    }
}
