package org.newsdigest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import picocli.CommandLine.Option;

/** The options every command shares to find and adjust the site's config. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "The site's config file (default: ./site-config.yml).")
    Path config = Path.of("site-config.yml");

    @Option(names = "--output", paramLabel = "DIR", description = "Write the site here instead of the config's 'output'.")
    Path output;

    /** Loads the config, or prints why it cannot and returns empty. */
    Optional<SiteConfig> load(Optional<String> baseUrl, boolean strict, PrintWriter err) {
        try {
            return Optional.of(new SiteConfigLoader().load(config, new ConfigOverrides(Optional.ofNullable(output), baseUrl, strict)));
        } catch (ConfigException e) {
            Path here = Path.of("").toAbsolutePath();
            e.problems().stream().sorted(Problem.IN_FILE_ORDER).forEach(p -> err.println(p.format(here)));
            err.println("news-digest: the configuration has " + ReportLines.count(e.problems().size(), "problem") + "; nothing was built");
            return Optional.empty();
        }
    }
}
