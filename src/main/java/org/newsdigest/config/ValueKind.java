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
record ValueKind<T>(String type, String fix, Reader<T> reader) {

    /** Reads one written value: the value, or a problem that names the key and nothing. */
    @FunctionalInterface
    interface Reader<T> {
        /** @param name the key as the user knows it, dotted below its group ({@code feed.items}) */
        Optional<T> read(YamlValue value, String name, Problems problems);
    }

    /** Text, with the spaces around it removed; a number is taken as written. */
    static final ValueKind<String> TEXT = new ValueKind<>("text", "quote the value", ValueKind::text);
    static final ValueKind<Integer> WHOLE_NUMBER = new ValueKind<>("whole number, at least 1",
            "write a whole number of at least 1", ValueKind::wholeNumber);
    static final ValueKind<Boolean> TRUE_OR_FALSE = new ValueKind<>("`true` or `false`", "write true or false",
            ValueKind::trueOrFalse);

    ValueKind {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(reader, "reader");
    }

    private static Optional<String> text(YamlValue value, String name, Problems problems) {
        if (hasNoValue(value, name, problems)) {
            return Optional.empty();
        }
        if (value instanceof YamlScalar scalar
                && (scalar.is(YamlScalar.Kind.STRING) || scalar.is(YamlScalar.Kind.INTEGER) || scalar.is(YamlScalar.Kind.FLOAT))) {
            return Optional.of(scalar.text().strip());
        }
        // quotes make a date or a tagged value text; a nested mapping has no such one fix
        problems.error(value.position(), "'" + name + "' must be text; found " + value.describe()
                + (value instanceof YamlMap ? "; give it one value, not keys of its own" : "; " + TEXT.fix()));
        return Optional.empty();
    }

    private static Optional<Integer> wholeNumber(YamlValue value, String name, Problems problems) {
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
                            + "; found " + Quote.of(scalar.text()));
                    return Optional.empty();
                }
            }
        }
        problems.error(value.position(), "'" + name + "' must be a whole number of at least 1; found "
                + found(value, text -> text.matches("0*[1-9][0-9]{0,8}")));
        return Optional.empty();
    }

    private static Optional<Boolean> trueOrFalse(YamlValue value, String name, Problems problems) {
        if (hasNoValue(value, name, problems)) {
            return Optional.empty();
        }
        if (value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.BOOLEAN)
                && (scalar.text().equalsIgnoreCase("true") || scalar.text().equalsIgnoreCase("false"))) {
            return Optional.of(scalar.text().equalsIgnoreCase("true"));
        }
        problems.error(value.position(), "'" + name + "' must be true or false; found "
                + found(value, text -> text.equals("true") || text.equals("false")));
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
     * A wrong value as written. Quoted text is named as such: in {@code strict: "true"} the quotes are the mistake.
     *
     * @param rightUnquoted whether the text would be a right value without its quotes
     */
    private static String found(YamlValue value, Predicate<String> rightUnquoted) {
        if (!(value instanceof YamlScalar scalar)) {
            return value.describe();
        }
        if (!scalar.quoted()) {
            return Quote.of(scalar.text());
        }
        return "the text " + Quote.of(scalar.text()) + " in quotes" + (rightUnquoted.test(scalar.text()) ? "; remove the quotes" : "");
    }
}
