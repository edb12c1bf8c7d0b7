package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * XML as the feed templates write it: like FreeMarker's XML format, but every {@code & < > " '} becomes a hexadecimal
 * character reference ({@code &#x26;}, {@code &#x3C;} ...). The RSS Advisory Board's profile asks for hexadecimal
 * references, and the W3C Feed Validation Service takes a line holding {@code &#x} as proof that an {@code &lt;} in the
 * decoded text was meant as text; with named entities it reports the text as HTML.
 *
 * <p>Used as it is for the fields that are not text (addresses, dates), and as the outer part of
 * {@link FeedFormats#XML_TEXT} and {@link FeedFormats#XML_HTML}.
 */
final class FeedXmlOutputFormat extends CommonMarkupOutputFormat<FeedXmlOutputFormat.Xml> {

    static final FeedXmlOutputFormat INSTANCE = new FeedXmlOutputFormat();

    private FeedXmlOutputFormat() {
    }

    @Override
    public String getName() {
        return "FeedXML";
    }

    @Override
    public String getMimeType() {
        return "application/xml";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
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

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("xml") || builtInName.equals("html") || builtInName.equals("xhtml");
    }

    @Override
    protected Xml newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Xml(plainTextContent, markupContent);
    }

    /** A piece of feed XML. */
    static final class Xml extends CommonTemplateMarkupOutputModel<Xml> {
        Xml(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public FeedXmlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
