package org.newsdigest.diagnostic;

/**
 * Removes characters XML 1.0 does not allow (C0 controls other than tab, newline and carriage return,
 * U+FFFE, U+FFFF and unpaired surrogates), so any text read from an article can go into a feed and leave it
 * well-formed. Applied where text enters the program, so every later step can trust it.
 */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    public static String clean(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (isAllowed(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (!isAllowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
