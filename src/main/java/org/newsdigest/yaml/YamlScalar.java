package org.newsdigest.yaml;

import java.util.Objects;
import org.newsdigest.diagnostic.SourcePosition;

/** A scalar with the type YAML's core schema resolved for it (an unquoted {@code true} is a boolean, {@code "true"} a string). */
public record YamlScalar(String text, Kind kind, SourcePosition position) implements YamlValue {

    public enum Kind { STRING, BOOLEAN, INTEGER, FLOAT, TIMESTAMP, NULL, OTHER }

    public YamlScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
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
