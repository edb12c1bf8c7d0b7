package org.newsdigest.cache;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.parse.ParsedFile;

/** Parse results by file and content hash: a file whose bytes hash as they did last time is not parsed again. */
public final class ParsedFiles {

    record Entry(byte[] hash, ParsedFile parsed) {
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

    public void put(Path file, byte[] hash, ParsedFile parsed) {
        entries.put(file, new Entry(hash, parsed));
    }

    public int size() {
        return entries.size();
    }

    Map<Path, Entry> entries() {
        return entries;
    }
}
