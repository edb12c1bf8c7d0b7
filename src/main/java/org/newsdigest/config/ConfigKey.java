package org.newsdigest.config;

import java.util.Objects;
import java.util.Optional;
import org.newsdigest.schema.KeyDescription;
import org.newsdigest.schema.Presence;

/**
 * One key of {@code site-config.yml}: its description, the kind of value the loader reads for it, the value a missing
 * one stands for, and what {@code init} writes for it.
 *
 * @param whenMissing the value the build uses when the key is not written; empty when it is required, or when no value
 *                    stands in (no custom domain), or when the loader works it out (one thread per core)
 * @param example     what {@code init} writes instead of the default: a value a new site needs, or shows as a sample
 */
record ConfigKey<T>(KeyDescription description, ValueKind<T> kind, Optional<T> whenMissing, Optional<String> example) {

    ConfigKey {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(whenMissing, "whenMissing");
        Objects.requireNonNull(example, "example");
    }

    static <T> ConfigKey<T> required(String name, ValueKind<T> kind, String example, String meaning) {
        return new ConfigKey<>(new KeyDescription(name, kind.type(), Presence.REQUIRED, meaning, fix(kind, name, example)), kind,
                Optional.empty(), Optional.of(example));
    }

    /** A key whose default is a value, documented as written ({@code `20`}). */
    static <T> ConfigKey<T> withDefault(String name, ValueKind<T> kind, T whenMissing, String meaning) {
        return new ConfigKey<>(new KeyDescription(name, kind.type(), Presence.optional("`" + whenMissing + "`"), meaning,
                fix(kind, name, String.valueOf(whenMissing))), kind, Optional.of(whenMissing), Optional.empty());
    }

    /** A key that may be left out, which no value stands in for; {@code init} writes the example commented out. */
    static <T> ConfigKey<T> withoutDefault(String name, ValueKind<T> kind, String whenMissing, String example, String meaning) {
        return new ConfigKey<>(new KeyDescription(name, kind.type(), Presence.optional(whenMissing), meaning,
                fix(kind, name, example)), kind, Optional.empty(), Optional.of(example));
    }

    private static String fix(ValueKind<?> kind, String name, String sample) {
        return kind.fix().of(name.substring(name.lastIndexOf('.') + 1), sample);
    }

    /** This key, its missing value documented in words ("empty") rather than as written. */
    ConfigKey<T> withMissingMeaning(String words) {
        return new ConfigKey<>(new KeyDescription(name(), description.type(), Presence.optional(words), description.meaning(),
                description.fix()), kind, whenMissing, example);
    }

    /** This key, with how to mend a bad value in its own words rather than its kind's. */
    ConfigKey<T> withFix(String fix) {
        return new ConfigKey<>(new KeyDescription(name(), description.type(), description.presence(), description.meaning(), fix),
                kind, whenMissing, example);
    }

    ConfigKey<T> withExample(String value) {
        return new ConfigKey<>(description, kind, whenMissing, Optional.of(value));
    }

    String name() {
        return description.name();
    }

    /** The fix a bad value gets, as the end of its problem. */
    String fix() {
        return description.fix();
    }
}
