package org.newsdigest.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * The article pages the last build published and this one does not: links to them, shared or indexed, now find
 * nothing. One line says so, since a slug changed or an article removed on purpose is no error, but a reader's 404
 * is easy to prevent with an alias. A page a redirect now stands at is not gone, so it is not counted.
 */
final class LostArticlePages {

    /** {@code articles/<slug>/index.html}; a date archive's first part is four digits, an article's never. */
    private static final Pattern ARTICLE_PAGE = Pattern.compile("articles/(?!\\d{4}/)[^/]+/index\\.html");
    private static final int NAMED = 3;

    private LostArticlePages() {
    }

    /** @param gone the files of the last build that this one does not make */
    static Optional<Problem> warning(Set<String> gone, Path output) {
        List<String> lost = gone.stream().filter(path -> ARTICLE_PAGE.matcher(path).matches())
                .map(path -> path.substring(0, path.length() - "index.html".length())).sorted().toList();
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", lost.subList(0, Math.min(NAMED, lost.size())))
                + (lost.size() > NAMED ? " and " + (lost.size() - NAMED) + " more" : "");
        return Optional.of(Problem.warning(SourcePosition.unplaced(output), (lost.size() == 1 ? "1 article page" : lost.size()
                + " article pages") + " the last build published " + (lost.size() == 1 ? "is" : "are") + " gone: " + named
                + "; links to " + (lost.size() == 1 ? "it" : "them") + " now find nothing. If an article moved, list its old "
                + "address under its 'aliases:' to keep it answering"));
    }
}
