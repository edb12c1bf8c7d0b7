package org.newsdigest.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdigest.diagnostic.NearestName;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * Finds the messages for a site's language: the theme's bundle for the language with its region, then for the
 * language alone ({@code pt-BR} → {@code pt} → {@code en}; {@code zh-CN} → {@code zh-Hans}), English for any message
 * still missing, and over all of them the site's own {@code templates/messages.properties}, which may change any
 * message (UTF-8, one {@code key = ICU message} a line, the keys of the theme's {@code en.properties}).
 */
public final class MessageBundles {

    /** The site's file of messages, in its templates folder. */
    public static final String SITE_FILE = "messages.properties";
    /** The languages the theme has messages for, as file names under {@link #RESOURCE_ROOT}. */
    public static final List<String> BUNDLED = List.of("en", "uk", "de", "fr", "es", "pt", "pl", "zh-Hans", "ja", "ar", "he");

    private static final String RESOURCE_ROOT = "/org/newsdigest/i18n/";
    private static final String FALLBACK = "en";

    /** The messages, and what is wrong with the site's file or missing for its language. */
    public record Loaded(Messages messages, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private MessageBundles() {
    }

    public static Loaded load(String languageTag, Path templatesDir) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> english = bundled(FALLBACK);
        Map<String, String> patterns = new TreeMap<>(english);
        Set<String> translated = new TreeSet<>();
        List<String> chain = bundlesFor(languageTag);
        // least particular first, so the region's bundle has the last word
        for (int i = chain.size() - 1; i >= 0; i--) {
            Map<String, String> bundle = bundled(chain.get(i));
            patterns.putAll(bundle);
            translated.addAll(bundle.keySet());
        }
        Path siteFile = templatesDir.resolve(SITE_FILE);
        Map<String, String> site = siteMessages(siteFile, english.keySet(), ReaderLocale.of(languageTag), problems);
        patterns.putAll(site);
        translated.addAll(site.keySet());
        if (!ULocale.forLanguageTag(languageTag).getLanguage().equals(FALLBACK)) {
            Set<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(translated);
            if (!missing.isEmpty()) {
                problems.add(Problem.warning(SourcePosition.unplaced(siteFile), missing.size() + " message"
                        + (missing.size() == 1 ? " has" : "s have") + " no text in " + Quote.of(languageTag)
                        + " and show in English: " + String.join(", ", missing) + "; add them to this file"));
            }
        }
        return new Loaded(new Messages(languageTag, patterns), problems);
    }

    /** The theme's bundles for a language, most particular first: region, then script, then the language alone. */
    static List<String> bundlesFor(String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag);
        String language = locale.getLanguage().equals("iw") ? "he" : locale.getLanguage();
        String script = locale.getScript().isEmpty() ? ULocale.addLikelySubtags(locale).getScript() : locale.getScript();
        String region = locale.getCountry();
        Set<String> candidates = new LinkedHashSet<>();
        if (!region.isEmpty()) {
            candidates.add(language + "-" + script + "-" + region);
        }
        candidates.add(language + "-" + script);
        if (!region.isEmpty()) {
            candidates.add(language + "-" + region);
        }
        candidates.add(language);
        return candidates.stream().filter(BUNDLED::contains).toList();
    }

    /** A bundle of the theme; a broken one is a bug in news-digest, which the bundle tests catch. */
    static Map<String, String> bundled(String name) {
        try (InputStream in = MessageBundles.class.getResourceAsStream(RESOURCE_ROOT + name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("the theme has no messages for " + name);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> siteMessages(Path file, Set<String> known, ULocale locale, List<Problem> problems) {
        Map<String, String> messages;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            messages = read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.unplaced(file), "the messages cannot be read (" + e.getMessage()
                    + "); make it a UTF-8 text file or delete it"));
            return Map.of();
        }
        Map<String, String> valid = new TreeMap<>();
        messages.forEach((key, pattern) -> {
            SourcePosition position = SourcePosition.of(file, lineOf(key, lines));
            if (!known.contains(key)) {
                problems.add(Problem.error(position, "unknown message " + Quote.of(key)
                        + NearestName.among(key, known).map(near -> "; did you mean " + Quote.of(near) + "?")
                                .orElse("; the keys are those of the theme's en.properties")));
                return;
            }
            try {
                new MessageFormat(pattern, locale);
                valid.put(key, pattern);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(position, "message " + Quote.of(key) + " is not an ICU message ("
                        + e.getMessage() + "); found " + Quote.of(pattern) + "; write e.g. {0, plural, one{# article} other{# articles}}"));
            }
        });
        return valid;
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        try (reader) {
            properties.load(reader);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }

    /** The 1-based line that sets {@code key}, or 0 when it is written in a way this does not follow (an escape). */
    private static int lineOf(String key, List<String> lines) {
        Pattern setting = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:\\s].*|\\s*" + Pattern.quote(key) + "\\s*");
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }
}
