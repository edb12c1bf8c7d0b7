package org.newsdigest.model;

import java.nio.charset.StandardCharsets;

/**
 * {@link Withheld#titleKey} of a headline written in ASCII, without the normaliser and the per-character Unicode
 * lookups: the same key, from a table of what {@code titleKey} does with each ASCII character, made from its own rules.
 */
final class AsciiTitleKey {

    private static final byte KEEP = 0;
    private static final byte SEPARATE = 1;
    private static final byte DROP = 2;
    private static final byte[] KIND = new byte[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            KIND[c] = Character.getType(c) == Character.FORMAT ? DROP : Withheld.separatesWords(c) ? SEPARATE : KEEP;
        }
    }

    private AsciiTitleKey() {
    }

    static boolean applies(String title) {
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** @param title a headline that {@link #applies} */
    static String of(String title) {
        byte[] out = new byte[title.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            byte kind = KIND[c];
            if (kind == DROP) {
                continue;
            }
            if (kind == SEPARATE) {
                gap = true;
                continue;
            }
            if (gap && length > 0) {
                out[length++] = ' ';
            }
            gap = false;
            out[length++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(out, 0, length, StandardCharsets.ISO_8859_1);
    }
}
