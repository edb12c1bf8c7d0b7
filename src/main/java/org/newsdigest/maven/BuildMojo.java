package org.newsdigest.maven;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsdigest.build.BuildProgress;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.IncrementalState;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.cli.ReportLines;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.DisplayPaths;

/**
 * Builds the site, checks every internal link and replaces the output folder, as {@code news-digest build} does;
 * a problem that stops the build fails Maven and leaves the output folder as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends SiteOutputMojo {

    /** Treat every problem, even a warning, as a failure: publish nothing. */
    @Parameter(property = "news-digest.strict", defaultValue = "false")
    boolean strict;

    /** Ignore what earlier builds cached: parse every file and render every page. */
    @Parameter(property = "news-digest.clean", defaultValue = "false")
    boolean clean;

    @Override
    public void execute() throws MojoFailureException {
        if (skipping("build")) {
            return;
        }
        SiteConfig site = loadConfig(strict);
        Path base = base();
        long started = System.nanoTime();
        BuildResult result = environment(() -> new SiteBuilder(site, base, Clock.systemUTC(), BuildProgress.SILENT,
                IncrementalState.onDisk(site.outputDir()).startingEmptyIf(clean)).build());
        double seconds = (System.nanoTime() - started) / 1e9;

        LogReport report = new LogReport(getLog(), base);
        report.problems(result.problems());
        report.brokenLinks(result.brokenLinks());
        getLog().info(ReportLines.filesRead(result));
        getLog().info(ReportLines.buildOutcome(result, seconds));
        String shown = DisplayPaths.show(site.outputDir(), base);
        if (!result.published()) {
            throw new MojoFailureException(report.failure("news-digest: build failed" + ReportLines.whyFailed(site, result)
                    + "; nothing was published and " + shown + " was left as it was", result.problems(), result.brokenLinks()));
        }
        getLog().info("published to " + shown);
    }
}
