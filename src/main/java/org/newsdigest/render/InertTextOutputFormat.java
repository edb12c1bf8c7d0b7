package org.newsdigest.render;

import java.util.Set;

/**
 * Plain text made inert for a feed field that one reader takes as text and another as HTML (an RSS title, a provider's
 * name, an Atom author's name or category): a {@code <} that would open a tag (followed by a letter, {@code /},
 * {@code !} or {@code ?}) becomes {@code &lt;}, and an {@code &} that would start a character reference (followed by {@code #}, or by letters and
 * digits ending in {@code ;}) becomes {@code &amp;}. Everything else stays as typed, so {@code AT&T},
 * {@code Newsroom & Co} and {@code C++ < Rust} read the same in every reader, and none sees live markup; text that looks
 * like markup ({@code <b>}, {@code &amp;}) reads as typed where the field is taken as HTML, and with a visible
 * {@code &lt;} or {@code &amp;} where it is taken as text.
 *
 * <p>Never a template's format alone: it is the inner part of {@link FeedFormats#XML_TEXT}, which then escapes the
 * result for XML.
 */
final class InertTextOutputFormat extends EscapingOutputFormat {

    static final InertTextOutputFormat INSTANCE = new InertTextOutputFormat();

    private InertTextOutputFormat() {
        super("InertText", "text/plain", Set.of(), InertTextOutputFormat::escape);
    }

    private static String escape(String text) {
        StringBuilder inert = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' && opensTag(text, i + 1)) {
                inert.append("&lt;");
            } else if (c == '&' && startsReference(text, i + 1)) {
                inert.append("&amp;");
            } else {
                inert.append(c);
            }
        }
        return inert.toString();
    }

    private static boolean opensTag(String text, int next) {
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** {@code &#...}, or {@code &name;} with at least one letter or digit before the semicolon. */
    private static boolean startsReference(String text, int next) {
        if (next < text.length() && text.charAt(next) == '#') {
            return true;
        }
        int end = next;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end > next && end < text.length() && text.charAt(end) == ';';
    }
}
