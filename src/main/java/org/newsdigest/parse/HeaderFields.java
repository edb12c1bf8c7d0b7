package org.newsdigest.parse;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.yaml.YamlList;
import org.newsdigest.yaml.YamlMap;
import org.newsdigest.yaml.YamlScalar;
import org.newsdigest.yaml.YamlValue;

/**
 * Typed access to the fields of one YAML mapping, reporting each wrong value with its position. Required
 * fields report errors; optional fields that are wrong are dropped with a warning.
 */
final class HeaderFields {

    /** YAML 1.1 also reads {@code yes}, {@code on} and {@code y} as booleans; a header flag accepts only these. */
    private static final Set<String> TRUE_OR_FALSE = Set.of("true", "false", "True", "False", "TRUE", "FALSE");

    private final YamlMap map;
    private final String prefix;
    private final String group;
    private final Problems problems;
    private final ZoneId zone;
    private final SharedValues shared;

    /**
     * @param prefix what names in problems start with: {@code related[].provider.}
     * @param group  the described group whose fields the mapping has ({@link ArticleFields#SHAPE}): "" at the top,
     *               {@code provider}, {@code images[]}, {@code related[]}
     * @param shared the build's addresses, which this mapping's are taken from
     */
    HeaderFields(YamlMap map, String prefix, String group, ZoneId zone, SharedValues shared, Problems problems) {
        this.map = map;
        this.prefix = prefix;
        this.group = group;
        this.zone = zone;
        this.shared = shared;
        this.problems = problems;
    }

    YamlMap map() {
        return map;
    }

    String name(String key) {
        return prefix + key;
    }

    String group() {
        return group;
    }

    /**
     * Reports the required field {@code key} missing. A name in the mapping that is nearest to it of all the group's
     * fields is most likely it, misspelt: then the error says where that is and to rename it, instead of {@code fix}.
     */
    void missing(String key, String fix) {
        problems.error(map.position(), "missing required field " + Quote.of(name(key)) + "; " + map.entries().stream()
                .filter(entry -> !entry.name().equals(key)
                        && ArticleFields.SHAPE.nearest(entry.name(), group).equals(Optional.of(key)))
                .findFirst()
                .map(entry -> Quote.of(entry.name()) + " on line " + entry.key().position().line()
                        + " looks like it; rename it to " + Quote.of(key))
                .orElse(fix));
    }

