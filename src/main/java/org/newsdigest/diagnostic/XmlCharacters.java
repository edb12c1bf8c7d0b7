package org.newsdigest.diagnostic;

/**
 * Removes characters that XML 1.0 does not allow (C0 controls other than tab, newline and carriage return,
 * U+FFFE, U+FFFF and unpaired surrogates), so any text read from an article can go into a feed and leave it
 * well-formed; and also those XML allows but HTML reports as parse errors and XML 1.0 asks authors to avoid
 * (DEL, the C1 controls U+0080 to U+009F, and the noncharacters U+FDD0 to U+FDEF and U+nFFFE/U+nFFFF of every
 * plane), none of which a reader can see. Applied where text enters the program, so every later step can trust it.
 */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    public static String clean(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            // an unpaired surrogate comes back as itself, which isAllowed refuses
            int cp = text.codePointAt(i);
            if (isAllowed(cp)) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return kept.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // most text is printable ASCII, which needs no code point decoding: this runs on every value of every article
            if (c >= 0x20 && c < 0x7F) {
                i++;
                continue;
            }
            // and the rest of the Basic Multilingual Plane before the surrogates (Cyrillic, Arabic, CJK, …)
            if (c >= 0xA0 && c < 0xD800) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!isAllowed(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isAllowed(int cp) {
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r';
        }
        if (cp >= 0x7F && cp <= 0x9F) {
            return false;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return false;
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF) {
            return false;
        }
        return (cp & 0xFFFE) != 0xFFFE;
    }
}
