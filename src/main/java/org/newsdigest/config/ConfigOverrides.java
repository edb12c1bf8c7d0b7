package org.newsdigest.config;

import java.nio.file.Path;
import java.util.Optional;

/** Settings given on the command line; they win over the config file. {@code strict} can only turn strict mode on. */
public record ConfigOverrides(Optional<Path> outputDir, Optional<String> baseUrl, boolean strict) {

    public ConfigOverrides(Optional<Path> outputDir, Optional<String> baseUrl) {
        this(outputDir, baseUrl, false);
    }

    public static ConfigOverrides none() {
        return new ConfigOverrides(Optional.empty(), Optional.empty(), false);
    }
}
