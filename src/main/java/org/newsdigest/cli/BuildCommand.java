package org.newsdigest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdigest.build.BuildProgress;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.IncrementalState;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content folder, check every link, and replace the output folder.",
        footer = {"", ExitStatus.FOOTER})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--output", paramLabel = "DIR", description = "Write the site here instead of the config's 'output'.")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is served from; overrides 'baseUrl'. Empty means the config's.")
    String baseUrl;

    @Option(names = "--strict", description = "Treat every problem, even a warning, as a failure: publish nothing.")
    boolean strict;

    @Option(names = "--clean", description = "Ignore what earlier builds cached: parse every file and render every page.")
    boolean clean;

    @Option(names = "--timings", description = "Also print how long each step of the build took.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SiteConfig> config = options.load(Optional.ofNullable(output), Optional.ofNullable(baseUrl),
                strict, threads.value(), err);
        if (config.isEmpty()) {
            return ExitStatus.USAGE;
        }
        Path here = Path.of("").toAbsolutePath();
        long started = System.nanoTime();
        BuildProgress progress = TerminalProgress.forConsole(err);
        BuildResult result;
        try (InterruptOnExit interruptible = InterruptOnExit.install()) {
            try {
                result = new SiteBuilder(config.get(), here, Clock.systemUTC(), progress,
                        IncrementalState.onDisk(config.get().outputDir()).startingEmptyIf(clean)).build();
            } catch (EnvironmentFailure e) {
                if (e.kind() != EnvironmentFailure.Kind.INTERRUPTED) {
                    throw e;
                }
                // said here, before the exit Ctrl-C began is let go on
                return NewsDigest.report(e, err, NewsDigest.debugAsked(spec.commandLine().getParseResult()));
            } finally {
                if (progress instanceof TerminalProgress terminal) {
                    terminal.finish();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        result.problems().stream().sorted(Problem.IN_FILE_ORDER).forEach(p -> err.println(p.format(here)));
        ReportLines.brokenLinks(result.brokenLinks()).forEach(err::println);
        out.println(ReportLines.filesRead(result));
        out.println(ReportLines.buildOutcome(result, seconds));
        if (timings) {
            out.println("steps: " + result.timings());
        }
        String output = DisplayPaths.show(config.get().outputDir(), here);
        if (!result.published()) {
            err.println("news-digest: build failed" + ReportLines.whyFailed(config.get(), result) + "; nothing was published and " + output + " was left as it was");
            return result.templateFailed() ? ExitStatus.TEMPLATE_FAILED : ExitStatus.BUILD_FAILED;
        }
        out.println("published to " + output);
        return ExitStatus.OK;
    }
}
