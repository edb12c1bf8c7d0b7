package org.newsdigest.maven;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsdigest.cli.PortSetting;
import org.newsdigest.config.ConfigException;
import org.newsdigest.serve.PreviewSession;
import org.newsdigest.serve.PreviewSettings;

/**
 * Serves a live preview, as {@code news-digest serve} does: builds into a private folder, serves it on 127.0.0.1 and
 * rebuilds on every change until Ctrl-C. The site's output folder is not touched.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends SiteConfigMojo {

    /** The port to serve on; 0 picks a free one. */
    @Parameter(property = "news-digest.port", defaultValue = "1313")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Optional<String> badPort = PortSetting.problem("news-digest.port", port);
        if (badPort.isPresent()) {
            throw new MojoFailureException(badPort.get());
        }
        PreviewSession session;
        try {
            session = new PreviewSession(config.toPath(), overrides(Optional.empty(), Optional.empty(), false), port, base(),
                    new PrintWriter(System.out, true), PreviewSettings.DEFAULTS);
        } catch (ConfigException e) {
            LogReport report = new LogReport(getLog(), base());
            report.problems(e.problems());
            throw new MojoFailureException(report.failure("news-digest: the configuration has problems; fix them and start serve again",
                    e.problems(), List.of()));
        } catch (BindException e) {
            throw new MojoFailureException("news-digest: port " + port + " is in use; pass -Dnews-digest.port=N");
        } catch (IOException e) {
            throw new MojoExecutionException("news-digest: cannot start the preview: " + e.getMessage(), e);
        }
        try {
            session.serveUntilExit(getLog()::info);
        } catch (IOException e) {
            throw new MojoExecutionException("news-digest: cannot start the preview: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
