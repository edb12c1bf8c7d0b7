package org.newsdigest.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.model.Article;

/** What reading one content file gave: its article, if it is one, and the problems found in it. */
public record ParsedFile(Optional<Article> article, List<Problem> problems) {

    public ParsedFile {
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(problems);
    }
}
