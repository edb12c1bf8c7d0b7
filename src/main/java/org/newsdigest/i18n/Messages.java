package org.newsdigest.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newsdigest.diagnostic.NearestName;
import org.newsdigest.diagnostic.Quote;

/**
 * The interface's words in one language: each key's ICU message, formatted for the site's locale. A message is text;
 * the template that prints it escapes it. Plural forms come from CLDR through ICU4J:
 * {@code {0, plural, one{# стаття} few{# статті} many{# статей} other{# статті}}}.
 */
public final class Messages {

    /**
     * How many formatted messages are remembered. Every page asks for the same few dozen (the header's, the footer's,
     * "Page 2"), and formatting one with ICU costs more than rendering the rest of the line; past this, a message is
     * formatted each time, so a theme that puts a headline into a message does not grow the memory without bound.
     */
    private static final int REMEMBERED = 4096;

    private final String languageTag;
    private final ULocale locale;
    /** Parsed once; cloned for each use, since an ICU message format is not safe to share between threads. */
    private final Map<String, MessageFormat> formats = new TreeMap<>();
    private final Map<String, String> patterns;
    private final PluralRules pluralRules;
    private final Map<Call, String> texts = new ConcurrentHashMap<>();
    private final Map<Call, Map<String, String>> pluralForms = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when a pattern is not an ICU message; {@link MessageBundles} checks first */
    Messages(String languageTag, Map<String, String> patterns) {
        this.languageTag = languageTag;
        this.locale = ReaderLocale.of(languageTag);
        this.patterns = Map.copyOf(patterns);
        patterns.forEach((key, pattern) -> formats.put(key, new MessageFormat(pattern, locale)));
        this.pluralRules = PluralRules.forLocale(locale);
    }

    /** The site's language as configured, for {@code <html lang>}. */
    public String languageTag() {
        return languageTag;
    }

    public Set<String> keys() {
        return formats.keySet();
    }

    /**
     * The message {@code key} with its arguments ({@code {0}}, {@code {1}}, …) put in: numbers in the reader's
     * digits and plural form, anything else as its text.
     *
     * @throws IllegalArgumentException when there is no such message: a typo in a template, reported at its line
     */
    public String text(String key, Object... arguments) {
        return remembered(texts, new Call(key, arguments), () -> format(key, arguments));
    }

    private String format(String key, Object[] arguments) {
        MessageFormat format = formats.get(key);
        if (format == null) {
            throw new IllegalArgumentException("no message " + Quote.of(key)
                    + NearestName.among(key, formats.keySet()).map(near -> "; did you mean " + Quote.of(near) + "?")
                            .orElse("; the messages are listed in the theme's en.properties"));
        }
        return ((MessageFormat) format.clone()).format(arguments);
    }

    /**
     * A counted message in each plural form of the language, with {@code {n}} where the count goes, for a script
     * that picks the form with the browser's {@code Intl.PluralRules}: {@code one → "{n} article matches"}, {@code
     * other → "{n} articles match"}. Forms no whole number takes (Ukrainian's {@code other}) are left out.
     *
     * @param others the message's arguments after the count, which comes first
     */
    public Map<String, String> pluralForms(String key, Object... others) {
        return remembered(pluralForms, new Call(key, others), () -> formsOf(key, others));
    }

    private Map<String, String> formsOf(String key, Object[] others) {
        NumberFormat digits = NumberFormat.getInstance(locale);
        Map<String, String> forms = new TreeMap<>();
        for (String keyword : pluralRules.getKeywords()) {
            pluralRules.getSamples(keyword, PluralRules.SampleType.INTEGER).stream().findFirst().ifPresent(sample -> {
                Object[] arguments = new Object[others.length + 1];
                arguments[0] = sample.longValue();
                System.arraycopy(others, 0, arguments, 1, others.length);
                forms.put(keyword, text(key, arguments).replace(digits.format(sample.longValue()), "{n}"));
            });
        }
        return Collections.unmodifiableMap(forms);
    }

    private static <T> T remembered(Map<Call, T> memory, Call call, Supplier<T> make) {
        T known = memory.get(call);
        if (known != null) {
            return known;
        }
        T made = make.get();
        if (memory.size() < REMEMBERED) {
            memory.putIfAbsent(call, made);
        }
        return made;
    }

    /**
     * A message asked for with its arguments; numbers and texts compare by value. Its equals and hashCode are written
     * out: a record's own go through method handles, which cost a third of a remembered message's lookup in a build
     * (it runs without the optimising compiler).
     */
    private record Call(String key, List<Object> arguments) {
        Call(String key, Object[] arguments) {
            this(key, Arrays.asList(arguments.clone()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Call call && key.equals(call.key) && arguments.equals(call.arguments);
        }

        @Override
        public int hashCode() {
            return 31 * key.hashCode() + arguments.hashCode();
        }
    }

    /** Every key with its pattern, for fingerprinting the pages that show them. */
    public Map<String, String> patterns() {
        return new TreeMap<>(patterns);
    }
}
