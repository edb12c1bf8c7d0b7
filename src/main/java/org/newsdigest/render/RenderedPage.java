package org.newsdigest.render;

import java.util.Objects;

/** One output file: its path relative to the output folder (forward slashes) and its bytes. */
public record RenderedPage(String path, byte[] content) {

    public RenderedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative output path: " + path);
        }
    }
}
