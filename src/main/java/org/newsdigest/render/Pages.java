package org.newsdigest.render;

import java.nio.charset.StandardCharsets;

/** Encodes rendered text as an output file. */
final class Pages {

    private Pages() {
    }

    static RenderedPage of(String outputFile, String text) {
        return new RenderedPage(outputFile, text.getBytes(StandardCharsets.UTF_8));
    }
}
