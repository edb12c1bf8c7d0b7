package org.newsdigest.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the problems one step finds, so they can all be reported together. Not shared between threads. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public void error(SourcePosition position, String message) {
        add(Problem.error(position, message));
    }

    public void warning(SourcePosition position, String message) {
        add(Problem.warning(position, message));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public int size() {
        return found.size();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }
}
