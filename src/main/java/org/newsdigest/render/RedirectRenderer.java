package org.newsdigest.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.RedirectView;

/**
 * The pages at the published articles' earlier addresses ({@code aliases:}), each sending the reader on to its article.
 * Rendered after every other file, since an alias may not take the place of one: a page or file the site makes keeps
 * its address, the article published first keeps an alias two claim, and each alias left out is a warning. None of
 * these pages is listed anywhere: not in the sitemap, the search index, a feed or a list.
 */
final class RedirectRenderer {

    private final PageEmitter out;
    private final ViewFactory views;
    private final Path displayBase;

    /** @param displayBase the folder that paths in warnings are shown relative to */
    RedirectRenderer(PageEmitter out, ViewFactory views, Path displayBase) {
        this.out = out;
        this.views = views;
        this.displayBase = displayBase;
    }

    /** @param madeFiles every file the site made besides these pages */
    void render(Digest digest, Set<String> madeFiles, Problems problems) throws TemplateFailure {
        UrlScheme urls = views.urls();
        for (Redirect redirect : plan(digest, madeFiles, problems)) {
            String path = urls.article(redirect.to());
            PageView page = PageView.of(redirect.to().title(), redirect.to().title(), urls.link(redirect.from()),
                    urls.absolute(path), PageKind.REDIRECT);
            out.page(redirect.file(), "redirect.ftlh", PageModel.of(views.site(), page).with("redirect",
                    new RedirectView(redirect.to().title(), urls.link(path), urls.absolute(path))));
        }
    }

    /** An alias kept: the site path it is at, the file its page is, and the article it sends the reader to. */
    private record Redirect(String from, String file, Article to) {
    }

    private List<Redirect> plan(Digest digest, Set<String> madeFiles, Problems problems) {
        UrlScheme urls = views.urls();
        Map<String, Article> articleAt = new HashMap<>();
        for (Article article : digest.articles()) {
            articleAt.put(urls.outputFile(urls.article(article)), article);
        }
        List<Article> firstPublishedFirst = new ArrayList<>(digest.articles());
        firstPublishedFirst.sort(Article.FIRST_PUBLISHED);
        NavigableSet<String> made = new TreeSet<>(madeFiles);
        Map<String, Article> claimed = new HashMap<>();
        NavigableSet<String> claimedFiles = new TreeSet<>();
        List<Redirect> kept = new ArrayList<>();
        for (Article article : firstPublishedFirst) {
            String own = urls.outputFile(urls.article(article));
            for (String alias : article.aliases()) {
                String file = urls.outputFile(alias);
                SourcePosition at = SourcePosition.ofFile(article.source());
                Optional<String> madeClash = clash(file, made);
                Article owner = claimed.get(file);
                if (file.equals(own)) {
                    problems.warning(at, "its alias " + Quote.of("/" + alias) + " is its own address; the alias is ignored. "
                            + "Remove it from 'aliases'");
                } else if (madeClash.isPresent()) {
                    problems.warning(at, "its alias " + Quote.of("/" + alias) + " would take the place of "
                            + madeWhat(madeClash.get(), articleAt) + "; that stays, and the alias is ignored. Remove it from 'aliases'");
                } else if (owner == article) {
                    continue;
                } else if (owner != null) {
                    problems.warning(at, "its alias " + Quote.of("/" + alias) + " is also an alias of "
                            + DisplayPaths.show(owner.source(), displayBase) + ", published first, which keeps it; the alias is "
                            + "ignored here. Remove it from one of them");
                } else if (clash(file, claimedFiles).isPresent()) {
                    problems.warning(at, "its alias " + Quote.of("/" + alias) + " would be a folder where another alias is a "
                            + "file, or a file where it is a folder; the alias is ignored. Remove one of them");
                } else {
                    claimed.put(file, article);
                    claimedFiles.add(file);
                    kept.add(new Redirect(alias, file, article));
                }
            }
        }
        return kept;
    }

    /**
     * The file of {@code files} that {@code file} cannot be written beside: the same file, a file where it needs a
     * folder ({@code feed.xml} for {@code feed.xml/index.html}), or a folder of files where it would be one.
     */
    private static Optional<String> clash(String file, NavigableSet<String> files) {
        if (files.contains(file)) {
            return Optional.of(file);
        }
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            if (files.contains(file.substring(0, slash))) {
                return Optional.of(file.substring(0, slash));
            }
        }
        String below = files.ceiling(file + "/");
        return below != null && below.startsWith(file + "/") ? Optional.of(below) : Optional.empty();
    }

    private String madeWhat(String file, Map<String, Article> articleAt) {
        Article article = articleAt.get(file);
        return article != null ? "the page of the article " + DisplayPaths.show(article.source(), displayBase)
                : "the site's own " + Quote.of("/" + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file));
    }
}
