package org.newsdigest.config;

import java.nio.file.Path;
import java.util.Optional;

/** Settings given on the command line; they win over the config file. */
public record ConfigOverrides(Optional<Path> outputDir, Optional<String> baseUrl) {

    public static ConfigOverrides none() {
        return new ConfigOverrides(Optional.empty(), Optional.empty());
    }
}
