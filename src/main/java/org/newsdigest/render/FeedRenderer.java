package org.newsdigest.render;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Topic;
import org.newsdigest.render.Views.FeedItemView;
import org.newsdigest.render.Views.FeedView;
import org.newsdigest.render.Views.PageView;

/**
 * {@code feed.xml}: RSS 2.0 of the newest {@code feed.items} articles. Every date comes from the content
 * ({@code lastBuildDate} is the newest item's date), never the clock, so rebuilding gives the same bytes.
 */
final class FeedRenderer {

    private final ThemeTemplates templates;
    private final ViewFactory views;
    private final SiteConfig config;

    FeedRenderer(ThemeTemplates templates, ViewFactory views, SiteConfig config) {
        this.templates = templates;
        this.views = views;
        this.config = config;
    }

    void render(Digest digest, Consumer<RenderedPage> out) throws TemplateFailure {
        UrlScheme urls = views.urls();
        DateFormats dates = views.dates();
        List<Article> newest = digest.articles().subList(0, Math.min(config.feedItems(), digest.articles().size()));
        Instant lastBuild = newest.isEmpty() ? Instant.EPOCH : newest.get(0).publishedAt();
        List<FeedItemView> items = newest.stream().map(article -> new FeedItemView(
                article.title(), urls.absolute(urls.article(article)), article.excerpt(),
                dates.rfc822(article.publishedAt()), article.provider().name(),
                article.topics().stream().map(Topic::name).toList())).toList();
        FeedView feed = new FeedView(config.title(), urls.absolute(urls.home()), urls.absolute(urls.feed()),
                config.description().isEmpty() ? config.title() : config.description(), config.language(),
                dates.rfc822(lastBuild), items);
        PageView page = new PageView(config.title(), config.description(), urls.link(urls.feed()),
                urls.absolute(urls.feed()), "feed");
        String xml = templates.render("feed.ftlx", PageModel.of(views.site(), page).with("feed", feed).values());
        out.accept(Pages.of(urls.feed(), xml));
    }
}
