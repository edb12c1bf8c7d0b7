package org.newsdigest.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;
import org.newsdigest.render.RenderPlan.Piece;
import org.newsdigest.render.Views.FeedItemView;
import org.newsdigest.render.Views.FeedView;
import org.newsdigest.render.Views.PageView;

/**
 * The feeds: the site's newest {@code feed.items} articles as RSS 2.0 ({@code feed.xml}), Atom 1.0
 * ({@code atom.xml}) and JSON Feed 1.1 ({@code feed.json}), and an RSS feed per topic and per provider.
 * Every date comes from the content (the newest item's date stands for the feed's), never the clock, so
 * rebuilding the same content gives the same bytes.
 */
final class FeedRenderer {

    private final ViewFactory views;
    private final SiteConfig config;

    FeedRenderer(ViewFactory views, SiteConfig config) {
        this.views = views;
        this.config = config;
    }

    /** Every feed, in order: the site's three, then each topic's, then each provider's. */
    List<Piece> feeds(Digest digest) {
        UrlScheme urls = views.urls();
        String description = config.description().isEmpty() ? config.title() : config.description();
        List<Piece> feeds = new ArrayList<>();
        feeds.add(piece(digest.articles(), out -> emit(out, "feed.ftlx", urls.feed(), null,
                () -> feed(config.title(), urls.home(), urls.feed(), description, digest.articles()), digest.articles())));
        feeds.add(piece(digest.articles(), out -> emit(out, "atom.ftlx", urls.atomFeed(), null,
                () -> feed(config.title(), urls.home(), urls.atomFeed(), description, digest.articles()), digest.articles())));
        feeds.add(piece(digest.articles(), out -> emit(out, "feed.ftlj", urls.jsonFeed(), null,
                () -> feed(config.title(), urls.home(), urls.jsonFeed(), description, digest.articles()), digest.articles())));
        for (Digest.Listing<Topic> topic : digest.topics()) {
            feeds.add(piece(topic.articles(), out -> {
                String list = urls.topic(topic.key());
                emit(out, "feed.ftlx", urls.feedOf(list), topic.key().name(), () -> feed(config.title() + ": " + topic.key().name(),
                        list, urls.feedOf(list), views.messages().text("topic.description", topic.key().name()), topic.articles()),
                        topic.articles());
            }));
        }
        for (Digest.Listing<Provider> provider : digest.providers()) {
            feeds.add(piece(provider.articles(), out -> {
                String list = urls.provider(provider.key());
                emit(out, "feed.ftlx", urls.feedOf(list), provider.key().name(), () -> feed(config.title() + ": " + provider.key().name(),
                        list, urls.feedOf(list), views.messages().text("provider.description", provider.key().name()),
                        provider.articles()), provider.articles());
            }));
        }
        return feeds;
    }

    /** A feed costs about two cards, and each of its items one more. */
    private Piece piece(List<Article> newestFirst, RenderPlan.Work work) {
        return new Piece(2 + Math.min(config.feedItems(), newestFirst.size()), work);
    }

    private List<Article> newest(List<Article> newestFirst) {
        return newestFirst.subList(0, Math.min(config.feedItems(), newestFirst.size()));
    }

    private FeedView feed(String title, String pagePath, String selfPath, String description, List<Article> newestFirst) {
        UrlScheme urls = views.urls();
        DateFormats dates = views.dates();
        List<Article> newest = newest(newestFirst);
        Instant updated = newest.stream().map(Article::modifiedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        List<FeedItemView> items = newest.stream().map(views::feedItem).toList();
        return new FeedView(title, urls.absolute(pagePath), urls.absolute(selfPath), description,
                config.language().toLowerCase(java.util.Locale.ROOT), dates.rfc822(updated), dates.rfc3339(updated), items);
    }

    /**
     * The feed at {@code path}, kept by a key of everything it shows: its path (which decides the page it belongs to),
     * the name of the topic or provider it lists ({@code null} for the site's: its title and description follow from
     * the name and the config) and each item by {@link ViewFactory#feedItemKey}, in order; its update time is the
     * newest of its items'.
     */
    private void emit(PageEmitter out, String template, String path, String name, Supplier<FeedView> feed,
            List<Article> newestFirst) throws TemplateFailure {
        KeyHash key = new KeyHash(new char[64]);
        key.text(path);
        key.text(Optional.ofNullable(name));
        List<Article> newest = newest(newestFirst);
        key.number(newest.size());
        newest.forEach(article -> key.number(views.feedItemKey(article)));
        out.page(path, template, key.value(), () -> {
            FeedView view = feed.get();
            UrlScheme urls = views.urls();
            PageView page = PageView.of(view.title(), view.description(), urls.link(path), urls.absolute(path), PageKind.FEED);
            return PageModel.of(views.site(), page).with("feed", view);
        });
    }
}
