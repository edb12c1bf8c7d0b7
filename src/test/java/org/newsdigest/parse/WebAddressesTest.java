package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/                       | https://example.com/
            HTTPS://Example.com/A                      | https://Example.com/A
            https://example.com/a story/café?q=ü ö     | https://example.com/a%20story/caf%C3%A9?q=%C3%BC%20%C3%B6
            https://bücher.example/straße              | https://xn--bcher-kva.example/stra%C3%9Fe
            https://пример.испытание/путь              | https://xn--e1afmkfd.xn--80akhbyknj4f/%D0%BF%D1%83%D1%82%D1%8C
            https://ok.example/%                       | https://ok.example/%25
            https://ok.example/%41%zz                  | https://ok.example/%41%25zz
            https://ok.example/[x]                     | https://ok.example/%5Bx%5D
            https://ok.example/"onclick=alert(3)       | https://ok.example/%22onclick=alert(3)
            https://ok.example/a#b#c                   | https://ok.example/a#b%23c
            https://[::1]:8080/x                       | https://[::1]:8080/x
            https://example.com:443/                   | https://example.com:443/
            https://example.com:1/                     | https://example.com:1/
            https://example.com:65535/                 | https://example.com:65535/
            https://example.com:/                      | https://example.com/
            https://user@example.com/                  | https://user@example.com/
            """)
    void acceptsAndEncodes(String text, String expected) {
        assertEquals(Optional.of(URI.create(expected)), WebAddresses.parse(text));
    }

    /** The text itself, not only an equal URI: URI equality ignores the case of the host and of escapes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HtTpS://EXAMPLE.com/Path?Q=1#F             | https://EXAMPLE.com/Path?Q=1#F
            https://a-b.x1.example                     | https://a-b.x1.example
            https://example.com./x                     | https://example.com./x
            https://%s.com/                            | https://%s.com/
            https://ok.example/%7e#a                   | https://ok.example/%7e#a
            https://example.com#a b                    | https://example.com#a%20b
            """)
    void keepsTheTextOfWhatNeedsNoEncoding(String text, String expected) {
        String label = "x".repeat(63);
        assertEquals(expected.replace("%s", label), WebAddresses.parse(text.replace("%s", label)).orElseThrow().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://%s.com/", "https://exa_mple.com/", "https://.example.com/", "httpſ://example.com/",
            "htİps://example.com/"})
    void refusesWhatThePlainAsciiPathsMustNotAccept(String text) {
        assertEquals(Optional.empty(), WebAddresses.parse(text.replace("%s", "x".repeat(64))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", " https://example.com/", "//example.com/", "/relative", "https:///no-host",
            "http://", "https:example.com", "ftp://example.com/", "https://example.com:0/", "https://example.com:65536/",
            "https://example.com:99999/", "https://example.com:-1/", "https://example.com:80x/", "https://exa mple.com/",
            "https://exa\"mple.com/", "https://[::1/", "https://a..b/"})
    void refuses(String text) {
        assertEquals(Optional.empty(), WebAddresses.parse(text));
    }

    @Test
    void everyCharacterNotAllowedAfterTheHostIsEncoded() {
        assertEquals("https://ok.example/a%22%3C%3E%5C%5E%60%7B%7C%7D%5B%5Db",
                WebAddresses.parse("https://ok.example/a\"<>\\^`{|}[]b").orElseThrow().toString());
    }
}
