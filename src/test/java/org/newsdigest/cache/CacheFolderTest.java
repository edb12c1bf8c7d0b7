package org.newsdigest.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.check.PageLinks;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.parse.ArticleParser;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.parse.ParsedFile;
import org.newsdigest.testing.SiteFiles;

class CacheFolderTest {

    @TempDir
    Path root;

    /** Every field of every seed and fixture article, and every problem found in them, comes back as it went in. */
    @Test
    void parsedFilesComeBackEqualFieldByField() throws Exception {
        ParsedFiles files = ParsedFiles.empty();
        SourceFileReader reader = new SourceFileReader(1_000_000);
        ArticleParser parser = new ArticleParser(ZoneId.of("Europe/London"), 1_000_000, new MarkdownRenderer());
        List<Path> sources;
        try (Stream<Path> seeds = Stream.concat(Files.list(SiteFiles.seeds()), Files.list(Path.of("src/test/resources/sites/newsroom/seeds")))) {
            sources = seeds.sorted().toList();
        }
        for (Path source : sources) {
            Problems problems = new Problems();
            byte[] bytes = Files.readAllBytes(source);
            Optional<ParsedFile> parsed = reader.read(source, problems).flatMap(text -> parser.parse(text, problems))
                    .map(article -> new ParsedFile(Optional.of(article), problems.list()));
            files.put(source, ParsedFiles.hashOf(bytes), ParsedFiles.FileStamp.of(source).orElseThrow(), parsed.orElseGet(() -> new ParsedFile(Optional.empty(), problems.list())));
        }
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));

        cache.keepParsedFiles(files, 42);
        ParsedFiles loaded = cache.parsedFiles(42);

        assertEquals(sources.size(), loaded.size());
        for (Path source : sources) {
            byte[] hash = ParsedFiles.hashOf(Files.readAllBytes(source));
            assertEquals(files.lookup(source, hash), loaded.lookup(source, hash), source.toString());
        }
        assertTrue(loaded.lookup(sources.get(0), ParsedFiles.hashOf("other bytes".getBytes(StandardCharsets.UTF_8))).isEmpty(),
                "a file whose bytes changed is not found");
        ParsedFiles.FileStamp stamp = ParsedFiles.FileStamp.of(sources.get(0)).orElseThrow();
        assertEquals(files.lookup(sources.get(0), ParsedFiles.hashOf(Files.readAllBytes(sources.get(0)))),
                loaded.lookup(sources.get(0), stamp), "found by size and modification time without reading it");
        assertTrue(loaded.lookup(sources.get(0), new ParsedFiles.FileStamp(stamp.size(), stamp.modifiedNanos() + 1)).isEmpty(),
                "touched since");
    }

    @Test
    void aCacheWithAnotherStampOrGarbledBytesReadsAsNothing() throws Exception {
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        OutputManifest manifest = new OutputManifest(Map.of("index.html", 7L, "a/index.html", -3L),
                Map.of("index.html", new PageLinks(Set.of("a/index.html"), Set.of()), "a/index.html",
                        new PageLinks(Set.of("index.html"), Set.of("index.html"))));
        cache.keepManifest(manifest, 1);

        assertEquals(Optional.of(manifest), cache.manifest(1));
        assertEquals(Optional.empty(), cache.manifest(2), "another stamp");

        Path file = root.resolve(".output.cache/output-manifest.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Optional.empty(), cache.manifest(1), "a truncated file");

        cache.forgetManifest();
        assertEquals(Optional.empty(), cache.manifest(1));
        assertEquals(0, cache.parsedFiles(1).size(), "no file at all");
    }
}
