package org.newsdigest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdigest.build.PublishedSite;
import org.newsdigest.check.LinkReport;
import org.newsdigest.config.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every internal link of an already built output folder, as served from 'baseUrl' or --base-url.",
        footer = {"", ExitStatus.FOOTER})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--output", paramLabel = "DIR", description = "The built site to check (default: the config's 'output').")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is served from, as given to 'build --base-url'; overrides 'baseUrl'. "
                    + "Empty means the config's.")
    String baseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SiteConfig> config = options.load(Optional.ofNullable(output), Optional.ofNullable(baseUrl),
                false, threads.value(), err);
        if (config.isEmpty()) {
            return ExitStatus.USAGE;
        }
        if (!Files.isDirectory(config.get().outputDir())) {
            err.println(config.get().outputDir() + ": no such folder; run 'build' first or pass --output DIR");
            return ExitStatus.USAGE;
        }
        LinkReport report = PublishedSite.check(config.get());
        ReportLines.brokenLinks(report.broken()).forEach(err::println);
        out.println(ReportLines.checkOutcome(report));
        return report.passed() ? ExitStatus.OK : ExitStatus.BUILD_FAILED;
    }
}
