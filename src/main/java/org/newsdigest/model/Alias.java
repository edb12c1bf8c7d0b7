package org.newsdigest.model;

import java.util.Locale;
import java.util.Objects;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * One earlier address of an article ({@code aliases:}): a site path ({@code articles/2021/07/28/old-title/}, no leading
 * '/') and the place in the header where it was written, which the warnings and errors about it point at.
 */
public record Alias(String path, SourcePosition at) {

    public Alias {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(at, "at");
    }

    /**
     * The file its page would be, lower-cased: two aliases with the same key would be one file on a disk that ignores
     * case (macOS, Windows), where sites are cloned and previewed.
     */
    public String fileKey() {
        return (path.endsWith("/") ? path + "index.html" : path).toLowerCase(Locale.ROOT);
    }
}
