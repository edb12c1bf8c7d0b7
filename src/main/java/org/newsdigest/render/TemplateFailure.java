package org.newsdigest.render;

import java.util.List;
import org.newsdigest.diagnostic.Problem;

/** A template could not be parsed or failed while rendering; carries the template's position. */
public final class TemplateFailure extends Exception {

    private final List<Problem> problems;

    public TemplateFailure(List<Problem> problems) {
        super(problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
