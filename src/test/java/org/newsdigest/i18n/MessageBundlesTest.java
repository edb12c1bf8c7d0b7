package org.newsdigest.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.SourcePosition;

/** The bundles the theme ships, the fallback from a region to its language, and a site's own messages file. */
class MessageBundlesTest {

    /** Messages whose noun changes with the number: they need every plural form the language has. */
    private static final List<String> COUNTED = List.of("terms.count", "search.found");
    static final List<String> TRANSLATIONS = MessageBundles.BUNDLED.stream().filter(name -> !name.equals("en")).toList();

    @TempDir
    Path templates;

    @ParameterizedTest
    @FieldSource("TRANSLATIONS")
    void everyBundleHasEveryMessageOfEnglishAndNoOther(String language) {
        assertEquals(MessageBundles.bundled("en").keySet(), MessageBundles.bundled(language).keySet());
    }

    @ParameterizedTest
    @FieldSource("TRANSLATIONS")
    void everyMessageTakesTheArgumentsEnglishGivesIt(String language) {
        Map<String, String> english = MessageBundles.bundled("en");
        ULocale locale = ReaderLocale.of(language);
        List<String> wrong = new ArrayList<>();
        MessageBundles.bundled(language).forEach((key, pattern) -> {
            Set<String> expected = new TreeSet<>(new MessageFormat(english.get(key), ULocale.ENGLISH).getArgumentNames());
            if (!expected.equals(new TreeSet<>(new MessageFormat(pattern, locale).getArgumentNames()))) {
                wrong.add(key);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @FieldSource("TRANSLATIONS")
    void countedNounsHaveEveryPluralFormOfTheLanguage(String language) {
        Map<String, String> bundle = MessageBundles.bundled(language);
        PluralRules rules = PluralRules.forLocale(ReaderLocale.of(language));
        for (String key : COUNTED) {
            for (String keyword : rules.getKeywords()) {
                // a keyword only fractions fall under (Ukrainian's other) still needs its form: 1.5 статті
                assertTrue(bundle.get(key).contains(keyword + "{"), () -> language + " " + key + " lacks " + keyword);
            }
        }
    }

    @Test
    void aRegionFallsBackToItsLanguageAndAScriptIsImplied() {
        assertEquals(List.of("pt"), MessageBundles.bundlesFor("pt-BR"));
        assertEquals(List.of("zh-Hans"), MessageBundles.bundlesFor("zh-CN"));
        assertEquals(List.of("zh-Hans"), MessageBundles.bundlesFor("zh"));
        assertEquals(List.of(), MessageBundles.bundlesFor("zh-TW"));
        assertEquals(List.of("he"), MessageBundles.bundlesFor("he-IL"));
        assertEquals(List.of("en"), MessageBundles.bundlesFor("en-GB"));
    }

    @Test
    void aBundledLanguageLoadsWithoutProblems() {
        MessageBundles.Loaded loaded = MessageBundles.load("pt-BR", templates);
        assertEquals(List.of(), loaded.problems());
        assertEquals("Destaques", loaded.messages().text("home.topStories"));
    }

    @Test
    void theSiteFileOverridesAnyMessage() throws IOException {
        write("nav.latest = Свіже\nterms.count = {0, plural, one{# допис} few{# дописи} many{# дописів} other{# допису}}\n");
        MessageBundles.Loaded loaded = MessageBundles.load("uk", templates);
        assertEquals(List.of(), loaded.problems());
        assertEquals("Свіже", loaded.messages().text("nav.latest"));
        assertEquals("5 дописів", loaded.messages().text("terms.count", 5));
        assertEquals("Теми", loaded.messages().text("nav.topics"));
    }

    @Test
    void aLanguageWithoutABundleFallsBackToEnglishAndNamesWhatIsMissing() throws IOException {
        StringBuilder italian = new StringBuilder();
        MessageBundles.bundled("en").keySet().stream().filter(key -> !key.equals("home.empty") && !key.equals("nav.latest"))
                .forEach(key -> italian.append(key).append(" = x\n"));
        write(italian.toString());
        MessageBundles.Loaded loaded = MessageBundles.load("it", templates);
        assertEquals(List.of(Problem.warning(SourcePosition.unplaced(templates.resolve("messages.properties")),
                "2 messages have no text in 'it' and show in English: home.empty, nav.latest; add them to this file")),
                loaded.problems());
        assertEquals("Latest", loaded.messages().text("nav.latest"));
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheNearestOne() throws IOException {
        write("# mine\nnav.lattest = Fresh\n");
        assertEquals(List.of(Problem.error(SourcePosition.of(templates.resolve("messages.properties"), 2),
                "unknown message 'nav.lattest'; did you mean 'nav.latest'?")), MessageBundles.load("en", templates).problems());
    }

    @Test
    void aMessageThatIsNotAnIcuMessageIsAnError() throws IOException {
        write("terms.count = {0, plural, one{# post} other{# posts}\n");
        MessageBundles.Loaded loaded = MessageBundles.load("en", templates);
        assertTrue(loaded.failed());
        assertEquals(List.of(Problem.error(SourcePosition.of(templates.resolve("messages.properties"), 1),
                "message 'terms.count' is not an ICU message (Bad plural pattern syntax: [at pattern index 11] \" one{# post} "
                        + "other{# ...\"); found '{0, plural, one{# post} other{# posts}'; write e.g. "
                        + "{0, plural, one{# article} other{# articles}}")), loaded.problems());
    }

    private void write(String text) throws IOException {
        Files.writeString(templates.resolve(MessageBundles.SITE_FILE), text, StandardCharsets.UTF_8);
    }
}
