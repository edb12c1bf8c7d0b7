package org.newsdigest.render;

import java.util.List;
import org.newsdigest.model.Digest;
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
        List<TermView> topics = digest.topics().stream()
                .map(t -> new TermView(t.key().name(), urls.link(urls.topic(t.key())), t.articles().size())).toList();
        List<TermView> providers = digest.providers().stream()
                .map(p -> new TermView(p.key().name(), urls.link(urls.provider(p.key())), p.articles().size())).toList();
        renderIndex("topics.ftlh", PageKind.TOPICS, urls.topics(), "Topics", "Every topic in " + views.site().title() + ".",
                topics);
        renderIndex("providers.ftlh", PageKind.PROVIDERS, urls.providers(), "Providers",
                "Every news provider in " + views.site().title() + ".", providers);
    }

    private void renderIndex(String template, PageKind kind, String listPath, String title, String description,
            List<TermView> terms) throws TemplateFailure {
        UrlScheme urls = views.urls();
        int total = Pagination.pageCount(terms.size(), TERMS_PER_PAGE);
        for (int number = 1; number <= total; number++) {
            String path = urls.listPage(listPath, number);
            String pageTitle = number == 1 ? title : title + " (page " + number + " of " + total + ")";
            PageView page = PageView.of(pageTitle, description, urls.link(path), urls.absolute(path), kind);
            out.page(urls.outputFile(path), template, PageModel.of(views.site(), page)
                    .with("terms", Pagination.page(terms, number, TERMS_PER_PAGE))
                    .with("pagination", views.pagination(listPath, number, total)));
        }
    }
}
