package org.newsdigest.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Set;

/** The locale a reader of the site expects dates, numbers and the writing direction in, from the site's language tag. */
public final class ReaderLocale {

    /** Languages written right to left: the page gets {@code dir="rtl"} and the stylesheet mirrors. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ckb");

    private ReaderLocale() {
    }

    /**
     * The locale for dates and numbers. A bare {@code en} is CLDR's American English ("July 29, 2021"); a site that
     * names no country gets world English ({@code en-001}: "29 July 2021") instead, as the theme always showed, and
     * {@code en-US} gets the American form.
     */
    public static ULocale of(String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag);
        if (locale.getLanguage().equals("en") && locale.getCountry().isEmpty()) {
            return ULocale.forLanguageTag("en-001");
        }
        return locale;
    }

    /** True for Arabic, Hebrew, Persian, Urdu and the other languages written right to left. */
    public static boolean isRightToLeft(String languageTag) {
        String language = ULocale.forLanguageTag(languageTag).getLanguage();
        // Java's old code for Hebrew
        return RIGHT_TO_LEFT.contains(language.equals("iw") ? "he" : language);
    }
}
