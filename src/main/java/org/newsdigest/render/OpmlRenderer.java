package org.newsdigest.render;

import java.util.List;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;
import org.newsdigest.render.Views.OpmlFeed;
import org.newsdigest.render.Views.OpmlView;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.SiteFeeds;

/**
 * {@code feeds.opml}: every feed of the site as an OPML 2.0 subscription list (the site's RSS, Atom and JSON Feed, then
 * each topic's and each provider's RSS feed), with absolute URLs, so a reader subscribes to a whole section in one
 * step. It lists the feeds {@link FeedRenderer} writes, from the same digest.
 */
final class OpmlRenderer {

    private final PageEmitter out;
    private final ViewFactory views;

    OpmlRenderer(PageEmitter out, ViewFactory views) {
        this.out = out;
        this.views = views;
    }

    void render(Digest digest) throws TemplateFailure {
        UrlScheme urls = views.urls();
        out.page(urls.opml(), "opml.ftlx", key(digest), () -> {
            String home = urls.absolute(urls.home());
            SiteFeeds feeds = views.site().feed();
            List<OpmlFeed> site = List.of(
                    new OpmlFeed(feeds.rss().title(), feeds.rss().title(), urls.absolute(urls.feed()), home),
                    new OpmlFeed(feeds.atom().title(), feeds.atom().title(), urls.absolute(urls.atomFeed()), home),
                    new OpmlFeed(feeds.json().title(), feeds.json().title(), urls.absolute(urls.jsonFeed()), home));
            List<OpmlFeed> topics = digest.topics().stream()
                    .map(topic -> listFeed(topic.key().name(), urls.topic(topic.key()))).toList();
            List<OpmlFeed> providers = digest.providers().stream()
                    .map(provider -> listFeed(provider.key().name(), urls.provider(provider.key()))).toList();
            PageView page = PageView.of(views.site().title(), "", urls.link(urls.opml()), urls.absolute(urls.opml()), PageKind.OPML);
            return PageModel.of(views.site(), page).with("opml", new OpmlView(site, topics, providers));
        });
    }

    /**
     * A key of everything the list shows besides the site's own feeds (which follow from the config): each topic's and
     * each provider's name (its feed's title follows from it) and page (its feed's address follows from it), in order.
     */
    private long key(Digest digest) {
        UrlScheme urls = views.urls();
        KeyHash key = new KeyHash(new char[64]);
        key.number(digest.topics().size());
        for (Digest.Listing<Topic> topic : digest.topics()) {
            key.text(topic.key().name());
            key.text(urls.topic(topic.key()));
        }
        key.number(digest.providers().size());
        for (Digest.Listing<Provider> provider : digest.providers()) {
            key.text(provider.key().name());
            key.text(urls.provider(provider.key()));
        }
        return key.value();
    }

    private OpmlFeed listFeed(String name, String listPath) {
        UrlScheme urls = views.urls();
        return new OpmlFeed(name, views.listFeed(listPath, name).title(), urls.absolute(urls.feedOf(listPath)),
                urls.absolute(listPath));
    }
}
