package org.newsdigest.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, where it is and how to fix it. Printed in the compiler style editors
 * understand: {@code seeds/a.txt:4:7: error: what is wrong; found 'x'; how to fix}.
 */
public record Problem(SourcePosition position, Severity severity, String message) {

    /** Problems print grouped by file, then in reading order. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.position().file().toString())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(SourcePosition position, String message) {
        return new Problem(position, Severity.ERROR, message);
    }

    public static Problem warning(SourcePosition position, String message) {
        return new Problem(position, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format(Path base) {
        return position.format(base) + ": " + severity.label() + ": " + message;
    }
}
