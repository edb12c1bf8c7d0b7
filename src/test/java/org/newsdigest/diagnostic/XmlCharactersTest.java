package org.newsdigest.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlCharactersTest {

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Tab\there, new\nline, Новости, 😀, \uFFFD";
        assertSame(text, XmlCharacters.clean(text));
    }

    @Test
    void controlCharactersXmlForbidsAreRemoved() {
        assertEquals("Bell and null", XmlCharacters.clean("Bell\u0001 and\u0000 null\u001b"));
    }

    @Test
    void delAndC1ControlsAreRemovedBecauseHtmlForbidsThem() {
        assertEquals("DEL and NEL", XmlCharacters.clean("DEL\u007f and\u0085 NEL\u009f"));
    }

    @Test
    void noncharactersOfEveryPlaneAreRemoved() {
        assertEquals("abcde", XmlCharacters.clean("a\uFFFEb\uFFFFc\uFDD0d\uD83F\uDFFEe"));
    }

    @Test
    void unpairedSurrogatesAreRemovedButPairsKept() {
        assertEquals("x😀y", XmlCharacters.clean("\uD800x\uD83D\uDE00y\uDC00"));
    }
}
