package org.newsdigest.maven;

import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.newsdigest.build.PublishedSite;
import org.newsdigest.check.LinkReport;
import org.newsdigest.cli.ReportLines;
import org.newsdigest.config.SiteConfig;

/** Checks every internal link of the already built output folder, as {@code news-digest check} does. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends SiteOutputMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skipping("check")) {
            return;
        }
        SiteConfig site = loadConfig(false);
        if (!Files.isDirectory(site.outputDir())) {
            throw new MojoFailureException(site.outputDir() + ": no such folder; run news-digest:build first or pass -Dnews-digest.output=DIR");
        }
        LinkReport report = environment(() -> PublishedSite.check(site));
        LogReport log = new LogReport(getLog(), base());
        log.brokenLinks(report.broken());
        getLog().info(ReportLines.checkOutcome(report));
        if (!report.passed()) {
            throw new MojoFailureException(log.failure("news-digest: " + ReportLines.count(report.broken().size(), "broken link")
                    + " in " + site.outputDir(), List.of(), report.broken()));
        }
    }
}
