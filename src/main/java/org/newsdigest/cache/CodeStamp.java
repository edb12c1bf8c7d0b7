package org.newsdigest.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Identifies the code that is running, so that a cache written by another version of news-digest is never
 * trusted: the jar's size and modification time, or, when running from a classes folder (tests, an IDE), the
 * newest modification time of the class files in it.
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
                return Files.size(location) * 31 + Files.getLastModifiedTime(location).toMillis();
            }
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(Files::isRegularFile).mapToLong(CodeStamp::modified).max().orElse(0);
            }
        } catch (URISyntaxException | IOException | UncheckedIOException | IllegalArgumentException e) {
            return 0;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
