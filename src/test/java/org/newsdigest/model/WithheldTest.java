package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WithheldTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Robots take over", "robots TAKE over", "  Robots   take over ", "Robots\u00A0take\u2009over",
            "Robots\u3000take over", "Ro\u200Bbots take over", "Robots: take over!", "Robots — take over", "\u201CRobots\u201D take over",
            "Ｒｏｂｏｔｓ take over", "Robots\ttake\nover"})
    void headlinesThatReadTheSameHaveOneKey(String title) {
        assertEquals("robots take over", Withheld.titleKey(title));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Robots take overs", "Robot stake over", "C++ robots take over"})
    void differentWordsAreDifferentHeadlines(String title) {
        assertNotEquals("robots take over", Withheld.titleKey(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://wire.example/story
            http://wire.example/story
            https://WIRE.example/story/
            https://wire.example:443/story
            http://wire.example:80/story//
            https://wire.example/story#comments
            """)
    void addressesOfOnePageHaveOneKey(String url) {
        assertEquals("wire.example/story", Withheld.urlKey(URI.create(url)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://wire.example/story?page=2", "https://wire.example:8443/story", "https://wire.example/Story",
            "https://www.wire.example/story"})
    void otherPagesHaveOtherKeys(String url) {
        assertNotEquals("wire.example/story", Withheld.urlKey(URI.create(url)));
    }

    /** A related entry that names a withheld article by its AMP address alone is that article too. */
    @Test
    void aRelatedEntryThatGivesOnlyTheAmpAddressOfAWithheldArticleIsThatArticle() {
        Withheld withheld = new Withheld();
        withheld.add(Articles.unpublished("Embargoed merger", "https://wire.example/merger",
                "https://wire.example/amp/merger"));

        assertTrue(withheld.describes(related("Another headline", null, "https://wire.example/amp/merger/")));
        assertFalse(withheld.describes(related("Another headline", "https://wire.example/other", null)));
    }

    /** The ASCII shortcut gives the key the Unicode rules give, for every character and for many mixed headlines. */
    @Test
    void anAsciiHeadlineHasTheKeyTheUnicodeRulesGive() {
        List<String> titles = new ArrayList<>();
        for (char a = 0; a < 0x80; a++) {
            titles.add(String.valueOf(a));
            titles.add("Robots" + a + "take" + a + a + "over" + a);
            for (char b = 0; b < 0x80; b++) {
                titles.add(new String(new char[] {a, 'x', b}));
            }
        }
        Random random = new Random(17);
        for (int n = 0; n < 100_000; n++) {
            char[] title = new char[random.nextInt(40)];
            for (int i = 0; i < title.length; i++) {
                title[i] = (char) (random.nextBoolean() ? random.nextInt(0x80) : " ,.-'AZaz09"
                        .charAt(random.nextInt(11)));
            }
            titles.add(new String(title));
        }
        for (String title : titles) {
            assertTrue(AsciiTitleKey.applies(title));
            assertEquals(Withheld.unicodeTitleKey(title), Withheld.titleKey(title), title);
        }
        assertFalse(AsciiTitleKey.applies("Caf\u00E9"));
    }

    /** Related entries are ruled out by the path of their key, found without the key: it must be that key's path. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://wire.example/story", "https://wire.example/story/", "https://WIRE.example:8443/a//",
            "https://wire.example", "https://wire.example/", "https://wire.example?x=/y", "https://wire.example/a?b=/c",
            "http://user@wire.example:80/a/b?c#d", "x/y", "/x/y", "mailto:a@b.example?subject=x/y", "//wire.example/p",
            "https://[::1]:8080/p/", "https://a_b/p", "nullx/y", "https://wire.example/%2Fa/"})
    void anAddressHasThePathOfItsKey(String url) {
        URI uri = URI.create(url);
        assertEquals(Withheld.pathOfKey(Withheld.urlKey(uri)), Withheld.pathOfKeyOf(uri));
    }

    /** A relative address whose key ("null" for its missing host, then its path) is that of an address with a host. */
    @Test
    void anAddressIsWithheldByItsKeyWhateverItsPath() {
        Withheld withheld = new Withheld();
        withheld.add(new ArticleIdentity(Path.of("seeds/x.md"), "Embargoed", Optional.empty(), Optional.of(URI.create("x/y")),
                Optional.empty(), Optional.empty()));

        assertTrue(withheld.describes(related("Another headline", "http://nullx/y", null)));
        assertFalse(withheld.describes(related("Another headline", "http://nullx/z", null)));
    }

    private static RelatedItem related(String title, String webUrl, String ampWebUrl) {
        return new RelatedItem(title, "", Optional.empty(), Optional.ofNullable(webUrl).map(URI::create),
                Optional.ofNullable(ampWebUrl).map(URI::create), Optional.empty(), "", 0,
                Optional.empty(), List.of());
    }

    /** What identifies an unpublished article. */
    private static final class Articles {
        static ArticleIdentity unpublished(String title, String webUrl, String ampWebUrl) {
            return new ArticleIdentity(Path.of("seeds/x.md"), title, Optional.empty(), Optional.of(URI.create(webUrl)),
                    Optional.of(URI.create(ampWebUrl)), Optional.empty());
        }
    }
}
