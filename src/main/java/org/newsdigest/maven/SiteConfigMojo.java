package org.newsdigest.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsdigest.cli.ReportLines;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.DisplayPaths;

/** What every goal reads: the site's config file, found from the project's folder. */
abstract class SiteConfigMojo extends AbstractMojo {

    /** The project's folder: paths in problems are shown relative to it, as the CLI shows them relative to its folder. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The site's config file. */
    @Parameter(property = "news-digest.config", defaultValue = "${project.basedir}/site-config.yml", required = true)
    File config;

    /** How many threads the build works on, instead of the config's {@code threads}; the output is the same for any. */
    @Parameter(property = "news-digest.threads")
    Integer threads;

    Path base() {
        return basedir.toPath().toAbsolutePath();
    }

    /** What the goal's parameters override in the config: these, and the thread count. */
    ConfigOverrides overrides(Optional<Path> output, Optional<String> baseUrl, boolean strict) {
        return new ConfigOverrides(output, baseUrl, strict, threads == null ? OptionalInt.empty() : OptionalInt.of(threads),
                ConfigOverrides.Names.mavenPlugin(base()));
    }

    /** Loads the config with the overrides, or logs its problems and fails the goal with the first of them. */
    SiteConfig loadConfig(Optional<Path> output, Optional<String> baseUrl, boolean strict) throws MojoFailureException {
        // an empty URL means the config's own, so a workflow can always pass the property
        Optional<String> url = baseUrl.filter(text -> !text.isBlank());
        if (!config.isFile()) {
            // the loader's own message names the CLI's --config
            throw new MojoFailureException(DisplayPaths.show(config.toPath().toAbsolutePath(), base())
                    + ": config file not found; create it, or name it with <config> in the plugin's configuration or -Dnews-digest.config=FILE");
        }
        try {
            return new SiteConfigLoader().load(config.toPath(), overrides(output, url, strict));
        } catch (ConfigException e) {
            LogReport report = new LogReport(getLog(), base());
            report.problems(e.problems());
            throw new MojoFailureException(report.failure("news-digest: the configuration has "
                    + ReportLines.count(e.problems().size(), "problem") + "; nothing was built", e.problems(), List.of()));
        }
    }
}
