package org.newsdigest.build;

import java.util.List;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.diagnostic.Problem;

/**
 * The outcome of one build.
 *
 * @param published true when the new site replaced the output folder; false leaves the old output untouched
 */
public record BuildResult(boolean published, BuildSummary summary, List<Problem> problems, List<BrokenLink> brokenLinks) {

    public BuildResult {
        problems = List.copyOf(problems);
        brokenLinks = List.copyOf(brokenLinks);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
