package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            China’s supreme court sets limits on facial recognition | chinas-supreme-court-sets-limits-on-facial-recognition
            China's top court specifies rules for facial recognition | chinas-top-court-specifies-rules-for-facial-recognition
            Новости Украины                                          | novosti-ukrainy
            Big News Network.com                                     | big-news-network-com
            The Star                                                 | the-star
            C++                                                      | c-plus-plus
            C#                                                       | c-sharp
            AT&T                                                     | at-and-t
            Café Müller                                              | cafe-muller
            Dvořák                                                   | dvorak
            Straße                                                   | strasse
            Ærø                                                      | aero
            ｆｕｌｌ ｗｉｄｔｈ                                      | full-width
            İstanbul                                                 | istanbul
            Ελλάδα                                                   | ellada
            Αθήνα                                                    | athina
            """)
    void spellsNamesAsReadableAscii(String name, String slug) {
        assertEquals(slug, Slugs.of(name));
    }

    @Test
    void caseAndSurroundingSpacesDoNotMatter() {
        assertEquals("ai", Slugs.of("AI"));
        assertEquals("ai", Slugs.of(" ai "));
        assertEquals("ai", Slugs.of("Ai"));
    }

    @Test
    void symbolsThatDistinguishNamesAreKept() {
        assertNotEquals(Slugs.of("C++"), Slugs.of("C#"));
        assertNotEquals(Slugs.of("C++"), Slugs.of("C"));
    }

    @Test
    void aCombiningAccentIsDroppedLikeAPrecomposedOne() {
        assertEquals(Slugs.of("Caf\u00e9"), Slugs.of("Cafe\u0301"));
    }

    @Test
    void namesWithoutALatinSpellingGetAStableDistinctHash() {
        String ai = Slugs.of("人工智能");
        String ml = Slugs.of("机器学习");
        assertTrue(ai.matches("[0-9a-f]{8}"), ai);
        assertEquals(ai, Slugs.of("人工智能"));
        assertEquals(ai, Slugs.of(" 人工智能 "));
        assertNotEquals(ai, ml);
    }

    @Test
    void theReadablePartOfAMixedNameIsKeptBeforeTheHash() {
        String slug = Slugs.of("AI 人工智能");
        assertTrue(slug.matches("ai-[0-9a-f]{8}"), slug);
        assertNotEquals(slug, Slugs.of("AI 机器学习"));
        assertNotEquals(slug, Slugs.of("AI"));
    }

    @Test
    void aLongTitleIsCutAtAWordBoundaryWithinTheLimit() {
        String title = "word ".repeat(30);
        assertEquals("word-".repeat(15) + "word", Slugs.of(title));
    }

    @Test
    void aLongWordIsCutAtTheLimit() {
        assertEquals("x".repeat(80), Slugs.of("x".repeat(100)));
    }

    @Test
    void aLongMixedNameKeepsItsHashWithinTheLimit() {
        String slug = Slugs.of("word ".repeat(30) + "人工智能");
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.matches("(word-)+[0-9a-f]{8}"), slug);
        assertNotEquals(slug, Slugs.of("word ".repeat(30) + "机器学习"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "..", "...", "a/b\\c", "/", "\\\\server\\share", "..\\..\\x", "%2e%2e%2f",
            "", "   ", "!!!", "東京/../大阪", "\u0000\n\t"})
    void isAlwaysASafePathSegment(String name) {
        String slug = Slugs.of(name);
        assertFalse(slug.isEmpty());
        assertFalse(slug.contains("/"), slug);
        assertFalse(slug.contains("\\"), slug);
        assertFalse(slug.contains(".."), slug);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
    }

    @Test
    void pathLikeNamesKeepOnlyTheirWords() {
        assertEquals("etc-passwd", Slugs.of("../etc/passwd"));
        assertEquals("a-b-c", Slugs.of("a/b\\c"));
    }

    @Test
    void topicAndProviderNamesCollapseSpacesBeforeSlugging() {
        assertEquals(new Topic("Computer Vision", "computer-vision"), Topic.named("  Computer \t Vision "));
        assertEquals(new Provider("Big News Network.com", "bignewsnetwork.com", "big-news-network-com"),
                Provider.named(" Big  News Network.com", "bignewsnetwork.com"));
        assertEquals(List.of("ai", "ai", "ai"),
                List.of(Topic.named("AI").slug(), Topic.named(" ai ").slug(), Topic.named("Ai").slug()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AI", " ai ", "Ai", "AI\u200B", "\u00A0AI\u3000", "ＡＩ"})
    void namesThatDifferOnlyInCaseSpacingOrInvisibleCharactersAreOneName(String name) {
        assertEquals("ai", Slugs.nameKey(name));
    }

    @Test
    void namesWithOneSlugCanStillBeDifferentNames() {
        for (List<String> pair : List.of(List.of("C++", "C-Plus-Plus"), List.of("C#", "C Sharp"), List.of("AI", "AI!"),
                List.of("C++ Weekly", "C-Plus-Plus Weekly"))) {
            assertEquals(Slugs.of(pair.get(0)), Slugs.of(pair.get(1)), pair.toString());
            assertNotEquals(Slugs.nameKey(pair.get(0)), Slugs.nameKey(pair.get(1)), pair.toString());
        }
    }

    @Test
    void displayNamesLoseInvisibleCharactersAndExtraSpaces() {
        assertEquals("Computer Vision", Slugs.collapseSpaces("\u00A0Computer\u2009\u2009Vi\u200Bsion\t"));
        assertEquals("", Slugs.collapseSpaces("\u200B\uFEFF \u00A0"));
    }
}
