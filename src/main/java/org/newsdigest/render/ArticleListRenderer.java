package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;
import org.newsdigest.render.RenderPlan.Piece;
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

    private final ViewFactory views;
    private final int pageSize;
    private final String siteDescription;

    ArticleListRenderer(ViewFactory views, int pageSize, String siteDescription) {
        this.views = views;
        this.pageSize = pageSize;
        this.siteDescription = siteDescription;
    }

    /** The front page's pages, with the top stories on the first. */
    List<Piece> frontPage(Digest digest) {
        UrlScheme urls = views.urls();
        Supplier<List<Article>> topStories = () -> digest.articles().size() <= TOP_STORY_COUNT ? List.of()
                : digest.stories().top(TOP_STORY_COUNT);
        List<Piece> pages = new ArrayList<>();
        addList(pages, new ListOf("index.ftlh", urls.home(), views.site().title(),
                () -> siteDescription.isEmpty() ? views.site().title() : siteDescription, PageKind.HOME, null, digest.articles(),
                topStories));
        return pages;
    }

    /** Each topic's pages, topic by topic. */
    List<Piece> topics(Digest digest) {
        UrlScheme urls = views.urls();
        List<Piece> pages = new ArrayList<>();
        for (Digest.Listing<Topic> topic : digest.topics()) {
            Topic key = topic.key();
            LinkView term = new LinkView(key.name(), urls.link(urls.topic(key)));
            addList(pages, new ListOf("topic.ftlh", urls.topic(key), key.name(), () -> views.messages().text("topic.description", key.name()),
                    PageKind.TOPIC, term, topic.articles(), List::of));
        }
        return pages;
    }

    /** Each provider's pages, provider by provider. */
    List<Piece> providers(Digest digest) {
        UrlScheme urls = views.urls();
        List<Piece> pages = new ArrayList<>();
        for (Digest.Listing<Provider> provider : digest.providers()) {
            Provider key = provider.key();
            LinkView term = new LinkView(key.name(), urls.link(urls.provider(key)));
            addList(pages, new ListOf("provider.ftlh", urls.provider(key), key.name(),
                    () -> views.messages().text("provider.description", key.name()), PageKind.PROVIDER, term, provider.articles(),
                    List::of));
        }
        return pages;
    }

    /**
     * One paginated list: {@code term} is the topic or provider it lists (null on the front page); {@code topStories}
     * are shown on the first page only, and left out of its list. The description and the top stories are made as a
     * page renders, on the render's threads: a message formatted for each of thousands of providers is work worth
     * sharing out.
     */
    private record ListOf(String template, String listPath, String title, Supplier<String> description, PageKind kind,
            LinkView term, List<Article> articles, Supplier<List<Article>> topStories) {
    }

    private void addList(List<Piece> pages, ListOf list) {
        int total = Pagination.pageCount(list.articles().size(), pageSize);
        for (int number = 1; number <= total; number++) {
            int page = number;
            int cards = Pagination.page(list.articles(), number, pageSize).size();
            pages.add(new Piece(RenderPlan.PAGE_COST + cards, out -> render(out, list, page, total)));
        }
    }

    private void render(PageEmitter out, ListOf list, int number, int total) throws TemplateFailure {
        UrlScheme urls = views.urls();
        String path = urls.listPage(list.listPath(), number);
        List<Article> slice = Pagination.page(list.articles(), number, pageSize);
        List<Article> topStories = number == 1 ? list.topStories().get() : List.of();
        out.page(urls.outputFile(path), list.template(), key(list, number, total, slice, topStories),
                () -> model(list, number, total, slice, topStories));
    }

    /**
     * A key of everything the page shows: the list's own page data (its title and kind; its description and feed
     * follow from them and the messages) and the cards, each by {@link ViewFactory#cardKey}, in order.
     */
    private long key(ListOf list, int number, int total, List<Article> slice, List<Article> topStories) {
        KeyHash key = new KeyHash(new char[64]);
        key.text(list.listPath());
        key.number(number);
        key.number(total);
        key.text(list.title());
        key.text(list.kind().name());
        key.number(slice.size());
        slice.forEach(article -> key.number(views.cardKey(article)));
        key.number(topStories.size());
        topStories.forEach(article -> key.number(views.cardKey(article)));
        return key.value();
    }

    private PageModel model(ListOf list, int number, int total, List<Article> slice, List<Article> topStoryArticles) {
        UrlScheme urls = views.urls();
        String listPath = list.listPath();
        String path = urls.listPage(listPath, number);
        List<ArticleView> topStories = topStoryArticles.stream().map(views::card).toList();
        List<String> shownAbove = topStories.stream().map(ArticleView::url).toList();
        String pageTitle = views.listPageTitle(list.title(), number, total);
        LinkView term = list.term();
        List<FeedLink> feeds = term == null ? List.of() : List.of(views.listFeed(listPath, term.name()));
        PageView page = new PageView(pageTitle, list.description().get(), urls.link(path), urls.absolute(path), list.kind(),
                slice.stream().findFirst().flatMap(Article::leadImage).map(i -> i.url().toString()), feeds);
        PageModel model = PageModel.of(views.site(), page)
                .with("articles", slice.stream().map(views::card).filter(view -> !shownAbove.contains(view.url())).toList())
                .with("topStories", topStories)
                .with("pagination", views.pagination(listPath, number, total));
        if (term != null) {
            model.with("term", term);
        }
        return model;
    }
}
