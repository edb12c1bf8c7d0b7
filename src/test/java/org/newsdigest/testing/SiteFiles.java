package org.newsdigest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a built site back for assertions. */
public final class SiteFiles {

    private SiteFiles() {
    }

    /** Every file under {@code root}, keyed by its path with forward slashes, in path order. */
    public static Map<String, byte[]> read(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * True for an article's own page, {@code articles/slug/index.html}, beside the year archives ({@code articles/2021/});
     * the page at an alias of that shape too.
     */
    public static boolean isArticlePage(String path) {
        return path.matches("articles/[^/]+/index\\.html") && !path.matches("articles/[0-9]{4}/index\\.html");
    }

    /** True for a page of a date archive: {@code articles/2021/}, {@code articles/2021/07/page/2/}, … (as output files). */
    public static boolean isDateArchive(String path) {
        return path.matches("articles/[0-9]{4}/([0-9]{2}/([0-9]{2}/)?)?(page/[0-9]+/)?index\\.html");
    }

    public static String text(Path root, String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a text file, stripped, that start with one of {@code starts}, in file order. */
    public static List<String> linesStartingWith(Path file, String... starts) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> Stream.of(starts).anyMatch(line::startsWith)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the repository's seeds, found from the test's working folder (the project folder under Maven). */
    public static Path seeds() {
        Path seeds = Path.of("seeds").toAbsolutePath();
        if (!Files.isDirectory(seeds)) {
            throw new IllegalStateException("run the tests from the project folder: no seeds/ in " + Path.of("").toAbsolutePath());
        }
        return seeds;
    }
}
