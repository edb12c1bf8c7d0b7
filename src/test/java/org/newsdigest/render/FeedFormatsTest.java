package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.TemplateModelException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The feeds' escaping rules, one per kind of field, on the values that make them differ. */
class FeedFormatsTest {

    @Test
    void inertTextDisarmsOnlyWhatWouldBeATagOrAReference() throws TemplateModelException {
        InertTextOutputFormat inert = InertTextOutputFormat.INSTANCE;
        assertEquals("&lt;b>Bold&lt;/b> & Co", inert.escapePlainText("<b>Bold</b> & Co"));
        assertEquals("&lt;script>alert(1)&lt;/script>", inert.escapePlainText("<script>alert(1)</script>"));
        assertEquals("&lt;!-- x --> &lt;?php ?>", inert.escapePlainText("<!-- x --> <?php ?>"));
        assertEquals("AT&T, Newsroom & Co, C++ < Rust, 1 <2, a &b", inert.escapePlainText("AT&T, Newsroom & Co, C++ < Rust, 1 <2, a &b"));
        assertEquals("a&lt;b", inert.escapePlainText("a<b"));
        assertEquals("&amp;amp; &amp;#x41; &amp;#65; &amp;copy; &amp;#", inert.escapePlainText("&amp; &#x41; &#65; &copy; &#"));
        assertEquals("R&amp;D; &; & ;", inert.escapePlainText("R&D; &; & ;"), "only letters and digits before the ';' make a reference");
        assertEquals("ends with < and &", inert.escapePlainText("ends with < and &"));
    }

    @Test
    void feedXmlWritesHexadecimalReferences() {
        assertEquals("&#x26;lt; &#x3C; &#x3E; &#x22; &#x27; plain", FeedXmlOutputFormat.INSTANCE.escapePlainText("&lt; < > \" ' plain"));
    }

    @Test
    void eachKindOfFieldHasItsRule() throws TemplateModelException {
        String typed = "<b>AT&T</b> &amp; C++ < Rust";
        assertEquals("&#x26;lt;b&#x3E;AT&#x26;T&#x26;lt;/b&#x3E; &#x26;amp;amp; C++ &#x3C; Rust", FeedFormats.XML_TEXT.escapePlainText(typed));
        assertEquals("&#x26;lt;b&#x26;gt;AT&#x26;amp;T&#x26;lt;/b&#x26;gt; &#x26;amp;amp; C++ &#x26;lt; Rust",
                FeedFormats.XML_HTML.escapePlainText(typed));
        assertEquals("&#x26;lt;b&#x26;gt;AT&#x26;amp;T&#x26;lt;/b&#x26;gt; &#x26;amp;amp; C++ &#x26;lt; Rust",
                FeedFormats.XML_HTML_TEXT.escapePlainText(typed));
        assertEquals("China&#x27;s &#x22;AI&#x22;", FeedFormats.XML_HTML_TEXT.escapePlainText("China's \"AI\""),
                "quotes are not escaped for HTML, only for XML, so a reader that ignores type=\"html\" reads them as typed");
        assertEquals("\\u003cb>AT&T\\u003c/b> &amp; C++ \\u003c Rust", JsonStringOutputFormat.INSTANCE.escapePlainText(typed),
                "JSON Feed's text as typed, escaped for a JSON string only");
    }

    @Test
    void anImagesTypeIsToldByItsPathsExtension() {
        assertEquals(Optional.of("image/jpeg"), ImageTypes.ofUrl(URI.create("https://img.example/lead.jpg?w=1024")));
        assertEquals(Optional.of("image/jpeg"), ImageTypes.ofUrl(URI.create("https://img.example/a.JPEG")));
        assertEquals(Optional.of("image/png"), ImageTypes.ofUrl(URI.create("https://img.example/a.png#x")));
        assertEquals(Optional.of("image/gif"), ImageTypes.ofUrl(URI.create("https://img.example/a.gif")));
        assertEquals(Optional.of("image/webp"), ImageTypes.ofUrl(URI.create("https://img.example/a.webp")));
        assertEquals(Optional.of("image/avif"), ImageTypes.ofUrl(URI.create("https://img.example/a.avif")));
        assertEquals(Optional.of("image/svg+xml"), ImageTypes.ofUrl(URI.create("https://img.example/a.svg")));
        assertEquals(Optional.empty(), ImageTypes.ofUrl(URI.create("https://img.example/picture.unknown")));
        assertEquals(Optional.empty(), ImageTypes.ofUrl(URI.create("https://img.example/image?format=jpg")));
        assertEquals(Optional.empty(), ImageTypes.ofUrl(URI.create("https://img.example.jpg/")));
    }
}
