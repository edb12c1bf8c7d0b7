package org.newsdigest.render;

import java.util.List;
import java.util.Optional;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;
import org.newsdigest.render.Views.ArticleView;
import org.newsdigest.render.Views.FeedLink;
import org.newsdigest.render.Views.LinkView;
import org.newsdigest.render.Views.PageView;

/**
 * The paginated lists of articles, newest first: the front page ({@code index.html}, {@code page/2/}, …),
 * each topic's page and each provider's page. The front page's first page also gets the top stories.
 */
final class ArticleListRenderer {

    /**
     * How many top stories the front page shows, one article per story, ranked by heat, then quality. The first
     * page's latest list leaves them out, so no card shows twice; later pages keep their date-order slices, so
     * {@code page/2/} holds the same articles whatever today's heat. A site of at most this many articles has no top
     * stories: its front page lists each article once, under Latest.
     */
    static final int TOP_STORY_COUNT = 4;

    private final PageEmitter out;
    private final ViewFactory views;
    private final int pageSize;
    private final String siteDescription;

    ArticleListRenderer(PageEmitter out, ViewFactory views, int pageSize, String siteDescription) {
        this.out = out;
        this.views = views;
        this.pageSize = pageSize;
        this.siteDescription = siteDescription;
    }

    /** The front page's pages, with the top stories on the first. */
    void renderFrontPage(Digest digest) throws TemplateFailure {
        UrlScheme urls = views.urls();
        List<ArticleView> topStories = digest.articles().size() <= TOP_STORY_COUNT ? List.of()
                : digest.stories().top(TOP_STORY_COUNT).stream().map(views::card).toList();
        renderList("index.ftlh", urls.home(), views.site().title(),
                siteDescription.isEmpty() ? views.site().title() : siteDescription, PageKind.HOME, null, digest.articles(),
                topStories);
    }

    void renderTopics(Digest digest) throws TemplateFailure {
        UrlScheme urls = views.urls();
        for (Digest.Listing<Topic> topic : digest.topics()) {
            Topic key = topic.key();
            LinkView term = new LinkView(key.name(), urls.link(urls.topic(key)));
            renderList("topic.ftlh", urls.topic(key), key.name(), views.messages().text("topic.description", key.name()), PageKind.TOPIC,
                    term, topic.articles(), List.of());
        }
    }

    void renderProviders(Digest digest) throws TemplateFailure {
        UrlScheme urls = views.urls();
        for (Digest.Listing<Provider> provider : digest.providers()) {
            Provider key = provider.key();
            LinkView term = new LinkView(key.name(), urls.link(urls.provider(key)));
            renderList("provider.ftlh", urls.provider(key), key.name(), views.messages().text("provider.description", key.name()),
                    PageKind.PROVIDER, term, provider.articles(), List.of());
        }
    }

    /** @param topStories shown on the first page only, and left out of its list */
    private void renderList(String template, String listPath, String title, String description, PageKind kind, LinkView term,
            List<Article> articles, List<ArticleView> topStories) throws TemplateFailure {
        UrlScheme urls = views.urls();
        int total = Pagination.pageCount(articles.size(), pageSize);
        for (int number = 1; number <= total; number++) {
            String path = urls.listPage(listPath, number);
            List<Article> slice = Pagination.page(articles, number, pageSize);
            List<String> shownAbove = number == 1 ? topStories.stream().map(ArticleView::url).toList() : List.of();
            String pageTitle = views.listPageTitle(title, number, total);
            List<FeedLink> feeds = term == null ? List.of() : List.of(views.listFeed(listPath, term.name()));
            PageView page = new PageView(pageTitle, description, urls.link(path), urls.absolute(path), kind,
                    slice.stream().findFirst().flatMap(Article::leadImage).map(i -> i.url().toString()), feeds);
            PageModel model = PageModel.of(views.site(), page)
                    .with("articles", slice.stream().map(views::card).filter(view -> !shownAbove.contains(view.url())).toList())
                    .with("topStories", number == 1 ? topStories : List.of())
                    .with("pagination", views.pagination(listPath, number, total));
            if (term != null) {
                model.with("term", term);
            }
            out.page(urls.outputFile(path), template, model);
        }
    }
}
