package org.newsdigest.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.model.Article;
import org.newsdigest.model.ArticleIdentity;

/**
 * What reading one content file gave: its article, if it is a valid one; what identifies it, as far as it could be
 * read even when it is invalid (see {@link ArticleParser#parseFile}); and the problems found in it. A file with an
 * error is invalid and has no article.
 */
public record ParsedFile(Optional<ArticleIdentity> identity, Optional<Article> article, List<Problem> problems) {

    public ParsedFile {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(problems);
        if (article.isPresent() && (identity.isEmpty() || article.get().identity() != identity.get()
                && !article.get().identity().equals(identity.get()))) {
            throw new IllegalArgumentException("an article's file must have its identity");
        }
        if (article.isPresent() && hasError(problems)) {
            throw new IllegalArgumentException("an invalid file has no article: " + article.get().source());
        }
    }

    /** A valid file's article, or nothing that could be read. */
    public ParsedFile(Optional<Article> article, List<Problem> problems) {
        this(article.map(Article::identity), article, problems);
    }

    /** An invalid file, with what identifies it when any of that could be read. */
    public static ParsedFile invalid(Optional<ArticleIdentity> identity, List<Problem> problems) {
        return new ParsedFile(identity, Optional.empty(), problems);
    }

    public boolean isInvalid() {
        return article.isEmpty() || hasError(problems);
    }

    // a loop, not a stream: the cache makes and asks tens of thousands of these on every build
    private static boolean hasError(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }
}
