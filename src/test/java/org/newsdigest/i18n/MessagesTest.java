package org.newsdigest.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled messages, formatted: the plural forms CLDR gives each language. */
class MessagesTest {

    @TempDir
    Path noTemplates;

    private Messages messages(String language) {
        return MessageBundles.load(language, noTemplates).messages();
    }

    private List<String> counts(String language, int... numbers) {
        Messages messages = messages(language);
        return IntStream.of(numbers).mapToObj(n -> messages.text("terms.count", n)).toList();
    }

    @Test
    void aRememberedMessageIsNeverGivenForOtherArguments() {
        Messages messages = messages("uk");
        assertEquals(List.of("5 статей", "21 стаття", "5 статей", "21 стаття"), List.of(messages.text("terms.count", 5),
                messages.text("terms.count", 21), messages.text("terms.count", 5), messages.text("terms.count", 21)));
        // past the few thousand remembered, messages are still formatted, each for its own arguments
        IntStream.range(0, 6000).forEach(n -> messages.text("redirect.title", "headline " + n));
        assertEquals(List.of("1 стаття", "2 статті"), List.of(messages.text("terms.count", 1), messages.text("terms.count", 2)));
        assertEquals(messages.text("redirect.title", "headline 5999"), messages.text("redirect.title", "headline 5999"));
        assertEquals(true, messages.text("redirect.title", "headline 5999").contains("headline 5999"));
    }

    @Test
    void ukrainianHasOneFewAndMany() {
        assertEquals(List.of("1 стаття", "2 статті", "5 статей", "21 стаття", "11 статей", "22 статті"),
                counts("uk", 1, 2, 5, 21, 11, 22));
    }

    @Test
    void arabicHasAllSixForms() {
        assertEquals(List.of("لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "5 مقالات", "11 مقالًا", "21 مقالًا", "100 مقال"),
                counts("ar", 0, 1, 2, 3, 5, 11, 21, 100));
    }

    @Test
    void polishHasOneFewAndMany() {
        assertEquals(List.of("1 artykuł", "2 artykuły", "5 artykułów", "21 artykułów", "22 artykuły"), counts("pl", 1, 2, 5, 21, 22));
    }

    @Test
    void hebrewHasOneTwoAndOther() {
        assertEquals(List.of("כתבה אחת", "שתי כתבות", "5 כתבות", "21 כתבות"), counts("he", 1, 2, 5, 21));
    }

    @Test
    void englishAndFrenchCountZeroDifferently() {
        assertEquals(List.of("0 articles", "1 article", "2 articles", "21 articles"), counts("en", 0, 1, 2, 21));
        assertEquals(List.of("0 article", "1 article", "2 articles", "21 articles"), counts("fr", 0, 1, 2, 21));
    }

    @Test
    void chineseAndJapaneseHaveOneForm() {
        assertEquals(List.of("1 篇文章", "5 篇文章"), counts("zh-Hans", 1, 5));
        assertEquals(List.of("1 件", "5 件"), counts("ja", 1, 5));
    }

    @Test
    void argumentsGoInWhereTheLanguagePutsThem() {
        assertEquals("The latest articles about AI.", messages("en").text("topic.description", "AI"));
        assertEquals("Останні статті на тему «AI».", messages("uk").text("topic.description", "AI"));
        assertEquals("Technology (page 2 of 5)", messages("en").text("page.ofTotal", "Technology", 2, 5));
        assertEquals("AI（2/5 ページ）", messages("ja").text("page.ofTotal", "AI", 2, 5));
    }

    @Test
    void anApostropheIsText() {
        assertEquals("Lire l’article complet sur example.com\u00a0→", messages("fr").text("article.readOriginal", "example.com"));
    }

    @Test
    void anUnknownKeyNamesTheNearestOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> messages("en").text("nav.lattest"));
        assertEquals("no message 'nav.lattest'; did you mean 'nav.latest'?", e.getMessage());
    }
}
