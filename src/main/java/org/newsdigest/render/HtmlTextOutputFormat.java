package org.newsdigest.render;

import java.util.Set;

/**
 * Text escaped as the content of an HTML element: {@code &}, {@code <} and {@code >} become {@code &amp;},
 * {@code &lt;} and {@code &gt;}, and nothing else changes. An Atom text construct declared {@code type="html"} needs no
 * more, and quotes left as typed keep {@code China's} readable in a reader that ignores the type and shows the HTML
 * as text (rss-parser does), where FreeMarker's HTML format would write {@code China&#39;s}.
 *
 * <p>Never a template's format alone: it is the inner part of {@link FeedFormats#XML_HTML_TEXT}, which then escapes
 * the result for XML.
 */
final class HtmlTextOutputFormat extends EscapingOutputFormat {

    static final HtmlTextOutputFormat INSTANCE = new HtmlTextOutputFormat();

    private HtmlTextOutputFormat() {
        super("HTMLText", "text/html", Set.of(), HtmlTextOutputFormat::escape);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
