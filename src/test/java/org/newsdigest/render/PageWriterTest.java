package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page size limit counts UTF-8 bytes, the size of the file written, and refuses before it copies. */
class PageWriterTest {

    /** Longer than the strings the writer encodes itself: these go through {@code String.getBytes}. */
    private static final String LONG = "<p>a line of plain text, long enough</p>";

    private final PageGuard guard = new PageGuard("index.ftlh", "index.html", 0);

    @Test
    void aPageOfExactlyTheLimitIsKept() {
        String text = "é€😀a"; // 2 + 3 + 4 + 1 bytes
        PageWriter out = new PageWriter(text.getBytes(StandardCharsets.UTF_8).length, guard);
        out.write(text, 0, text.length());
        assertEquals(text, out.toString());
        assertEquals(java.util.Optional.empty(), guard.stop());
    }

    @Test
    void oneByteMoreStopsThePageWithoutCopyingTheText() {
        PageWriter out = new PageWriter(9, guard);
        out.write("é€😀", 0, 4);
        assertThrows(PageGuard.Stopped.class, () -> out.write('a'));
        assertEquals("é€😀", out.toString());
        assertEquals(PageGuard.Halt.TOO_LARGE, guard.stop().orElseThrow().why());
    }

    @Test
    void aStringLongerThanTheLimitIsRefusedAtOnce() {
        PageWriter out = new PageWriter(1_000, guard);
        out.write("<p>", 0, 3);
        assertThrows(PageGuard.Stopped.class, () -> out.write("x".repeat(5_000).toCharArray(), 0, 5_000));
        assertEquals("<p>", out.toString());
    }

    @Test
    void aLongStringWhoseBytesPassTheLimitIsRefusedWithoutCopying() {
        PageWriter out = new PageWriter(50, guard);
        out.write("<p>", 0, 3);
        String accents = "é".repeat(30); // 30 characters, 60 bytes
        assertThrows(PageGuard.Stopped.class, () -> out.write(accents, 0, accents.length()));
        assertEquals("<p>", out.toString());
        assertEquals(PageGuard.Halt.TOO_LARGE, guard.stop().orElseThrow().why());
    }

    @Test
    void aLongWriteIsEncodedInPartsWithAPairAcrossTheirBoundaryKeptWhole() {
        // the writer encodes 8,192 characters at a time: the pair's halves are characters 8,191 and 8,192
        String text = "a".repeat(8_191) + "😀" + "€".repeat(20_000);
        PageWriter out = new PageWriter(100_000, guard);
        out.write(text.toCharArray(), 0, text.length());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.utf8());
    }

    @Test
    void aLongWriteOfWideCharactersPastTheLimitStopsThePage() {
        PageWriter out = new PageWriter(30_000, guard);
        char[] euros = "€".repeat(20_000).toCharArray(); // 20,000 characters, 60,000 bytes
        assertThrows(PageGuard.Stopped.class, () -> out.write(euros, 0, euros.length));
        assertEquals(PageGuard.Halt.TOO_LARGE, guard.stop().orElseThrow().why());
    }

    @Test
    void thePagesBytesAreItsTextInUtf8AsJavaEncodesItWithHalvesOfPairsMadeQuestionMarks() {
        String[] pieces = {"plain", "é", "€", "😀", "\ud83d", "\ude00", "\ud83d\ud83d\ude00", "a\ude00\ud83d", "\u07ff\u0800",
            "\uffff", "\u0080", "", LONG + "é€", "\ude00" + LONG, LONG + "\ud83d", LONG + "\ud83d\ude00" + LONG};
        Random random = new Random(17);
        for (int page = 0; page < 2_000; page++) {
            PageWriter out = new PageWriter(1_000_000, guard);
            StringBuilder expected = new StringBuilder();
            for (int write = random.nextInt(12); write > 0; write--) {
                String piece = pieces[random.nextInt(pieces.length)];
                expected.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> out.write(piece, 0, piece.length());
                    case 1 -> out.write(piece.toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(out::write);
                }
            }
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.utf8(), expected::toString);
        }
    }

    @Test
    void aPageLargerThanItsFirstRoomKeepsEveryCharacter() {
        String line = "<li>Ünïcödé line 😀</li>\n";
        PageWriter out = new PageWriter(10_000_000, guard);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            out.write(line, 0, line.length());
            expected.append(line);
        }
        assertEquals(expected.toString(), out.toString());
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.utf8());
    }
}
