package org.newsdigest.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.newsdigest.parse.ParsedFile;

/** Parse results by file and content hash: a file whose bytes hash as they did last time is not parsed again. */
public final class ParsedFiles {

    record Entry(byte[] hash, FileStamp stamp, ParsedFile parsed) {
    }

    /**
     * A file's size and modification time. A file whose stamp is as cached is taken to hold the same bytes without
     * reading it, as make and git do; a file whose stamp changed is read and its bytes' hash decides.
     */
    public record FileStamp(long size, long modifiedNanos) {

        /** Empty when the file cannot be read; reading it then reports why. */
        public static Optional<FileStamp> of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    public static ParsedFiles empty() {
        return new ParsedFiles();
    }

    /** SHA-256 of a file's bytes. */
    public static byte[] hashOf(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public Optional<ParsedFile> lookup(Path file, byte[] hash) {
        Entry entry = entries.get(file);
        return entry != null && Arrays.equals(entry.hash(), hash) ? Optional.of(entry.parsed()) : Optional.empty();
    }

    /** The cached result of a file whose size and modification time are as they were. */
    public Optional<ParsedFile> lookup(Path file, FileStamp stamp) {
        Entry entry = entries.get(file);
        return entry != null && entry.stamp().equals(stamp) ? Optional.of(entry.parsed()) : Optional.empty();
    }

    public void put(Path file, byte[] hash, FileStamp stamp, ParsedFile parsed) {
        entries.put(file, new Entry(hash, stamp, parsed));
    }

    /** Carries a file's entry over from another cache, as it is. */
    public void copy(Path file, ParsedFiles from) {
        entries.put(file, from.entries.get(file));
    }

    public int size() {
        return entries.size();
    }

    Map<Path, Entry> entries() {
        return entries;
    }
}
