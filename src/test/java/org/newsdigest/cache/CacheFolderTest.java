package org.newsdigest.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.Limits;
import org.newsdigest.check.PageLinks;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.model.Article;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.parse.ArticleParser;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.parse.ParsedFile;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.threads.BuildThreads;

class CacheFolderTest {

    @TempDir
    Path root;

    private final BuildThreads threads = new BuildThreads(3);

    @AfterEach
    void endThreads() {
        threads.close();
    }

    /** Every field of every seed and fixture article, and every problem found in them, comes back as it went in. */
    @Test
    void parsedFilesComeBackEqualFieldByField() throws Exception {
        ParsedFiles files = parseSources();
        List<Path> sources = sources();
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));

        cache.keepParsedFiles(files, 42);
        ParsedFiles loaded = cache.parsedFiles(42, threads);

        assertEquals(sources.size(), loaded.size());
        int reduced = 0;
        for (Path source : sources) {
            byte[] hash = ParsedFiles.hashOf(Files.readAllBytes(source));
            ParsedFile parsed = files.lookup(source, hash).orElseThrow();
            // what the parse step uses comes first, an unpublished article's keys with it, the rest decoded when asked
            assertEquals(FileOutcome.of(parsed), loaded.entries().get(source).outcome(), source.toString());
            assertEquals(Optional.of(ArticleCodec.asKept(parsed)), loaded.lookup(source, hash), source.toString());
            if (ArticleCodec.isShown(parsed)) {
                assertEquals(Optional.of(parsed), loaded.lookup(source, hash), "a published article comes back whole");
                assertEquals(parsed.article().get().body().html(),
                        loaded.lookup(source, hash).orElseThrow().article().orElseThrow().body().html(), "its body read back");
            } else if (parsed.article().isPresent()) {
                Article kept = loaded.lookup(source, hash).orElseThrow().article().orElseThrow();
                Article whole = parsed.article().get();
                assertEquals(List.of(whole.title(), whole.webUrl(), whole.originalUrl(), whole.ampWebUrl(), whole.cdnAmpWebUrl()),
                        List.of(kept.title(), kept.webUrl(), kept.originalUrl(), kept.ampWebUrl(), kept.cdnAmpWebUrl()),
                        "what keeps an unpublished article out of related lists");
                assertEquals(List.of("", "", List.of()), List.of(kept.body().html(), kept.excerpt(), kept.related()));
                reduced++;
            }
        }
        assertTrue(reduced > 0, "the fixtures have unpublished articles");
        assertTrue(loaded.lookup(sources.get(0), ParsedFiles.hashOf("other bytes".getBytes(StandardCharsets.UTF_8))).isEmpty(),
                "a file whose bytes changed is not found");
        FileStamp stamp = FileStamp.of(sources.get(0)).orElseThrow();
        assertEquals(files.lookup(sources.get(0), ParsedFiles.hashOf(Files.readAllBytes(sources.get(0)))).map(ArticleCodec::asKept),
                loaded.lookup(sources.get(0), stamp), "found by size and modification time without reading it");
        assertTrue(loaded.lookup(sources.get(0), new FileStamp(stamp.size(), stamp.modifiedNanos() + 1)).isEmpty(),
                "touched since");
    }

    /**
     * Reading the cache reads no body: a body is read back from the base it was read with when asked for, even after a
     * new base was written over its name, and checked then; a garbled one fails and takes the base with it, so the next
     * build parses every file.
     */
    @Test
    void bodiesAreReadBackWhenAskedForAndCheckedThen() throws Exception {
        ParsedFiles files = parseSources();
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.keepParsedFiles(files, 42);
        List<Path> shown = sources().stream().filter(source -> files.entries().get(source).parsed().article()
                .filter(article -> article.published() && article.body().html().length() > 40).isPresent()).toList();
        Path base = root.resolve(".output.cache/parsed-files.bin");
        Article first = files.entries().get(shown.get(0)).parsed().article().orElseThrow();
        Article second = files.entries().get(shown.get(1)).parsed().article().orElseThrow();
        byte[] bytes = Files.readAllBytes(base);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String secondBody = new String(second.body().html().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        int at = text.indexOf(secondBody);
        assertTrue(at > 0, "the body is in the base as its bytes");
        bytes[at + secondBody.length() / 2] ^= 1;
        Files.write(base, bytes);

        ParsedFiles loaded = cache.parsedFiles(42, threads);

        assertEquals(files.size(), loaded.size(), "the cache reads");
        Article secondBack = loaded.entries().get(shown.get(1)).parsed().article().orElseThrow();
        assertFalse(secondBack.body().isHeld());
        assertEquals(second.body().hash(), secondBack.body().hash(), "a page key takes the hash, read with the entry");
        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, () -> secondBack.body().html());
        assertEquals("cannot read an article's body back from the build cache '.output.cache/parsed-files.bin' (the body at "
                + at + " is not the one written there: the file changed after it was written); it is removed: build again",
                failure.format(root));
        assertFalse(Files.exists(base), "the base that failed is gone");

        cache.keepParsedFiles(files, 42);
        Article firstBack = cache.parsedFiles(42, threads).entries().get(shown.get(0)).parsed().article().orElseThrow();
        cache.keepParsedFiles(ParsedFiles.empty(), 42);
        assertEquals(first.body().html(), firstBack.body().html(), "read from the base it was read with");
    }

    @Test
    void aCacheWithAnotherStampOrGarbledBytesReadsAsNothing() throws Exception {
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        OutputManifest manifest = new OutputManifest(Map.of("index.html", 7L, "a/index.html", -3L),
                Map.of("index.html", new FileStamp(120, 1_700_000_000_123_456_789L), "a/index.html", new FileStamp(0, -5)),
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
        assertEquals(0, cache.parsedFiles(1, threads).size(), "no file at all");
    }

    private static List<Path> sources() throws Exception {
        try (Stream<Path> seeds = Stream.concat(Files.list(SiteFiles.seeds()), Files.list(Path.of("src/test/resources/sites/newsroom/seeds")))) {
            // absolute, as the build's content scan gives them: the cache names them relative to its folder and back
            return seeds.map(Path::toAbsolutePath).sorted().toList();
        }
    }

    private static ParsedFiles parseSources() throws Exception {
        ParsedFiles files = ParsedFiles.empty();
        SourceFileReader reader = new SourceFileReader(1_000_000);
        ArticleParser parser = new ArticleParser(ZoneId.of("Europe/London"), 1_000_000, Limits.DEFAULTS, new MarkdownRenderer());
        for (Path source : sources()) {
            Problems problems = new Problems();
            byte[] bytes = Files.readAllBytes(source);
            Optional<ParsedFile> parsed = reader.read(source, problems).flatMap(text -> parser.parse(text, problems))
                    .map(article -> new ParsedFile(Optional.of(article), problems.list()));
            files.put(source, ParsedFiles.hashOf(bytes), FileStamp.of(source).orElseThrow(), parsed.orElseGet(() -> new ParsedFile(Optional.empty(), problems.list())));
        }
        return files;
    }

    /** What the next build would keep: every entry of {@code loaded} carried over, but the given ones stamped anew and one left out. */
    private static ParsedFiles changed(ParsedFiles loaded, List<Path> restamped, Path removed) {
        ParsedFiles next = ParsedFiles.empty();
        loaded.entries().forEach((file, entry) -> {
            if (file.equals(removed)) {
                return;
            }
            if (restamped.contains(file)) {
                next.put(file, entry.hash(), new FileStamp(entry.stamp().size(), entry.stamp().modifiedNanos() + 7), entry.parsed());
            } else {
                next.copy(file, loaded);
            }
        });
        return next;
    }

    private static void assertSameEntries(ParsedFiles expected, ParsedFiles actual) {
        assertEquals(expected.entries().keySet(), actual.entries().keySet());
        expected.entries().forEach((file, entry) -> {
            ParsedFiles.Entry other = actual.entries().get(file);
            assertArrayEquals(entry.hash(), other.hash(), file.toString());
            assertEquals(entry.stamp(), other.stamp(), file.toString());
            assertEquals(ArticleCodec.asKept(entry.parsed()), ArticleCodec.asKept(other.parsed()), file.toString());
            assertEquals(entry.outcome(), other.outcome(), file.toString());
        });
    }

    /** A build that changed a few files appends their entries to the delta file; the base stays as it was. */
    @Test
    void aFewChangesGoToTheDeltaAndComeBack() throws Exception {
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.keepParsedFiles(parseSources(), 42);
        Path base = root.resolve(".output.cache/parsed-files.bin");
        Path delta = root.resolve(".output.cache/parsed-files.delta");
        byte[] baseBytes = Files.readAllBytes(base);
        List<Path> sources = sources();

        ParsedFiles loaded = cache.parsedFiles(42, threads);
        ParsedFiles next = changed(loaded, List.of(sources.get(0)), sources.get(1));
        cache.keepParsedFiles(next, loaded, 42);

        assertArrayEquals(baseBytes, Files.readAllBytes(base), "the base is not written again");
        assertTrue(Files.size(delta) > 0);
        ParsedFiles again = cache.parsedFiles(42, threads);
        assertSameEntries(next, again);
        assertEquals(sources.size() - 1, again.size());

        ParsedFiles third = changed(again, List.of(sources.get(2)), null);
        long deltaBefore = Files.size(delta);
        cache.keepParsedFiles(third, again, 42);
        assertTrue(Files.size(delta) > deltaBefore, "appended to");
        assertSameEntries(third, cache.parsedFiles(42, threads));
        assertEquals(0, cache.parsedFiles(43, threads).size(), "another stamp");
    }

    /** Changing many entries, or a delta grown past its limit (here 4 KiB, 256 KiB on a real site), writes a new base and drops the delta. */
    @Test
    void manyChangesWriteTheWholeCacheAgain() throws Exception {
        CacheFolder cache = CacheFolder.beside(root.resolve("output"), 4096);
        cache.keepParsedFiles(parseSources(), 42);
        Path delta = root.resolve(".output.cache/parsed-files.delta");
        List<Path> sources = sources();
        ParsedFiles loaded = cache.parsedFiles(42, threads);

        ParsedFiles next = changed(loaded, sources.subList(0, sources.size() / 2), null);
        cache.keepParsedFiles(next, loaded, 42);

        assertFalse(Files.exists(delta));
        assertSameEntries(next, cache.parsedFiles(42, threads));

        // one small change at a time: the delta grows, until it is compacted into a new base
        boolean compacted = false;
        for (int round = 0; round < 100 && !compacted; round++) {
            ParsedFiles before = cache.parsedFiles(42, threads);
            ParsedFiles after = changed(before, List.of(sources.get(round % sources.size())), null);
            cache.keepParsedFiles(after, before, 42);
            assertSameEntries(after, cache.parsedFiles(42, threads));
            compacted = round > 0 && !Files.exists(delta);
        }
        assertTrue(compacted, "the delta was folded into a new base");
    }

    /** A delta that is garbled, truncated or made for another base is ignored, and the next save writes everything. */
    @Test
    void aBrokenDeltaIsIgnored() throws Exception {
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        ParsedFiles all = parseSources();
        cache.keepParsedFiles(all, 42);
        Path delta = root.resolve(".output.cache/parsed-files.delta");
        List<Path> sources = sources();
        ParsedFiles loaded = cache.parsedFiles(42, threads);
        ParsedFiles next = changed(loaded, List.of(sources.get(0)), null);
        cache.keepParsedFiles(next, loaded, 42);
        byte[] good = Files.readAllBytes(delta);

        byte[] garbled = good.clone();
        garbled[good.length - 10] ^= 0x20;
        Files.write(delta, garbled);
        ParsedFiles read = cache.parsedFiles(42, threads);
        assertSameEntries(all, read);

        Files.write(delta, java.util.Arrays.copyOf(good, good.length - 3));
        assertSameEntries(all, cache.parsedFiles(42, threads));

        ParsedFiles after = changed(read, List.of(sources.get(1)), null);
        cache.keepParsedFiles(after, read, 42);
        assertFalse(Files.exists(delta), "written whole, not appended to a broken delta");
        assertSameEntries(after, cache.parsedFiles(42, threads));

        // a delta kept from before a new base was written names the old one
        Files.write(delta, good);
        assertSameEntries(after, cache.parsedFiles(42, threads));
    }

    /**
     * A flipped byte anywhere in the base makes it unreadable, or, in the bytes of a body or of a related list, which are
     * outside the checked sections, fails the build when they are read back: it is never decoded into wrong articles.
     */
    @Test
    void aGarbledBaseReadsAsNothing() throws Exception {
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.keepParsedFiles(parseSources(), 42);
        Path base = root.resolve(".output.cache/parsed-files.bin");
        byte[] good = Files.readAllBytes(base);
        for (int at : new int[] {3, 20, good.length / 3, good.length / 2, good.length - 20, good.length - 6, good.length - 1}) {
            byte[] garbled = good.clone();
            garbled[at] ^= 0x04;
            Files.write(base, garbled);
            ParsedFiles read = cache.parsedFiles(42, threads);
            if (read.size() != 0) {
                assertThrows(EnvironmentFailure.class, () -> readBackEveryBodyAndRelatedList(read), "byte " + at + " flipped");
            }
        }
        Files.write(base, java.util.Arrays.copyOf(good, good.length - 1));
        assertEquals(0, cache.parsedFiles(42, threads).size(), "truncated");
        Files.write(base, good);
        ParsedFiles read = cache.parsedFiles(42, threads);
        assertEquals(sources().size(), read.size());
        readBackEveryBodyAndRelatedList(read);
    }

    private static void readBackEveryBodyAndRelatedList(ParsedFiles files) {
        for (ParsedFiles.Entry entry : files.entries().values()) {
            entry.parsed().article().ifPresent(article -> {
                article.body().html();
                article.related().forEach(item -> item.title());
            });
        }
    }

    /**
     * An article's related items are read back from the base when its page asks for them, and checked: changed bytes
     * fail the build and remove the base, as a body's do. What the model and the keys use of them reads with the entry.
     */
    @Test
    void relatedItemsAreReadBackWhenAskedForAndChecked() throws Exception {
        ParsedFiles files = parseSources();
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.keepParsedFiles(files, 42);
        Path withRelated = sources().stream().filter(source -> files.entries().get(source).parsed().article()
                .filter(article -> article.published() && !article.related().isEmpty()).isPresent()).findFirst().orElseThrow();
        Article article = files.entries().get(withRelated).parsed().article().orElseThrow();

        Article back = cache.parsedFiles(42, threads).entries().get(withRelated).parsed().article().orElseThrow();
        assertFalse(back.related().isDecoded(), "not decoded with the entry");
        assertEquals(article.related().webUrls(), back.related().webUrls());
        assertEquals(article.related().entry(0), back.related().entry(0));
        assertEquals(article.related(), back.related(), "read back as written");

        Path base = root.resolve(".output.cache/parsed-files.bin");
        byte[] bytes = Files.readAllBytes(base);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String title = new String(article.related().get(0).title().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        int at = text.indexOf(title);
        assertTrue(at > 0, "the related items are in the base as their bytes");
        bytes[at + 1] ^= 1;
        Files.write(base, bytes);
        Article garbled = cache.parsedFiles(42, threads).entries().get(withRelated).parsed().article().orElseThrow();
        assertEquals(article.related().entry(0), garbled.related().entry(0), "the keys read with the entry");
        EnvironmentFailure failure = assertThrows(EnvironmentFailure.class, () -> garbled.related().get(0));
        assertTrue(failure.format(root).startsWith("cannot read an article's related items back from the build cache "
                + "'.output.cache/parsed-files.bin' (the related items at "), failure.format(root));
        assertTrue(failure.format(root).endsWith(" are not the ones written there: the file changed after it was written); "
                + "it is removed: build again"), failure.format(root));
        assertFalse(Files.exists(base), "the base that failed is gone");
    }

    /**
     * A build forgets the manifest before it publishes and keeps the new one after: both are records appended to the
     * manifest's delta, the base is not written again, and each reads back as the manifest it stands for, in a new
     * folder object as the next build has.
     */
    @Test
    void manifestChangesGoToTheDeltaAndComeBack() throws Exception {
        OutputManifest first = siteManifest(200);
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.keepManifest(first, 5);
        Path base = root.resolve(".output.cache/output-manifest.bin");
        Path delta = root.resolve(".output.cache/output-manifest.delta");
        byte[] baseBytes = Files.readAllBytes(base);

        CacheFolder next = CacheFolder.beside(root.resolve("output"));
        assertEquals(Optional.of(first), next.manifest(5));
        next.forgetManifest();
        assertEquals(Optional.empty(), CacheFolder.beside(root.resolve("output")).manifest(5),
                "forgotten while the output changes");
        OutputManifest second = changedManifest(first);
        next.keepManifest(second, 5);

        assertArrayEquals(baseBytes, Files.readAllBytes(base), "the base is not written again");
        assertTrue(Files.size(delta) > 0);
        CacheFolder third = CacheFolder.beside(root.resolve("output"));
        assertEquals(Optional.of(second), third.manifest(5));
        assertEquals(Optional.empty(), CacheFolder.beside(root.resolve("output")).manifest(6), "another stamp");

        third.forgetManifest();
        OutputManifest fourth = changedManifest(second);
        third.keepManifest(fourth, 5);
        assertEquals(Optional.of(fourth), CacheFolder.beside(root.resolve("output")).manifest(5));
    }

    /**
     * A manifest read ahead, before the build knows its stamp, is the one {@code manifest} gives for the stamp it was
     * kept under, with its delta applied; asked for under another stamp, or broken, it is no manifest, as when read
     * then. The delta kept after it is made while the site would be published, and reads back the same.
     */
    @Test
    void aManifestReadAheadIsTheOneReadWhenAskedFor() throws Exception {
        OutputManifest second = keptWithOneDeltaRecord();

        CacheFolder ahead = CacheFolder.beside(root.resolve("output"));
        ahead.readManifestAhead(threads);
        assertEquals(Optional.of(second), ahead.manifest(5), "the base and its delta");
        CacheFolder otherStamp = CacheFolder.beside(root.resolve("output"));
        otherStamp.readManifestAhead(threads);
        assertEquals(Optional.empty(), otherStamp.manifest(6));

        ahead.forgetManifest();
        OutputManifest third = changedManifest(second);
        Path base = root.resolve(".output.cache/output-manifest.bin");
        byte[] baseBytes = Files.readAllBytes(base);
        Runnable keep = ahead.keepManifestSoon(third, 5, threads);
        keep.run();
        assertArrayEquals(baseBytes, Files.readAllBytes(base), "a record appended to the delta, the base kept");
        CacheFolder next = CacheFolder.beside(root.resolve("output"));
        next.readManifestAhead(threads);
        assertEquals(Optional.of(third), next.manifest(5));

        Path delta = root.resolve(".output.cache/output-manifest.delta");
        byte[] good = Files.readAllBytes(delta);
        Files.write(delta, java.util.Arrays.copyOf(good, good.length - 3));
        CacheFolder cutShort = CacheFolder.beside(root.resolve("output"));
        cutShort.readManifestAhead(threads);
        assertEquals(Optional.empty(), cutShort.manifest(5), "a delta cut short");
        Files.delete(base);
        CacheFolder none = CacheFolder.beside(root.resolve("output"));
        none.readManifestAhead(threads);
        assertEquals(Optional.empty(), none.manifest(5), "no base");
    }

    /**
     * The delta made ahead of the publish is made against the manifest read; when the manifest on record is another by
     * the time it is kept (a failed forget left none), the whole manifest is written instead, as without the head start.
     */
    @Test
    void aManifestKeptSoonAfterTheRecordWasLostIsWrittenWhole() throws Exception {
        OutputManifest first = siteManifest(200);
        CacheFolder.beside(root.resolve("output")).keepManifest(first, 5);
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.manifest(5);
        OutputManifest second = changedManifest(first);
        Runnable keep = cache.keepManifestSoon(second, 5, threads);
        // as if forgetting had failed to append its record: the folder then holds no manifest to make a delta against
        Files.delete(root.resolve(".output.cache/output-manifest.bin"));
        cache.manifest(5);
        keep.run();
        assertFalse(Files.exists(root.resolve(".output.cache/output-manifest.delta")));
        assertEquals(Optional.of(second), CacheFolder.beside(root.resolve("output")).manifest(5));
    }

    /** A delta cut short (a build killed while it appended) or garbled reads as no manifest, never as an older one. */
    @Test
    void aBrokenManifestDeltaReadsAsNoManifest() throws Exception {
        OutputManifest second = keptWithOneDeltaRecord();
        Path delta = root.resolve(".output.cache/output-manifest.delta");
        byte[] good = Files.readAllBytes(delta);

        Files.write(delta, java.util.Arrays.copyOf(good, good.length - 3));
        assertEquals(Optional.empty(), CacheFolder.beside(root.resolve("output")).manifest(5), "cut short");
        byte[] garbled = good.clone();
        garbled[good.length - 10] ^= 0x20;
        Files.write(delta, garbled);
        assertEquals(Optional.empty(), CacheFolder.beside(root.resolve("output")).manifest(5), "garbled");

        // a new build after a broken delta writes the whole manifest again
        CacheFolder after = CacheFolder.beside(root.resolve("output"));
        assertEquals(Optional.empty(), after.manifest(5));
        after.forgetManifest();
        after.keepManifest(second, 5);
        assertFalse(Files.exists(delta));
        assertEquals(Optional.of(second), CacheFolder.beside(root.resolve("output")).manifest(5));

        // a delta left from before a new base was written names the old base, and is ignored
        Files.write(delta, good);
        assertEquals(Optional.of(second), CacheFolder.beside(root.resolve("output")).manifest(5));
    }

    /** Many changed files, or a delta grown past its limit, write a new base and drop the delta. */
    @Test
    void manyManifestChangesWriteTheWholeManifestAgain() throws Exception {
        OutputManifest manifest = siteManifest(200);
        CacheFolder.beside(root.resolve("output"), 4096).keepManifest(manifest, 5);
        Path delta = root.resolve(".output.cache/output-manifest.delta");
        boolean compacted = false;
        for (int round = 0; round < 100 && !compacted; round++) {
            CacheFolder cache = CacheFolder.beside(root.resolve("output"), 4096);
            assertEquals(Optional.of(manifest), cache.manifest(5));
            cache.forgetManifest();
            manifest = changedManifest(manifest);
            cache.keepManifest(manifest, 5);
            compacted = round > 0 && !Files.exists(delta);
        }
        assertTrue(compacted, "the delta was folded into a new base");
        assertEquals(Optional.of(manifest), CacheFolder.beside(root.resolve("output")).manifest(5));

        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.manifest(5);
        OutputManifest rebuilt = siteManifest(150);
        cache.keepManifest(rebuilt, 5);
        assertFalse(Files.exists(delta), "a fourth of the files changed");
        assertEquals(Optional.of(rebuilt), CacheFolder.beside(root.resolve("output")).manifest(5));
    }

    /** A manifest kept under stamp 5 as a base and one delta record on it, as two builds leave it; the second's. */
    private OutputManifest keptWithOneDeltaRecord() {
        OutputManifest first = siteManifest(200);
        CacheFolder.beside(root.resolve("output")).keepManifest(first, 5);
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.manifest(5);
        cache.forgetManifest();
        OutputManifest second = changedManifest(first);
        cache.keepManifest(second, 5);
        return second;
    }

    /** A site's manifest: {@code pages} pages linking to the stylesheet, and into the front page. */
    private static OutputManifest siteManifest(int pages) {
        Map<String, Long> fingerprints = new java.util.HashMap<>();
        Map<String, FileStamp> stamps = new java.util.HashMap<>();
        Map<String, PageLinks> links = new java.util.HashMap<>();
        fingerprints.put("style.css", 99L);
        stamps.put("style.css", new FileStamp(4000, 1_700_000_000_000_000_000L));
        for (int i = 0; i < pages; i++) {
            String page = i == 0 ? "index.html" : "articles/" + i + "/index.html";
            fingerprints.put(page, (long) i * 31);
            stamps.put(page, new FileStamp(1000 + i, 1_700_000_000_000_000_000L + i));
            links.put(page, new PageLinks(Set.of("style.css"), i > 0 ? Set.of("index.html") : Set.of()));
        }
        return new OutputManifest(fingerprints, stamps, links);
    }

    /** The manifest after a build that wrote one page again, added one and removed one. */
    private static OutputManifest changedManifest(OutputManifest before) {
        Map<String, Long> fingerprints = new java.util.HashMap<>(before.fingerprints());
        Map<String, FileStamp> stamps = new java.util.HashMap<>(before.stamps());
        Map<String, PageLinks> links = new java.util.HashMap<>(before.links());
        FileStamp front = stamps.get("index.html");
        fingerprints.merge("index.html", 1L, Long::sum);
        stamps.put("index.html", new FileStamp(front.size() + 1, front.modifiedNanos() + 1));
        String added = "articles/new-" + front.size() + "/index.html";
        fingerprints.put(added, 7L);
        stamps.put(added, new FileStamp(10, 20));
        links.put(added, new PageLinks(Set.of("index.html"), Set.of()));
        String removed = fingerprints.keySet().stream().filter(p -> p.startsWith("articles/")).sorted().findFirst().orElseThrow();
        fingerprints.remove(removed);
        stamps.remove(removed);
        links.remove(removed);
        return new OutputManifest(fingerprints, stamps, links);
    }
}