    Optional<String> requiredText(String key, String fix) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty()) {
            missing(key, fix);
            return Optional.empty();
        }
        if (value.get() instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.STRING) && !isBlank(scalar.text())) {
            return Optional.of(scalar.text());
        }
        problems.error(value.get().position(), "'" + name(key) + "' must be a non-blank string; found " + found(value.get())
                + "; " + fix);
        return Optional.empty();
    }

    String optionalText(String key) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty() || isNull(value.get())) {
            return "";
        }
        if (value.get() instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.STRING)) {
            return scalar.text();
        }
        warnDropped(key, value.get(), "a string", ArticleFields.TEXT_FIX);
        return "";
    }

    int optionalInt(String key) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty() || isNull(value.get())) {
            return 0;
        }
        if (value.get() instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.INTEGER)) {
            try {
                return Integer.parseInt(scalar.text().replace("_", ""));
            } catch (NumberFormatException outOfRange) {
                // "must be a whole number; found an integer '99999999999'" would contradict itself
                warnDropped(key, value.get(), "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        + ", in decimal", "write it in decimal, within that range");
                return 0;
            }
        }
        warnDropped(key, value.get(), "a whole number", ArticleFields.NUMBER_FIX);
        return 0;
    }

    /** An optional flag: {@code true} or {@code false}, unquoted; false when missing or wrong. */
    boolean optionalBoolean(String key) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty() || isNull(value.get())) {
            return false;
        }
        if (value.get() instanceof YamlScalar scalar && isTrueOrFalse(scalar)) {
            return Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT));
        }
        problems.warning(value.get().position(), "'" + name(key) + "' must be true or false, unquoted; found "
                + foundFlag(value.get()) + "; the value is ignored. To fix: write '" + key + ": true' or '" + key + ": false'");
        return false;
    }

    /** A plain YAML true or false: not quoted, not tagged, not one of YAML 1.1's yes, no, on or off. */
    static boolean isTrueOrFalse(YamlScalar scalar) {
        return scalar.is(YamlScalar.Kind.BOOLEAN) && scalar.explicitTag().isEmpty() && !scalar.quoted()
                && TRUE_OR_FALSE.contains(scalar.text());
    }

    /** An optional size in pixels: a whole number of 0 or more; 0 when missing or wrong. */
    int optionalSize(String key) {
        int size = optionalInt(key);
        if (size < 0) {
            warnDropped(key, map.get(key).orElseThrow(), "a size in pixels, 0 or more", ArticleFields.SIZE_FIX);
            return 0;
        }
        return size;
    }

    Optional<URI> optionalUrl(String key) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty() || isNull(value.get())) {
            return Optional.empty();
        }
        if (value.get() instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.STRING)) {
            Optional<URI> url = shared.address(scalar.text());
            if (url.isEmpty()) {
                warnDropped(key, value.get(), "an absolute http(s) URL", ArticleFields.URL_FIX);
            }
            return url;
        }
        warnDropped(key, value.get(), "an absolute http(s) URL", ArticleFields.URL_FIX);
        return Optional.empty();
    }

    Optional<Instant> requiredDate(String key) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty()) {
            missing(key, "add it like '" + key + ": 2021-07-29T11:09:00Z'");
            return Optional.empty();
        }
        if (value.get() instanceof YamlScalar scalar && (scalar.is(YamlScalar.Kind.TIMESTAMP) || scalar.is(YamlScalar.Kind.STRING))) {
            return DateTimes.read(name(key), scalar, zone, problems);
        }
        problems.error(value.get().position(), "'" + name(key) + "' must be a date-time; found " + found(value.get())
                + "; " + ArticleFields.DATE_FIX);
        return Optional.empty();
    }

    Optional<Instant> optionalDate(String key) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty() || isNull(value.get())) {
            return Optional.empty();
        }
        if (value.get() instanceof YamlScalar scalar && (scalar.is(YamlScalar.Kind.TIMESTAMP) || scalar.is(YamlScalar.Kind.STRING))) {
            Problems dateProblems = new Problems();
            Optional<Instant> date = DateTimes.read(name(key), scalar, zone, dateProblems);
            dateProblems.list().forEach(p -> problems.warning(p.position(), p.message()));
            return date;
        }
        warnDropped(key, value.get(), "a date-time", ArticleFields.DATE_FIX);
        return Optional.empty();
    }

    /** The entries of an optional list; a value that is not a list is dropped with a warning. */
    List<YamlValue> optionalList(String key) {
        Optional<YamlValue> value = map.get(key);
        if (value.isEmpty() || isNull(value.get())) {
            return List.of();
        }
        if (value.get() instanceof YamlList list) {
            return list.items();
        }
        warnDropped(key, value.get(), "a list", ArticleFields.LIST_FIX);
        return List.of();
    }

    void warnDropped(String key, YamlValue value, String expected, String fix) {
        problems.warning(value.position(), "'" + name(key) + "' must be " + expected + "; found " + found(value)
                + "; the value is ignored. To fix: " + fix);
    }

    /**
     * "found a boolean 'yes'" would contradict "must be true or false", and "found 'true'" hides the quotes that are
     * the mistake; so a YAML 1.1 boolean is quoted as written and quoted text is called what it is.
     */
    static String foundFlag(YamlValue value) {
        if (value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.BOOLEAN)) {
            return Quote.of(scalar.text());
        }
        if (value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.STRING)) {
            return "the text " + Quote.of(scalar.text()) + " in quotes";
        }
        return found(value);
    }

    static String found(YamlValue value) {
        if (value instanceof YamlScalar scalar) {
            if (scalar.is(YamlScalar.Kind.STRING)) {
                return Quote.of(scalar.text());
            }
            // '~', 'null' and an empty value all mean nothing; quoting the spelling ('' for an empty one) adds only noise
            return scalar.is(YamlScalar.Kind.NULL) ? scalar.describe() : scalar.describe() + " " + Quote.of(scalar.text());
        }
        return value.describe();
    }

    /**
     * Blank as a reader sees it: nothing but spaces (U+00A0 and the other Unicode spaces included) and invisible
     * format characters such as U+200B, which {@link String#isBlank} counts as content.
     */
    static boolean isBlank(String text) {
        // a loop, not codePoints().allMatch: a stream per field cost more than the field's reading
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isNull(YamlValue value) {
        return value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.NULL);
    }
}
