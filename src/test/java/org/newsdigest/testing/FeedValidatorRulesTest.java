package org.newsdigest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's rules, as the tests have them, catch what the W3C Feed Validation Service warns of. */
class FeedValidatorRulesTest {

    static final String RSS_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n";
    static final String ITEM = "<item>\n<title>T</title>\n<description>D</description>\n</item>\n";
    static final String RSS_END = "</channel>\n</rss>\n";

    @Test
    void aChannelTitleEscapedOnceIsHtml() {
        // the topic and provider feeds as they were: a provider named "<b>x</b>", escaped for XML only
        assertEquals(List.of("line 4: <title> A <b>x</b>: ContainsHTML: </b>"),
                rss("<title>A &lt;b&gt;x&lt;/b&gt;</title>\n" + ITEM));
        assertEquals(List.of("line 4: <description> <script>alert(1)</script>: ContainsHTML: </script>"),
                rss("<description>&lt;script&gt;alert(1)&lt;/script&gt;</description>\n" + ITEM));
    }

    @Test
    void aReferenceInTheTextNeedsAHexadecimalReferenceOnItsLine() {
        assertEquals(List.of("line 5: <title> &amp; more: ContainsHTML: &amp;"),
                rss("<item>\n<title>&amp;amp; more</title>\n<description>D</description>\n</item>\n"));
        assertEquals(List.of("line 7: <category> &#x41;: ContainsHTML: &#x41;"),
                rss("<item>\n<title>T</title>\n<description>D</description>\n<category>&amp;#x41;</category>\n</item>\n"));
        // the same text written with a hexadecimal reference is text to the service
        assertEquals(List.of(), rss("<item>\n<title>&#x26;amp; more</title>\n<description>D</description>\n</item>\n"));
        // a hexadecimal reference counts on any line of the element, but not on a line before it
        assertEquals(List.of(), rss("<item>\n<title>&#x26;\n&amp;amp;</title>\n<description>D</description>\n</item>\n"));
        assertEquals(List.of("line 6: <title> &amp;: ContainsHTML: &amp;"),
                rss("<item>\n<description>&#x26;</description>\n<title>&amp;amp;</title>\n</item>\n"));
    }

    @Test
    void markupLikeTextInRssWantsHexadecimalReferences() {
        assertEquals(List.of("line 6: <dc:creator> a<b: CharacterData: encode & and < in plain text using hexadecimal character references"),
                rss("<item>\n<title>T</title>\n<dc:creator>a&lt;b</dc:creator>\n<description>D</description>\n</item>\n"));
        assertEquals(List.of(), rss("<item>\n<title>T</title>\n<dc:creator>a&#x3C;b</dc:creator>\n<description>D</description>\n</item>\n"));
        assertEquals(List.of(), rss("<item>\n<title>C++ &lt; Rust, AT&amp;T</title>\n<description>D</description>\n</item>\n"));
    }

    @Test
    void anItemsDescriptionIsHtmlAndMayHoldMarkup() {
        assertEquals(List.of(), rss("<item>\n<title>T</title>\n<description>&lt;b&gt;x&lt;/b&gt;</description>\n</item>\n"));
    }

    @Test
    void everyEntryHasText() {
        assertEquals(List.of("line 4: MissingDescription: item has no description"), rss("<item>\n<title>T</title>\n</item>\n"));
        assertEquals(List.of("line 3: MissingTextualContent: entry has no summary or content"),
                atom("<entry>\n<title>T</title>\n</entry>\n"));
        assertEquals(List.of(), atom("<entry>\n<title>T</title>\n<summary type=\"html\">&lt;b&gt;x&lt;/b&gt;</summary>\n</entry>\n"));
    }

    @Test
    void atomTextConstructsAuthorNamesAndCategoryLabelsAreText() {
        assertEquals(List.of("line 4: <title> <b>x</b>: ContainsUndeclaredHTML: </b>",
                "line 5: <name> &amp;: ContainsUndeclaredHTML: &amp;",
                "line 6: <category/@label> &lt;: ContainsUndeclaredHTML: &lt;"),
                atom("<entry>\n<title>&lt;b&gt;x&lt;/b&gt;</title>\n<author><name>&amp;amp;</name></author>\n"
                        + "<category term=\"t\" label=\"&amp;lt;\"/>\n<summary>S</summary>\n</entry>\n"));
        // CharacterData is the RSS profile's, not Atom's
        assertEquals(List.of(), atom("<entry>\n<title>a&lt;b</title>\n<summary>S</summary>\n</entry>\n"));
    }

    @Test
    void anAtomTextConstructDeclaredHtmlMayHoldOnlySafeHtml() {
        // text escaped as HTML, then for XML: no tag once the XML is read, so nothing to warn of
        assertEquals(List.of(), atom("<title type=\"html\">&#x26;lt;b&#x26;gt;x&#x26;lt;/b&#x26;gt; &#x26;amp;amp;</title>\n"
                + "<entry>\n<title type=\"html\">Chrome ships the &amp;lt;dialog&amp;gt; element</title>\n"
                + "<summary type=\"html\">&lt;b&gt;x&lt;/b&gt;</summary>\n</entry>\n"));
        // live markup is looked at as HTML: a safe element is accepted, an unsafe or unknown one is not
        assertEquals(List.of("line 3: <title> <script>alert(1)</script> <blink>: SecurityRisk: script",
                "line 3: <title> <script>alert(1)</script> <blink>: NotHtml: blink"),
                atom("<title type=\"html\">&lt;script&gt;alert(1)&lt;/script&gt; &lt;blink&gt;</title>\n"
                        + "<subtitle type=\"html\">&lt;b&gt;x&lt;/b&gt;</subtitle>\n"));
        // a name is not a text construct, whatever type it claims
        assertEquals(List.of("line 3: <name> &amp;: ContainsUndeclaredHTML: &amp;"),
                atom("<author><name type=\"html\">&amp;amp;</name></author>\n"));
    }

    @Test
    void anEnclosureHasAnAddressAWholeLengthAndAType() {
        assertEquals(List.of(), rss(item("<enclosure url=\"https://img.example/a.jpg?w=1\" length=\"0\" type=\"image/jpeg\"/>\n")));
        assertEquals(List.of("line 7: enclosure: UseZeroForUnknown"),
                rss(item("<enclosure url=\"https://img.example/a.jpg\" length=\"-1\" type=\"image/jpeg\"/>\n")));
        assertEquals(List.of("line 7: enclosure: MissingAttribute length", "line 7: enclosure: MissingAttribute type"),
                rss(item("<enclosure url=\"https://img.example/a.jpg\"/>\n")));
        assertEquals(List.of("line 7: enclosure: InvalidURLAttribute /a.jpg", "line 4: DuplicateEnclosure"),
                rss(item("<enclosure url=\"/a.jpg\" length=\"0\" type=\"image/jpeg\"/>\n"
                        + "<enclosure url=\"https://img.example/a.jpg\" length=\"0\" type=\"image/jpeg\"/>\n")));
    }

    private static String item(String inside) {
        return "<item>\n<title>T</title>\n<description>D</description>\n" + inside + "</item>\n";
    }

    private static List<String> rss(String inside) {
        return FeedValidatorRules.warnings((RSS_START + inside + RSS_END).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> atom(String inside) {
        return FeedValidatorRules.warnings(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + inside + "</feed>\n").getBytes(StandardCharsets.UTF_8));
    }
}
