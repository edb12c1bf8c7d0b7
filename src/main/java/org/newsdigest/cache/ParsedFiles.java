package org.newsdigest.cache;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.newsdigest.parse.ParsedFile;

/** Parse results by file and content hash: a file whose bytes hash as they did last time is not parsed again. */
public final class ParsedFiles {

    /**
     * One file's result under the checksum and stamp of the bytes it was parsed from. Read from a base file, the
     * article of an unpublished or invalid file is decoded only when asked for ({@link #parsed}): the parse step uses
     * its {@link FileOutcome}, and only writing a new base needs the rest.
     */
    static final class Entry {
        private final byte[] hash;
        private final FileStamp stamp;
        private final FileOutcome outcome;
        private final Lazy<ParsedFile> parsed;

        Entry(byte[] hash, FileStamp stamp, FileOutcome outcome, Lazy<ParsedFile> parsed) {
            this.hash = hash;
            this.stamp = stamp;
            this.outcome = outcome;
            this.parsed = parsed;
        }

        Entry(byte[] hash, FileStamp stamp, ParsedFile parsed) {
            this(hash, stamp, FileOutcome.of(parsed), Lazy.of(parsed));
        }

        byte[] hash() {
            return hash;
        }

        FileStamp stamp() {
            return stamp;
        }

        FileOutcome outcome() {
            return outcome;
        }

        ParsedFile parsed() {
            return parsed.get();
        }

        /** The whole result, still undecoded if it is: for an entry of the same bytes under a new stamp. */
        Lazy<ParsedFile> parsedLater() {
            return parsed;
        }
    }

    /**
     * Where a cache read from disk came from: the stamp it was read with, the base file with its number and size, and
     * how many bytes of the delta file were applied on top ({@code -1}: a delta was there but broken, so the next save
     * writes everything).
     */
    record Stored(long stamp, long baseId, long baseBytes, long deltaBytes) {
    }

    private final Map<Path, Entry> entries;
    private final Optional<Stored> stored;
    /** The files given a result of their own ({@link #put}), when this is a build's results for the next build. */
    private final Optional<Set<Path>> putFiles;

    private ParsedFiles(Map<Path, Entry> entries, Optional<Stored> stored, Optional<Set<Path>> putFiles) {
        this.entries = entries;
        this.stored = stored;
        this.putFiles = putFiles;
    }

    public static ParsedFiles empty() {
        return sized(0);
    }

    /** An empty set of results with room for {@code expected} files: a map that grows by doubling copies itself often. */
    static ParsedFiles sized(int expected) {
        return new ParsedFiles(new ConcurrentHashMap<>(expected), Optional.empty(), Optional.empty());
    }

    /**
     * An empty set of results, with room for {@code expected} files, that also keeps which files were {@link #put}
     * rather than {@link #copy copied}: saving the changes of a build that reused nearly every result then looks at
     * those files alone.
     */
    static ParsedFiles forNextBuild(int expected) {
        return new ParsedFiles(new ConcurrentHashMap<>(expected), Optional.empty(), Optional.of(ConcurrentHashMap.newKeySet()));
    }

    /** These entries, as read from disk; this object is not to be used afterwards. */
    ParsedFiles storedAs(Stored where) {
        return new ParsedFiles(entries, Optional.of(where), putFiles);
    }

    /** The files {@link #put} since this was made, if it keeps them ({@link #forNextBuild}). */
    Optional<Set<Path>> putFiles() {
        return putFiles;
    }

    Optional<Stored> stored() {
        return stored;
    }

    /**
     * A 64-bit checksum of a file's bytes (CRC-32C and CRC-32 side by side) and their length. Not a cryptographic
     * hash, and it need not be: it tells whether a maintainer's file changed, and anyone who can change the file can
     * change what it says anyway. Both checksums run as single instructions of the processor; SHA-256 took a tenth
     * of the parse step under the client compiler, which has no intrinsic for it.
     */
    public static byte[] hashOf(byte[] content) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(content);
        CRC32 ieee = new CRC32();
        ieee.update(content);
        return ByteBuffer.allocate(16).putInt((int) castagnoli.getValue()).putInt((int) ieee.getValue())
                .putLong(content.length).array();
    }

    public Optional<ParsedFile> lookup(Path file, byte[] hash) {
        return entry(file, hash).map(Entry::parsed);
    }

    /** The cached result of a file whose size and modification time are as they were. */
    public Optional<ParsedFile> lookup(Path file, FileStamp stamp) {
        return entry(file, stamp).map(Entry::parsed);
    }

    Optional<Entry> entry(Path file, byte[] hash) {
        Entry entry = entries.get(file);
        return entry != null && Arrays.equals(entry.hash(), hash) ? Optional.of(entry) : Optional.empty();
    }

    Optional<Entry> entry(Path file, FileStamp stamp) {
        Entry entry = entries.get(file);
        return entry != null && entry.stamp().equals(stamp) ? Optional.of(entry) : Optional.empty();
    }

    public void put(Path file, byte[] hash, FileStamp stamp, ParsedFile parsed) {
        put(file, new Entry(hash, stamp, parsed));
    }

    void put(Path file, Entry entry) {
        entries.put(file, entry);
        putFiles.ifPresent(files -> files.add(file));
    }

    /** Carries a file's entry over from another cache, as it is. */
    public void copy(Path file, ParsedFiles from) {
        entries.put(file, from.entries.get(file));
    }

    void remove(Path file) {
        entries.remove(file);
    }

    public int size() {
        return entries.size();
    }

    Map<Path, Entry> entries() {
        return entries;
    }
}
