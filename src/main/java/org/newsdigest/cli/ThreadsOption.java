package org.newsdigest.cli;

import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** {@code --threads N}, for every command that builds or checks a site; the config file's {@code threads} otherwise. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "How many threads to work on; overrides the config's 'threads' (default: one per core). "
                    + "The result is the same for any number.")
    Integer threads;

    OptionalInt value() {
        return threads == null ? OptionalInt.empty() : OptionalInt.of(threads);
    }
}
