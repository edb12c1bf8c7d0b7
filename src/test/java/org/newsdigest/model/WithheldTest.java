package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
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
