package org.newsdigest.cache;

import java.util.List;
import java.util.Optional;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.model.Article;
import org.newsdigest.model.Withheld;
import org.newsdigest.parse.ParsedFile;

/**
 * What the parse step takes from one file's result: its problems, whether it is invalid, the article when it is to be
 * published, and otherwise what keeps its article out of other articles' related lists ({@link Withheld#keysOf}), made
 * once when the file is parsed and kept with the result. A kept result of an unpublished or invalid file is so used
 * without decoding its article.
 *
 * @param withheld the keys of an unpublished article or of what identifies an invalid file; empty for an article to
 *                 publish and for a file of which nothing could be read
 */
public record FileOutcome(List<Problem> problems, boolean invalid, Optional<Article> published,
        Optional<Withheld.Keys> withheld) {

    public FileOutcome {
        problems = List.copyOf(problems);
    }

    public static FileOutcome of(ParsedFile parsed) {
        if (parsed.isInvalid()) {
            return new FileOutcome(parsed.problems(), true, Optional.empty(), parsed.identity().map(Withheld::keysOf));
        }
        Article article = parsed.article().get();
        return article.published() ? new FileOutcome(parsed.problems(), false, Optional.of(article), Optional.empty())
                : new FileOutcome(parsed.problems(), false, Optional.empty(), Optional.of(Withheld.keysOf(article.identity())));
    }
}
