package org.newsdigest.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.yaml.YamlMap;
import org.newsdigest.yaml.YamlScalar;
import org.newsdigest.yaml.YamlValue;

/**
 * A kind of config value: its name in the documentation, how to mend a bad one, and how it is read from the YAML. A
 * key's description names its kind, so the loader reads every key of a kind the same way.
 *
 * @param type   the kind in the documentation's words
 * @param fix    how to mend a value of the wrong kind, unless the key says better
 * @param reader reads a written value
 */
record ValueKind<T>(String type, Fix fix, Reader<T> reader) {

    /** Reads one written value: the value, or a problem that names the key, ends with {@code fix}, and nothing. */
    @FunctionalInterface
    interface Reader<T> {
        /**
         * @param name the key as the user knows it, dotted below its group ({@code feed.items})
         * @param fix  how to mend a bad value: the key's own words, else its kind's
         */
        Optional<T> read(YamlValue value, String name, String fix, Problems problems);
    }

    /** How to mend a bad value of one key, in words that show the key written right. */
    @FunctionalInterface
    interface Fix {
        /**
         * @param localName the key as written in its group ({@code items})
         * @param sample    a good value for it: its default or its example
         */
        String of(String localName, String sample);
    }

    /** Text, with the spaces around it removed; a number is taken as written. */
    static final ValueKind<String> TEXT = new ValueKind<>("text", (name, sample) -> "quote the value", ValueKind::text);
    static final ValueKind<Integer> WHOLE_NUMBER = new ValueKind<>("whole number, at least 1",
            (name, sample) -> "write one such as '" + name + ": " + sample + "'", ValueKind::wholeNumber);
    static final ValueKind<Boolean> TRUE_OR_FALSE = new ValueKind<>("`true` or `false`",
            (name, sample) -> "write '" + name + ": true' or '" + name + ": false'", ValueKind::trueOrFalse);

    ValueKind {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(reader, "reader");
    }

    private static Optional<String> text(YamlValue value, String name, String fix, Problems problems) {
        if (hasNoValue(value, name, problems)) {
            return Optional.empty();
        }
        if (value instanceof YamlScalar scalar
                && (scalar.is(YamlScalar.Kind.STRING) || scalar.is(YamlScalar.Kind.INTEGER) || scalar.is(YamlScalar.Kind.FLOAT))) {
            return Optional.of(scalar.text().strip());
        }
        // quotes make a date or a tagged value text; a nested mapping has no such one fix
        problems.error(value.position(), "'" + name + "' must be text; found " + value.describe()
                + (value instanceof YamlMap ? "; give it one value, not keys of its own" : "; " + fix));
        return Optional.empty();
    }

    private static Optional<Integer> wholeNumber(YamlValue value, String name, String fix, Problems problems) {
        if (hasNoValue(value, name, problems)) {
            return Optional.empty();
        }
        if (value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.INTEGER)) {
            String digits = scalar.text().replace("_", "");
            try {
                int number = Integer.parseInt(digits);
                if (number >= 1) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException notAnInt) {
                if (digits.matches("\\+?[0-9]+")) {
                    problems.error(scalar.position(), "'" + name + "' is too large: at most " + Integer.MAX_VALUE
                            + "; found " + Quote.of(scalar.text()) + "; " + fix);
                    return Optional.empty();
                }
            }
        }
        problems.error(value.position(), "'" + name + "' must be a whole number of at least 1; found "
                + found(value, text -> text.matches("0*[1-9][0-9]{0,8}"), fix));
        return Optional.empty();
    }

    private static Optional<Boolean> trueOrFalse(YamlValue value, String name, String fix, Problems problems) {
        if (hasNoValue(value, name, problems)) {
            return Optional.empty();
        }
        if (value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.BOOLEAN)
                && (scalar.text().equalsIgnoreCase("true") || scalar.text().equalsIgnoreCase("false"))) {
            return Optional.of(scalar.text().equalsIgnoreCase("true"));
        }
        problems.error(value.position(), "'" + name + "' must be true or false; found "
                + found(value, text -> text.equals("true") || text.equals("false"), fix));
        return Optional.empty();
    }

    /** A key written with nothing after it ({@code pageSize:}) or {@code ~}: reported as such, not as a wrong type. */
    private static boolean hasNoValue(YamlValue value, String name, Problems problems) {
        if (value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.NULL) && !scalar.quoted()) {
            problems.error(value.position(), "'" + name + "' has no value; write one after '" + name.substring(name.lastIndexOf('.') + 1)
                    + ":', or remove the line");
            return true;
        }
        return false;
    }

    /**
     * A wrong value as written, and how to mend it. Quoted text is named as such: in {@code strict: "true"} the quotes
     * are the mistake, and removing them the fix.
     *
     * @param rightUnquoted whether the text would be a right value without its quotes
     */
    private static String found(YamlValue value, Predicate<String> rightUnquoted, String fix) {
        if (!(value instanceof YamlScalar scalar)) {
            return value.describe() + "; " + fix;
        }
        if (!scalar.quoted()) {
            return Quote.of(scalar.text()) + "; " + fix;
        }
        return "the text " + Quote.of(scalar.text()) + " in quotes; " + (rightUnquoted.test(scalar.text()) ? "remove the quotes" : fix);
    }
}
