package org.newsdigest.config;

import java.util.List;
import org.newsdigest.diagnostic.Problem;

/** The configuration cannot be used; carries every problem found, not just the first. */
public final class ConfigException extends Exception {

    private final List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid configuration" : problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
