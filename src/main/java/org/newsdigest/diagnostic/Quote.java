package org.newsdigest.diagnostic;

/**
 * Quotes user input inside a message: one line, control characters and invisible ones (format characters such as
 * U+200B, line and paragraph separators) shown as escapes, long values shortened.
 */
public final class Quote {

    private static final int LIMIT = 60;

    private Quote() {
    }

    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < value.length() && shown < LIMIT; i++, shown++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (value.length() > LIMIT) {
            out.append("…");
        }
        return out.append('\'').toString();
    }
}
