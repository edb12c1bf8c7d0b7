package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * An output format for {@code .ftlj} templates whose interpolations sit inside JSON strings: every
 * {@code ${...}} is escaped as JSON string content, the same way {@code .ftlh} escapes HTML, so feed.json
 * cannot be broken by a title with a quote, a backslash or a control character.
 */
final class JsonStringOutputFormat extends CommonMarkupOutputFormat<JsonStringOutputFormat.Json> {

    static final JsonStringOutputFormat INSTANCE = new JsonStringOutputFormat();

    private JsonStringOutputFormat() {
    }

    @Override
    public String getName() {
        return "JSONString";
    }

    @Override
    public String getMimeType() {
        return "application/feed+json";
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
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '<' -> escaped.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("json_string");
    }

    @Override
    protected Json newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Json(plainTextContent, markupContent);
    }

    /** A piece of already escaped JSON string content. */
    static final class Json extends CommonTemplateMarkupOutputModel<Json> {
        Json(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public JsonStringOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
