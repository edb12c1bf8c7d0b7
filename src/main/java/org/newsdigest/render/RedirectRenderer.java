package org.newsdigest.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.model.Alias;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.RedirectView;

/**
 * The pages at the published articles' earlier addresses ({@code aliases:}), each sending the reader on to its article.
 * Rendered after every other file, since an alias may not take the place of one: a page or file the site makes keeps
 * its address, even where only letter case differs, and each alias left out is a warning. None of
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

    /** Whether any published article has an earlier address, whose page must not take a file's place. */
    static boolean anyAlias(Digest digest) {
        return digest.articles().stream().anyMatch(article -> !article.aliases().isEmpty());
    }

    /** An alias kept: the site path it is at, the file its page is, and the article it sends the reader to. */
    private record Redirect(String from, String file, Article to) {
    }

    /**
     * Files are compared without regard to letter case: on the disks of macOS and Windows, where sites are cloned and
     * previewed, {@code A-Title/} and {@code a-title/} are one folder. Two articles never share an alias (the digest
     * refused that); of one article's aliases that differ only in case, the first listed stays.
     */
    private List<Redirect> plan(Digest digest, Set<String> madeFiles, Problems problems) {
        // most sites have no alias: then no file need be compared (the sets below cost a string per file of the site)
        if (!anyAlias(digest)) {
            return List.of();
        }
        UrlScheme urls = views.urls();
        Map<String, Article> articleAt = new HashMap<>();
        for (Article article : digest.articles()) {
            articleAt.put(lowerCase(urls.outputFile(urls.article(article))), article);
        }
        NavigableSet<String> made = new TreeSet<>(madeFiles.stream().map(RedirectRenderer::lowerCase).toList());
        Map<String, Alias> claimed = new HashMap<>();
        NavigableSet<String> claimedFiles = new TreeSet<>();
        List<Redirect> kept = new ArrayList<>();
        for (Article article : digest.articles()) {
            String own = lowerCase(urls.outputFile(urls.article(article)));
            for (Alias alias : article.aliases()) {
                String file = urls.outputFile(alias.path());
                String key = lowerCase(file);
                String shown = Quote.of("/" + alias.path());
                Optional<String> madeClash = clash(key, made);
                Alias first = claimed.get(key);
                if (key.equals(own)) {
                    problems.warning(alias.at(), "its alias " + shown + " is its own address" + caseNote(file, own)
                            + "; the alias is ignored. Remove it from 'aliases'");
                } else if (madeClash.isPresent()) {
                    problems.warning(alias.at(), "its alias " + shown + " would take the place of "
                            + madeWhat(madeClash.get(), articleAt) + caseNote(file, madeClash.get())
                            + "; that stays, and the alias is ignored. Remove it from 'aliases'");
                } else if (first != null) {
                    problems.warning(alias.at(), "its alias " + shown + " is the same page as its alias "
                            + Quote.of("/" + first.path()) + " on a disk that ignores case; the alias is ignored. Remove it "
                            + "from 'aliases'");
                } else if (clash(key, claimedFiles).isPresent()) {
                    problems.warning(alias.at(), "its alias " + shown + " would be a folder where another alias is a "
                            + "file, or a file where it is a folder; the alias is ignored. Remove one of them");
                } else {
                    claimed.put(key, alias);
                    claimedFiles.add(key);
                    kept.add(new Redirect(alias.path(), file, article));
                }
            }
        }
        return kept;
    }

    private static String lowerCase(String file) {
        return file.toLowerCase(Locale.ROOT);
    }

    /** Says so when the two differ only in letter case, which is a clash only on some disks. */
    private static String caseNote(String file, String clashing) {
        return file.equals(clashing) || !lowerCase(file).equals(clashing) ? "" : " on a disk that ignores case";
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
