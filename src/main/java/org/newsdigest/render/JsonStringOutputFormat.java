package org.newsdigest.render;

import java.util.Set;

/**
 * An output format for {@code .ftlj} templates whose interpolations sit inside JSON strings: every
 * {@code ${...}} is escaped as JSON string content, the same way {@code .ftlh} escapes HTML, so feed.json
 * cannot be broken by a title with a quote, a backslash or a control character.
 */
final class JsonStringOutputFormat extends EscapingOutputFormat {

    static final JsonStringOutputFormat INSTANCE = new JsonStringOutputFormat();

    private JsonStringOutputFormat() {
        super("JSONString", "application/feed+json", Set.of("json_string"), JsonStringOutputFormat::escape);
    }

    private static String escape(String text) {
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        // most texts (a search index's thousands of titles) have nothing to escape: given back as they are
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
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

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '\u2028' || c == '\u2029';
    }
}
