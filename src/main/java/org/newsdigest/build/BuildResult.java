package org.newsdigest.build;

import java.util.List;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.diagnostic.Problem;

/**
 * The outcome of one build.
 *
 * @param published      true when the new site replaced the output folder; false leaves the old output untouched
 * @param templateFailed a template could not be loaded or failed while rendering: the build stopped there
 */
public record BuildResult(boolean published, BuildSummary summary, List<Problem> problems, List<BrokenLink> brokenLinks,
        List<PhaseTimes.Phase> phases, boolean templateFailed) {

    public BuildResult {
        problems = List.copyOf(problems);
        brokenLinks = List.copyOf(brokenLinks);
        phases = List.copyOf(phases);
    }

    /** A build that no template stopped. */
    public BuildResult(boolean published, BuildSummary summary, List<Problem> problems, List<BrokenLink> brokenLinks,
            List<PhaseTimes.Phase> phases) {
        this(published, summary, problems, brokenLinks, phases, false);
    }

    /**
     * False when the templates could not be loaded: that is the first step, so the build read no article and ran
     * no step to its end.
     */
    public boolean templatesLoaded() {
        return !phases.isEmpty();
    }

    /** How long each step took, such as {@code parse 1.20 s, render 0.85 s}. */
    public String timings() {
        return String.join(", ", phases.stream()
                .map(phase -> String.format(java.util.Locale.ROOT, "%s %.2f s", phase.name(), phase.nanos() / 1e9)).toList());
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
