package org.newsdigest.render;

import java.util.Set;

/**
 * XML as the feed templates write it: like FreeMarker's XML format, but every {@code & < > " '} becomes a hexadecimal
 * character reference ({@code &#x26;}, {@code &#x3C;} ...). The RSS Advisory Board's profile asks for hexadecimal
 * references, and the W3C Feed Validation Service takes a line holding {@code &#x} as proof that an {@code &lt;} in the
 * decoded text was meant as text; with named entities it reports the text as HTML.
 *
 * <p>Used as it is for the fields that are not text (addresses, dates), and as the outer part of
 * {@link FeedFormats#XML_TEXT} and {@link FeedFormats#XML_HTML}.
 */
final class FeedXmlOutputFormat extends EscapingOutputFormat {

    static final FeedXmlOutputFormat INSTANCE = new FeedXmlOutputFormat();

    private FeedXmlOutputFormat() {
        super("FeedXML", "application/xml", Set.of("xml", "html", "xhtml"), FeedXmlOutputFormat::escape);
    }

    private static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            String reference = switch (text.charAt(i)) {
                case '&' -> "&#x26;";
                case '<' -> "&#x3C;";
                case '>' -> "&#x3E;";
                case '"' -> "&#x22;";
                case '\'' -> "&#x27;";
                default -> null;
            };
            if (reference != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (reference != null) {
                    escaped.append(reference);
                } else {
                    escaped.append(text.charAt(i));
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
