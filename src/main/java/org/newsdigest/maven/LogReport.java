package org.newsdigest.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.cli.ReportLines;
import org.newsdigest.diagnostic.Problem;

/**
 * Writes a build's problems to Maven's log, one {@code [ERROR]} or {@code [WARNING]} line each in
 * {@code path:line:col: message} form (Maven's level stands for the CLI's {@code error:}/{@code warning:} label, so
 * IDEs that link {@code path:line:col} in Maven output can jump there), and makes the failure message that holds the
 * first of them.
 */
final class LogReport {

    /** How many problems a failure message repeats; the log above it has them all. */
    static final int PROBLEMS_IN_FAILURE = 5;

    private final Log log;
    private final Path base;

    LogReport(Log log, Path base) {
        this.log = log;
        this.base = base;
    }

    void problems(List<Problem> problems) {
        for (Problem problem : problems.stream().sorted(Problem.IN_FILE_ORDER).toList()) {
            String line = problem.position().format(base) + ": " + problem.message();
            if (problem.isError()) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
    }

    void brokenLinks(List<BrokenLink> links) {
        ReportLines.brokenLinks(links).forEach(log::error);
    }

    /**
     * The headline, then the first problems: broken links and errors before warnings, each as the CLI prints it, and
     * how many more the log holds.
     */
    String failure(String headline, List<Problem> problems, List<BrokenLink> links) {
        List<String> lines = new ArrayList<>();
        links.forEach(link -> lines.add(link.format()));
        problems.stream().filter(Problem::isError).sorted(Problem.IN_FILE_ORDER).forEach(p -> lines.add(p.format(base)));
        problems.stream().filter(p -> !p.isError()).sorted(Problem.IN_FILE_ORDER).forEach(p -> lines.add(p.format(base)));
        StringBuilder message = new StringBuilder(headline);
        lines.stream().limit(PROBLEMS_IN_FAILURE).forEach(line -> message.append(System.lineSeparator()).append("  ").append(line));
        if (lines.size() > PROBLEMS_IN_FAILURE) {
            message.append(System.lineSeparator()).append("  and ").append(lines.size() - PROBLEMS_IN_FAILURE)
                    .append(" more in the log above");
        }
        return message.toString();
    }
}
