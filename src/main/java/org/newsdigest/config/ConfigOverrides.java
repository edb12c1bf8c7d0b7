package org.newsdigest.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings given on the command line or to the Maven plugin; they win over the config file. {@code strict} can only
 * turn strict mode on. {@code names} is what a problem with one of them is blamed on: the option or property the
 * user typed.
 *
 * @param threads how many threads the build works on, instead of the config's {@code threads}
 */
public record ConfigOverrides(Optional<Path> outputDir, Optional<String> baseUrl, boolean strict, OptionalInt threads,
        Names names) {

    /**
     * How the user gave the overridden output folder, base URL and thread count, as the position of a problem with one
     * of them. A position's path is shown relative to the folder problems are shown from: the working folder for the
     * command line, the project's folder for the plugin, so each name is resolved against that folder.
     */
    public record Names(Path output, Path baseUrl, Path threads) {
        public static final Names COMMAND_LINE = new Names(Path.of("--output"), Path.of("--base-url"), Path.of("--threads"));

        /** The plugin's properties, for a project in {@code basedir}. */
        public static Names mavenPlugin(Path basedir) {
            return new Names(basedir.resolve("news-digest.output"), basedir.resolve("news-digest.baseUrl"),
                    basedir.resolve("news-digest.threads"));
        }
    }

    public ConfigOverrides(Optional<Path> outputDir, Optional<String> baseUrl, boolean strict) {
        this(outputDir, baseUrl, strict, OptionalInt.empty(), Names.COMMAND_LINE);
    }

    public ConfigOverrides(Optional<Path> outputDir, Optional<String> baseUrl) {
        this(outputDir, baseUrl, false);
    }

    public static ConfigOverrides none() {
        return new ConfigOverrides(Optional.empty(), Optional.empty(), false);
    }

    /** These overrides, with {@code threads} instead of the thread count they had. */
    public ConfigOverrides withThreads(OptionalInt count) {
        return new ConfigOverrides(outputDir, baseUrl, strict, count, names);
    }
}
