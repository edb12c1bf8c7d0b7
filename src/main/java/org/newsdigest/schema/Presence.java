package org.newsdigest.schema;

import java.util.Objects;

/** Whether a key must be written, and what the build does when it is not. */
public sealed interface Presence {

    Presence REQUIRED = new Required();

    /** Missing is an error. */
    record Required() implements Presence {
    }

    /** @param whenMissing what the build uses or does without it, as the documentation says it ({@code `20`}, "empty") */
    record Optional(String whenMissing) implements Presence {
        public Optional {
            Objects.requireNonNull(whenMissing, "whenMissing");
        }
    }

    static Presence optional(String whenMissing) {
        return new Optional(whenMissing);
    }

    default boolean required() {
        return this instanceof Required;
    }
}
