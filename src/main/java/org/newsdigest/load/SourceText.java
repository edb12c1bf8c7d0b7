package org.newsdigest.load;

import java.nio.file.Path;
import java.util.Objects;

/** The text of one content file: UTF-8 decoded, byte-order mark removed, line endings turned into LF. */
public record SourceText(Path file, String text) {

    public SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
