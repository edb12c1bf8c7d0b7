package org.newsdigest.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.model.Article;

/**
 * What reading one content file gave: its article, if it is one, and the problems found in it. A file with an error
 * is invalid; its article, when there is one, is only what identifies it (see
 * {@link ArticleParser#parseEvenIfInvalid}), never to be published.
 */
public record ParsedFile(Optional<Article> article, List<Problem> problems) {

    public ParsedFile {
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(problems);
    }

    public boolean isInvalid() {
        return article.isEmpty() || problems.stream().anyMatch(Problem::isError);
    }
}
