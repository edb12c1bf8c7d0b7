package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * Text escaped as the content of an HTML element: {@code &}, {@code <} and {@code >} become {@code &amp;},
 * {@code &lt;} and {@code &gt;}, and nothing else changes. An Atom text construct declared {@code type="html"} needs no
 * more, and quotes left as typed keep {@code China's} readable in a reader that ignores the type and shows the HTML
 * as text (rss-parser does), where FreeMarker's HTML format would write {@code China&#39;s}.
 *
 * <p>Never a template's format alone: it is the inner part of {@link FeedFormats#XML_HTML_TEXT}, which then escapes
 * the result for XML.
 */
final class HtmlTextOutputFormat extends CommonMarkupOutputFormat<HtmlTextOutputFormat.HtmlText> {

    static final HtmlTextOutputFormat INSTANCE = new HtmlTextOutputFormat();

    private HtmlTextOutputFormat() {
    }

    @Override
    public String getName() {
        return "HTMLText";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
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

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected HtmlText newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new HtmlText(plainTextContent, markupContent);
    }

    /** A piece of HTML element content. */
    static final class HtmlText extends CommonTemplateMarkupOutputModel<HtmlText> {
        HtmlText(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HtmlTextOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
