package org.newsdigest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import picocli.CommandLine.Option;

/**
 * The option every command that reads a site's config shares. {@code --output} and {@code --base-url} are declared
 * by each command instead, because what the output folder is for differs: {@code build} writes it, {@code check}
 * reads it.
 */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "The site's config file (default: ./site-config.yml).")
    Path config = Path.of("site-config.yml");

    /**
     * Loads the config, or prints why it cannot and returns empty.
     *
     * @param baseUrl an empty or blank URL means the config's own, so a deploy script can always pass the option
     */
    Optional<SiteConfig> load(Optional<Path> output, Optional<String> baseUrl, boolean strict, OptionalInt threads,
            PrintWriter err) {
        try {
            return Optional.of(new SiteConfigLoader().load(config,
                    new ConfigOverrides(output, baseUrl.filter(url -> !url.isBlank()), strict).withThreads(threads)));
        } catch (ConfigException e) {
            Path here = Path.of("").toAbsolutePath();
            e.problems().stream().sorted(Problem.IN_FILE_ORDER).forEach(p -> err.println(p.format(here)));
            err.println("news-digest: the configuration has " + ReportLines.count(e.problems().size(), "problem") + "; nothing was built");
            return Optional.empty();
        }
    }
}
