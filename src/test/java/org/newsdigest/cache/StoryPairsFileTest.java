package org.newsdigest.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.StoryPairs;

/** The story pairs kept beside the output come back as they went in, or not at all. */
class StoryPairsFileTest {

    @TempDir
    Path root;

    private StoryPairs pairs() {
        // two files in the site's folder, named relative to it in the file, and one outside it
        return new StoryPairs(List.of(root.resolve("seeds/a.md").toString(), root.resolve("seeds/b.md").toString(),
                "/elsewhere/c.md"), new long[] {11, -22, 33}, new int[] {2, 2, 2}, new int[] {1, 2}, new int[] {0, 1, 1},
                new int[] {0});
    }

    @Test
    void pairsComeBackAsTheyWentIn() {
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.keepStoryPairs(pairs(), 42);

        StoryPairs read = cache.storyPairs(42).orElseThrow();
        assertEquals(describe(pairs()), describe(read));
        assertEquals(Optional.empty(), cache.storyPairs(43), "another version of the code");
        assertTrue(CacheFolder.beside(root.resolve("output")).storyPairs(42).isPresent());
    }

    @Test
    void aSiteMovedElsewhereKeepsItsPairs() throws Exception {
        Path moved = root.resolve("moved");
        Files.createDirectories(moved);
        CacheFolder.beside(root.resolve("output")).keepStoryPairs(pairs(), 42);
        Files.move(root.resolve(".output.cache"), moved.resolve(".output.cache"));

        StoryPairs read = CacheFolder.beside(moved.resolve("output")).storyPairs(42).orElseThrow();
        assertEquals(moved.resolve("seeds/a.md").toString(), read.source(0));
        assertEquals("/elsewhere/c.md", read.source(2));
    }

    /** Every byte changed, the file cut at every length, and another layout: each reads as no pairs. */
    @Test
    void aGarbledTruncatedOrOtherLayoutFileReadsAsNothing() throws Exception {
        CacheFolder.beside(root.resolve("output")).keepStoryPairs(pairs(), 42);
        Path file = root.resolve(".output.cache/story-pairs.bin");
        byte[] bytes = Files.readAllBytes(file);
        for (int at = 0; at < bytes.length; at++) {
            byte[] garbled = bytes.clone();
            garbled[at] ^= 0x10;
            Files.write(file, garbled);
            assertEquals(Optional.empty(), CacheFolder.beside(root.resolve("output")).storyPairs(42), "byte " + at);
        }
        for (int length = 0; length < bytes.length; length++) {
            Files.write(file, Arrays.copyOf(bytes, length));
            assertEquals(Optional.empty(), CacheFolder.beside(root.resolve("output")).storyPairs(42), "cut at " + length);
        }
        // the body's layout number, right after the header, changed and the checksum made again to match
        byte[] otherLayout = bytes.clone();
        ByteBuffer.wrap(otherLayout).putInt(16, 2);
        CRC32C crc = new CRC32C();
        crc.update(otherLayout, 0, otherLayout.length - 4);
        ByteBuffer.wrap(otherLayout).putInt(otherLayout.length - 4, (int) crc.getValue());
        Files.write(file, otherLayout);
        assertEquals(Optional.empty(), CacheFolder.beside(root.resolve("output")).storyPairs(42));
        Files.write(file, bytes);
        assertTrue(CacheFolder.beside(root.resolve("output")).storyPairs(42).isPresent());
    }

    @Test
    void memoryKeepsPairsForTheirStampOnly() {
        MemoryCache cache = new MemoryCache();
        assertEquals(Optional.empty(), cache.storyPairs(42));
        StoryPairs pairs = pairs();
        cache.keepStoryPairs(pairs, 42);
        assertEquals(Optional.of(pairs), cache.storyPairs(42));
        assertEquals(Optional.empty(), cache.storyPairs(7));
    }

    private static String describe(StoryPairs pairs) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < pairs.size(); k++) {
            text.append(pairs.source(k)).append(' ').append(pairs.fingerprint(k)).append(" similar");
            for (int at = k == 0 ? 0 : pairs.similarEnd(k - 1); at < pairs.similarEnd(k); at++) {
                text.append(' ').append(pairs.similarPartner(at));
            }
            text.append(" linked");
            for (int at = k == 0 ? 0 : pairs.linkedEnd(k - 1); at < pairs.linkedEnd(k); at++) {
                text.append(' ').append(pairs.linkedPartner(at));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
