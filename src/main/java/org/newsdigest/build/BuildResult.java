package org.newsdigest.build;

import java.util.List;
import java.util.Locale;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.diagnostic.Problem;

/**
 * The outcome of one build.
 *
 * @param ending how far the build got
 * @param phases how long each step took, in the order they ran
 */
public record BuildResult(Ending ending, BuildSummary summary, List<Problem> problems, List<BrokenLink> brokenLinks,
        List<PhaseTimes.Time> phases) {

    /** Where a build ended. */
    public enum Ending {
        /** The new site replaced the output folder. */
        PUBLISHED,
        /** A template could not be loaded: that is the first step, so no article was read. */
        TEMPLATES_NOT_LOADED,
        /** A template failed while rendering. */
        TEMPLATE_FAILED,
        /** Problems (two articles at one address, a broken link, a warning in a strict build) stopped it. */
        NOT_PUBLISHED
    }

    public BuildResult {
        problems = List.copyOf(problems);
        brokenLinks = List.copyOf(brokenLinks);
        phases = List.copyOf(phases);
    }

    /** A build that no template stopped. */
    public BuildResult(boolean published, BuildSummary summary, List<Problem> problems, List<BrokenLink> brokenLinks,
            List<PhaseTimes.Time> phases) {
        this(published ? Ending.PUBLISHED : Ending.NOT_PUBLISHED, summary, problems, brokenLinks, phases);
    }

    /** True when the new site replaced the output folder; false leaves the old output untouched. */
    public boolean published() {
        return ending == Ending.PUBLISHED;
    }

    /** A template could not be loaded or failed while rendering: the build stopped there. */
    public boolean templateFailed() {
        return ending == Ending.TEMPLATES_NOT_LOADED || ending == Ending.TEMPLATE_FAILED;
    }

    /** False when the templates could not be loaded: the build counted no article and rendered nothing. */
    public boolean templatesLoaded() {
        return ending != Ending.TEMPLATES_NOT_LOADED;
    }

    /** How long each step took, such as {@code parse 1.20 s, render 0.85 s}. */
    public String timings() {
        return String.join(", ", phases.stream()
                .map(phase -> String.format(Locale.ROOT, "%s %.2f s", phase.name(), phase.nanos() / 1e9)).toList());
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
