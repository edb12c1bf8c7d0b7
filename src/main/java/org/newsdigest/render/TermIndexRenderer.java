package org.newsdigest.render;

import java.util.List;
import java.util.function.Function;
import org.newsdigest.i18n.Messages;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.TermView;

/**
 * {@code topics/} and {@code providers/}: every topic or provider with its article count, in pages of {@link
 * #TERMS_PER_PAGE} ({@code providers/page/2/}, …), since a large digest has thousands of providers.
 */
final class TermIndexRenderer {

    /** A page of names and counts is much lighter than a page of cards, so it holds more of them than pageSize. */
    static final int TERMS_PER_PAGE = 100;

    private final PageEmitter out;
    private final ViewFactory views;

    TermIndexRenderer(PageEmitter out, ViewFactory views) {
        this.out = out;
        this.views = views;
    }

    void render(Digest digest) throws TemplateFailure {
        UrlScheme urls = views.urls();
        Messages messages = views.messages();
        renderIndex(new Index<>("topics.ftlh", PageKind.TOPICS, urls.topics(), messages.text("topics.title"),
                messages.text("topics.description", views.site().title()), digest.topics(), Topic::name, urls::topic));
        renderIndex(new Index<>("providers.ftlh", PageKind.PROVIDERS, urls.providers(), messages.text("providers.title"),
                messages.text("providers.description", views.site().title()), digest.providers(), Provider::name,
                urls::provider));
    }

    /** One index: its template, kind, path, title and description, and its terms with their names and pages' paths. */
    private record Index<T>(String template, PageKind kind, String listPath, String title, String description,
            List<Digest.Listing<T>> terms, Function<T, String> name, Function<T, String> path) {
    }

    private <T> void renderIndex(Index<T> index) throws TemplateFailure {
        UrlScheme urls = views.urls();
        int total = Pagination.pageCount(index.terms().size(), TERMS_PER_PAGE);
        for (int number = 1; number <= total; number++) {
            int page = number;
            String path = urls.listPage(index.listPath(), number);
            List<Digest.Listing<T>> terms = Pagination.page(index.terms(), number, TERMS_PER_PAGE);
            out.page(urls.outputFile(path), index.template(), key(index, number, total, terms), () -> {
                String pageTitle = views.listPageTitle(index.title(), page, total);
                PageView view = PageView.of(pageTitle, index.description(), urls.link(path), urls.absolute(path), index.kind());
                return PageModel.of(views.site(), view)
                        .with("terms", terms.stream().map(term -> new TermView(index.name().apply(term.key()),
                                urls.link(index.path().apply(term.key())), term.articles().size())).toList())
                        .with("pagination", views.pagination(index.listPath(), page, total));
            });
        }
    }

    /**
     * A key of everything a page of an index shows: the index's path, title, description and kind, the page's number
     * and count (its title, address and pager follow from them), and each term's name, page and article count.
     */
    private static <T> long key(Index<T> index, int number, int total, List<Digest.Listing<T>> terms) {
        KeyHash key = new KeyHash(new char[64]);
        key.text(index.listPath());
        key.text(index.title());
        key.text(index.description());
        key.text(index.kind().name());
        key.number(number);
        key.number(total);
        key.number(terms.size());
        for (Digest.Listing<T> term : terms) {
            key.text(index.name().apply(term.key()));
            key.text(index.path().apply(term.key()));
            key.number(term.articles().size());
        }
        return key.value();
    }
}
