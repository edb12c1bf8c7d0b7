package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ShortExcerptTest {

    @Test
    void aShortExcerptIsKeptAsItIs() {
        String text = "x".repeat(Views.SHORT_EXCERPT_LENGTH);
        assertSame(text, Views.shortExcerpt(text));
        assertEquals("", Views.shortExcerpt(""));
        assertNull(Views.shortExcerpt(null));
    }

    @Test
    void aLongOneIsCutAtTheLastSpaceBeforeTheLimit() {
        String text = "word ".repeat(200); // 1,000 characters
        String shortened = Views.shortExcerpt(text);
        assertEquals("word ".repeat(99) + "word…", shortened);
        assertEquals(500, shortened.length());
    }

    @Test
    void aLongWordIsCutAtTheLimit() {
        assertEquals("a".repeat(500) + "…", Views.shortExcerpt("a".repeat(5_000_000)));
        // a space only in the first half is too early to cut at
        assertEquals("ab " + "c".repeat(497) + "…", Views.shortExcerpt("ab " + "c".repeat(1000)));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
        String shortened = Views.shortExcerpt("a".repeat(499) + "😀".repeat(10));
        assertEquals("a".repeat(499) + "…", shortened);
    }
}
