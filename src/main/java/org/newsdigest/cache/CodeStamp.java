package org.newsdigest.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newsdigest.hash.Hash64;

/**
 * Identifies the code that is running, so that a cache written by another version of news-digest is never
 * trusted: the name, checksum and size of every entry of the jar (not its modification time, so the same jar
 * downloaded again in CI keeps the cache), or, when running from a classes folder (tests, an IDE), the newest
 * modification time of the class files in it.
 */
public final class CodeStamp {

    private CodeStamp() {
    }

    public static long of(Class<?> anyClass) {
        CodeSource source = anyClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return 0; // unknown: caches still work, but only a change of their format invalidates them
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return ofJar(location);
            }
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(Files::isRegularFile).mapToLong(CodeStamp::modified).max().orElse(0);
            }
        } catch (URISyntaxException | IOException | UncheckedIOException | IllegalArgumentException e) {
            return 0;
        }
    }

    /** From the jar's directory of entries alone: each entry's checksum is there, so no entry is read. */
    private static long ofJar(Path jar) throws IOException {
        Hash64 stamp = new Hash64();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                stamp.add(entry.getName()).add(entry.getCrc()).add(entry.getSize());
            }
        }
        return stamp.value();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
