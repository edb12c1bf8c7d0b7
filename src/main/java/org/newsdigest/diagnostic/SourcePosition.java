package org.newsdigest.diagnostic;

import java.nio.file.Path;
import java.util.Objects;

/** A place in a file, 1-based; line and column are 0 when unknown. */
public record SourcePosition(Path file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /**
     * A problem with a whole file (too large, empty, a link, a duplicate of another) points at its start, line 1
     * column 1, so that every problem in a file reads {@code path:line:col} and an editor can open it there.
     */
    public static SourcePosition ofFile(Path file) {
        return new SourcePosition(file, 1, 1);
    }

    /** A place that has no lines: a folder, or a command-line option. */
    public static SourcePosition unplaced(Path path) {
        return new SourcePosition(path, 0, 0);
    }

    public static SourcePosition of(Path file, int line) {
        return new SourcePosition(file, line, 0);
    }

    /** {@code path:line:col}, {@code path:line} or {@code path}, with the path shown relative to {@code base} when inside it. */
    public String format(Path base) {
        StringBuilder text = new StringBuilder(DisplayPaths.show(file, base));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
