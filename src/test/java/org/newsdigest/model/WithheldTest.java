package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
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
}
