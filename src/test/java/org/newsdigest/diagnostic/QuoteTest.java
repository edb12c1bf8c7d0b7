package org.newsdigest.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void quotesTheValue() {
        assertEquals("'javascript:alert(1)'", Quote.of("javascript:alert(1)"));
        assertEquals("''", Quote.of(""));
        assertEquals("null", Quote.of(null));
    }

    @Test
    void showsControlCharactersAsEscapes() {
        assertEquals("'a\\nb\\r\\tc\\u0007'", Quote.of("a\nb\r\tc\u0007"));
        // invisible, so a message about a name that is only a zero-width space does not read ''
        assertEquals("'\\u200b x\\ufeff\\u2028'", Quote.of("\u200B x\uFEFF\u2028"));
    }

    @Test
    void shortensLongValuesToSixtyCharacters() {
        assertEquals("'" + "x".repeat(60) + "'", Quote.of("x".repeat(60)));
        assertEquals("'" + "x".repeat(60) + "…'", Quote.of("x".repeat(61)));
    }
}
