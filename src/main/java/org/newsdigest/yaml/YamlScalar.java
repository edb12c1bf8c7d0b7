package org.newsdigest.yaml;

import java.util.Objects;
import java.util.Optional;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * A scalar with the type YAML's core schema resolved for it (an unquoted {@code true} is a boolean, {@code "true"} a
 * string), whether it was written quoted, and the tag written before it, if any ({@code !!bool "true"}).
 *
 * @param explicitTag the tag as written in short form ({@code !!bool}), when the file gives one
 */
public record YamlScalar(String text, Kind kind, SourcePosition position, boolean quoted, Optional<String> explicitTag)
        implements YamlValue {

    public enum Kind { STRING, BOOLEAN, INTEGER, FLOAT, TIMESTAMP, NULL, OTHER }

    public YamlScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(explicitTag, "explicitTag");
    }

    /** A plain (unquoted, untagged) scalar. */
    public YamlScalar(String text, Kind kind, SourcePosition position) {
        this(text, kind, position, false, Optional.empty());
    }

    public boolean is(Kind wanted) {
        return kind == wanted;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case TIMESTAMP -> "a date";
            case NULL -> "nothing (null)";
            case OTHER -> "a tagged value";
        };
    }
}
