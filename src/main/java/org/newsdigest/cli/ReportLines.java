package org.newsdigest.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.BuildSummary;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.check.LinkReport;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problem;

/** What {@code build} and {@code check} print after the problems: the broken links as one numbered list, and a summary. */
public final class ReportLines {

    private ReportLines() {
    }

    /**
     * The one line for a JVM that ran out of heap ({@code news-digest: } included), with the limit it had and how to
     * raise it: {@code howToGiveMore} such as {@code JAVA_OPTS=-Xmx2g (or NEWS_DIGEST_OPTS)}.
     */
    public static String outOfMemory(long maxHeapBytes, String howToGiveMore) {
        return "news-digest: out of memory (Java may use at most " + Math.max(1, maxHeapBytes >> 20) + " MB); give Java more "
                + "memory, e.g. " + howToGiveMore;
    }

    /** {@code 1 file}, {@code 2 files}: every noun these lines count takes a plain {@code s}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A header such as {@code 2 broken links:} and one numbered line per link; nothing when there are none. */
    public static List<String> brokenLinks(List<BrokenLink> links) {
        List<String> lines = new ArrayList<>();
        if (links.isEmpty()) {
            return lines;
        }
        lines.add(count(links.size(), "broken link") + ":");
        for (int i = 0; i < links.size(); i++) {
            lines.add("  " + (i + 1) + ". " + links.get(i).format());
        }
        return lines;
    }

    /** {@code 5 files read: 1 published, 4 unpublished, 0 invalid}, or that none is counted because the templates failed. */
    public static String filesRead(BuildResult result) {
        if (!result.templatesLoaded()) {
            return "no article counted: the templates could not be loaded";
        }
        BuildSummary s = result.summary();
        return count(s.filesRead(), "file") + " read: " + s.published() + " published, " + s.unpublished()
                + " unpublished, " + s.invalid() + " invalid";
    }

    /**
     * {@code 21 files written (8 pages), 205 internal links checked, 12 external links not fetched, 0 errors,
     * 0 warnings, 1.72 s}. A failed build wrote nothing to the output, so its files are "rendered"; a build that
     * a template error stopped has not rendered the site (the summary counts 0 files) and checked no link.
     */
    public static String buildOutcome(BuildResult result, double seconds) {
        BuildSummary s = result.summary();
        String files;
        if (result.published()) {
            files = count(s.filesWritten(), "file") + " written (" + count(s.pagesWritten(), "page") + "), " + links(s, result);
        } else if (s.filesWritten() > 0) {
            files = count(s.filesWritten(), "file") + " rendered (" + count(s.pagesWritten(), "page") + "), " + links(s, result);
        } else {
            files = "rendering failed, no links checked";
        }
        return files + ", " + count(result.errorCount(), "error") + ", " + count(result.warningCount(), "warning")
                + String.format(Locale.ROOT, ", %.2f s", seconds);
    }

    private static String links(BuildSummary s, BuildResult result) {
        String broken = result.brokenLinks().isEmpty() ? "" : " (" + result.brokenLinks().size() + " broken)";
        return count(s.internalLinks(), "internal link") + " checked" + broken + ", "
                + count(s.externalLinks(), "external link") + " not fetched";
    }

    /**
     * What follows "build failed" when the reason is not in the problems above it: strict mode, or a refused static
     * file of the theme, which fails the build as a template does (exit 3) but is no template.
     */
    public static String whyFailed(SiteConfig config, BuildResult result) {
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        Path staticFiles = config.templatesDir().resolve("static");
        if (result.templateFailed() && !errors.isEmpty()
                && errors.stream().allMatch(p -> p.position().file().toAbsolutePath().normalize().startsWith(staticFiles))) {
            return " (a file in the theme's static folder was refused; it is copied as it is, not a template)";
        }
        if (config.strict() && result.brokenLinks().isEmpty() && !result.problems().isEmpty()) {
            return " (strict mode: every problem fails the build)";
        }
        if (!result.templateFailed() && result.brokenLinks().isEmpty() && !errors.isEmpty()) {
            // the one content error that stops a build: an invalid article is only left out
            return " (two published articles share an address or an alias)";
        }
        return "";
    }

    /** {@code 14 HTML and XML files checked: 205 internal links (0 broken), 12 external links not fetched}. */
    public static String checkOutcome(LinkReport report) {
        return count(report.pagesChecked(), "HTML and XML file") + " checked: " + count(report.internalLinks(), "internal link")
                + " (" + report.broken().size() + " broken), " + count(report.externalLinks(), "external link") + " not fetched";
    }
}
