package org.newsdigest.maven;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsdigest.cli.ReportLines;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.EnvironmentFailure;

/** What the goals that write or read the built site ({@code build}, {@code check}) share: where it is, its URL, skip. */
abstract class SiteOutputMojo extends SiteConfigMojo {

    /** The address the site is served from; overrides the config's {@code baseUrl}. Empty means the config's. */
    @Parameter(property = "news-digest.baseUrl")
    String baseUrl;

    /** Do not run this goal. */
    @Parameter(property = "news-digest.skip", defaultValue = "false")
    boolean skip;

    /** The built site's folder instead of the config's {@code output}. */
    @Parameter(property = "news-digest.output")
    File output;

    /** True, after saying so, when the goal is to be skipped. */
    boolean skipping(String goal) {
        if (skip) {
            getLog().info("news-digest: " + goal + " skipped (news-digest.skip)");
        }
        return skip;
    }

    /**
     * What {@code step} returns; when the machine stops it (another build of the site, a full disk, a folder
     * news-digest did not write, Java's heap too small), Maven fails with the same one line the command line prints,
     * and no stack trace.
     */
    <T> T environment(Supplier<T> step) throws MojoFailureException {
        try {
            return step.get();
        } catch (EnvironmentFailure failure) {
            throw new MojoFailureException("news-digest: " + failure.format(base()));
        } catch (OutOfMemoryError e) {
            // Maven's Java, which MAVEN_OPTS sizes; by now the build's objects are unreachable, so the message fits
            throw new MojoFailureException(ReportLines.outOfMemory(Runtime.getRuntime().maxMemory(), "MAVEN_OPTS=-Xmx2g"));
        }
    }

    SiteConfig loadConfig(boolean strict) throws MojoFailureException {
        return loadConfig(Optional.ofNullable(output).map(File::toPath), Optional.ofNullable(baseUrl), strict);
    }
}
