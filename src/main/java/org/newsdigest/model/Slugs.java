package org.newsdigest.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.Map;

/**
 * Turns names into URL path segments: lower-case ASCII letters, digits and single hyphens, never empty, at
 * most {@value #MAX_LENGTH} characters. Latin accents are dropped, Cyrillic and Greek are transliterated,
 * and symbols that distinguish names ({@code C++} and {@code C#}) are spelt out. Letters with no Latin
 * spelling (CJK, Arabic, …) are replaced by a short hash of the name, so distinct names keep distinct slugs.
 */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    private static final Map<Character, String> SPELT_OUT = Map.of(
            '+', " plus ", '#', " sharp ", '&', " and ", '@', " at ");

    private static final Map<Character, String> TRANSLITERATION = Map.ofEntries(
            // Cyrillic (Russian, Ukrainian, Belarusian, Serbian letters)
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('є', "ye"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "y"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ў', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ђ', "dj"), Map.entry('ј', "j"),
            Map.entry('љ', "lj"), Map.entry('њ', "nj"), Map.entry('ћ', "c"), Map.entry('џ', "dz"),
            // Greek
            Map.entry('α', "a"), Map.entry('β', "v"), Map.entry('γ', "g"), Map.entry('δ', "d"), Map.entry('ε', "e"),
            Map.entry('ζ', "z"), Map.entry('η', "i"), Map.entry('θ', "th"), Map.entry('ι', "i"), Map.entry('κ', "k"),
            Map.entry('λ', "l"), Map.entry('μ', "m"), Map.entry('ν', "n"), Map.entry('ξ', "x"), Map.entry('ο', "o"),
            Map.entry('π', "p"), Map.entry('ρ', "r"), Map.entry('σ', "s"), Map.entry('ς', "s"), Map.entry('τ', "t"),
            Map.entry('υ', "y"), Map.entry('φ', "f"), Map.entry('χ', "ch"), Map.entry('ψ', "ps"), Map.entry('ω', "o"),
            // Latin letters that do not decompose into a base letter and a mark
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"), Map.entry('ł', "l"),
            Map.entry('đ', "d"), Map.entry('þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"));

    private Slugs() {
    }

    /**
     * An article's site path, {@code articles/<slug>/}: the permalink rule's one spelling, used for its page and in the
     * error that names an address two articles share.
     */
    public static String articlePath(String slug) {
        // called for every card and link to an article, so without String.format, which showed in profiles
        return new StringBuilder(10 + slug.length()).append("articles/").append(slug).append('/').toString();
    }

    public static String of(String name) {
        String lower = nfkc(name).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean untransliterated = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue;
            }
            // the spelt-out symbols are all ASCII and the transliterated letters none: one lookup at most, none for a letter
            String spelt = cp < 0x80 && !Character.isLetterOrDigit(cp) ? SPELT_OUT.get((char) cp) : null;
            String translit = cp >= 0x80 && cp < 0x10000 ? TRANSLITERATION.get((char) cp) : null;
            if (spelt != null) {
                out.append(spelt);
            } else if (translit != null) {
                out.append(translit);
            } else if (cp < 0x80) {
                out.append(Character.isLetterOrDigit(cp) ? (char) cp : ' ');
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // a mark NFKC could not compose (lower-casing 'İ' gives 'i' + U+0307) belongs to the letter before it
                continue;
            } else {
                String base = stripMarks(cp);
                if (base.isEmpty()) {
                    base = transliteratedBase(cp);
                }
                if (!base.isEmpty()) {
                    out.append(base);
                } else {
                    untransliterated |= Character.isLetterOrDigit(cp);
                    out.append(' ');
                }
            }
        }
        String slug = hyphenate(out);
        if (untransliterated || slug.isEmpty()) {
            String hash = shortHash(lower.strip());
            slug = slug.isEmpty() ? hash : cap(slug, MAX_LENGTH - hash.length() - 1) + "-" + hash;
        }
        return cap(slug, MAX_LENGTH);
    }

    /**
     * Trims a name, turns every run of spaces (U+00A0 and the other Unicode spaces too) into one space and removes
     * invisible format characters such as U+200B: {@code " AI "}, {@code "AI\u200B"} and {@code "AI"} read the same.
     */
    /** The slug of a file's name without its extension: {@code 000_67a414a3fefbf38b.txt} gives {@code 000-67a414a3fefbf38b}. */
    public static String ofFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return of(dot > 0 ? name.substring(0, dot) : name);
    }

    public static String collapseSpaces(String name) {
        return collapse(name, cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /**
     * Removes invisible format characters, and turns every run of characters that {@code separates} into one space,
     * none at either end.
     */
    static String collapse(String name, IntPredicate separates) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (separates.test(cp)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * What makes two topic or provider names the same name: equal once spaces are collapsed, format characters
     * removed, compatibility forms folded (NFKC) and case folded. {@code "AI"}, {@code " ai "} and {@code "Ai"} are one
     * name; {@code "AI!"}, {@code "C-Plus-Plus"} and {@code "C++"} are three, even where their slugs agree.
     */
    public static String nameKey(String name) {
        return collapseSpaces(nfkc(name)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** ASCII text is its own NFKC form; most names are ASCII, and the normalizer costs more than the check. */
    static String nfkc(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
        }
        return name;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == 'ʼ' || cp == '`';
    }

    private static String stripMarks(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    /** An accented Greek or Cyrillic letter ('ά', 'ѓ') spelt as its base letter. */
    private static String transliteratedBase(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        return decomposed.length() > 1 ? TRANSLITERATION.getOrDefault(decomposed.charAt(0), "") : "";
    }

    private static String hyphenate(CharSequence words) {
        StringBuilder slug = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else if (Character.isUpperCase(c) && c < 0x80) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    /** Cuts at a hyphen where one is near the limit, so a long title does not end in half a word. */
    private static String cap(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', max);
        String capped = cut > max / 2 ? slug.substring(0, cut) : slug.substring(0, max);
        return capped.endsWith("-") ? capped.substring(0, capped.length() - 1) : capped;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
