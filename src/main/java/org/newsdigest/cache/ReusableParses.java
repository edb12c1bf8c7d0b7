package org.newsdigest.cache;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.parse.ParsedFile;

/**
 * The parse results one build starts from, reused for every file that is as it was, and the results this build
 * collects for the next. A file is as it was when its size and modification time are, or else its bytes hash as
 * they did; anything else is parsed. Used by the parse step on many threads at once.
 */
public final class ReusableParses {

    /** How the parse step reads and parses a file that must be parsed. */
    public interface FileParser {
        /** The file's bytes; empty, with the reason in {@code problems}, when it cannot be read. */
        Optional<byte[]> read(Path file, Problems problems);

        /** What the bytes hold, with {@code problems} (which already holds any from reading) as its problems. */
        ParsedFile parse(Path file, byte[] bytes, Problems problems);
    }

    private final BuildCache cache;
    private final ParsedFiles previous;
    private final long stamp;
    private final ParsedFiles next;
    private final AtomicInteger reused = new AtomicInteger();

    /**
     * @param previous what {@code cache} holds for {@code stamp}, or nothing for a build that starts from an empty
     *                 state
     */
    ReusableParses(BuildCache cache, ParsedFiles previous, long stamp) {
        this.cache = cache;
        this.previous = previous;
        this.stamp = stamp;
        this.next = ParsedFiles.forNextBuild(previous.size());
    }

    /** Parse results still being read from the cache on the build's threads, while the content folder is walked. */
    public static final class Pending {
        private final BuildCache cache;
        private final long stamp;
        /** Let go once given: the build holds this until it ends, and the results read need not live that long. */
        private Supplier<ParsedFiles> previous;

        Pending(BuildCache cache, Supplier<ParsedFiles> previous, long stamp) {
            this.cache = cache;
            this.previous = previous;
            this.stamp = stamp;
        }

        /** Waits until they are read; once only. */
        public synchronized ReusableParses await() {
            if (previous == null) {
                throw new IllegalStateException("the kept parse results were taken already");
            }
            Supplier<ParsedFiles> read = previous;
            previous = null;
            return new ReusableParses(cache, read.get(), stamp);
        }
    }

    /**
     * One file's outcome: the last build's when the file is as it was, else parsed by {@code parser}.
     *
     * @param fileStamp the file's size and modification time, read before its bytes are (by the walk that found it)
     */
    public FileOutcome parse(Path file, FileStamp fileStamp, FileParser parser) {
        Optional<ParsedFiles.Entry> unchanged = previous.entry(file, fileStamp);
        if (unchanged.isPresent()) {
            next.copy(file, previous);
            reused.incrementAndGet();
            return unchanged.get().outcome();
        }
        Problems own = new Problems();
        Optional<byte[]> bytes = parser.read(file, own);
        if (bytes.isEmpty()) {
            return FileOutcome.of(new ParsedFile(Optional.empty(), own.list()));
        }
        byte[] hash = ParsedFiles.hashOf(bytes.get());
        Optional<ParsedFiles.Entry> known = previous.entry(file, hash);
        known.ifPresent(hit -> reused.incrementAndGet());
        ParsedFiles.Entry entry = known.map(hit -> new ParsedFiles.Entry(hash, fileStamp, hit.outcome(), hit.parsedLater()))
                .orElseGet(() -> new ParsedFiles.Entry(hash, fileStamp, parser.parse(file, bytes.get(), own)));
        next.put(file, entry);
        return entry.outcome();
    }

    /** How many files were not parsed because they were as they were. */
    public int reused() {
        return reused.get();
    }

    /**
     * Keeps this build's results for the next, unless they are the very ones kept already. Called as soon as every
     * file is parsed, whatever becomes of the build: the results depend only on the files' bytes.
     */
    public void keepForNextBuild() {
        if (reused.get() != next.size() || next.size() != previous.size()) {
            cache.keepParsedFiles(next, previous, stamp);
        }
    }
}
