package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

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
final class InertTextOutputFormat extends CommonMarkupOutputFormat<InertTextOutputFormat.Inert> {

    static final InertTextOutputFormat INSTANCE = new InertTextOutputFormat();

    private InertTextOutputFormat() {
    }

    @Override
    public String getName() {
        return "InertText";
    }

    @Override
    public String getMimeType() {
        return "text/plain";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
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

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Inert newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Inert(plainTextContent, markupContent);
    }

    /** A piece of inert text. */
    static final class Inert extends CommonTemplateMarkupOutputModel<Inert> {
        Inert(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public InertTextOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
