package org.newsdigest.render;

import java.util.function.Consumer;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.model.Digest;

/** Renders every page of the site, then the theme's static files, handing each file to {@code out}. */
public final class SiteRenderer {

    private final SiteConfig config;
    private final ThemeTemplates templates;

    public SiteRenderer(SiteConfig config, ThemeTemplates templates) {
        this.config = config;
        this.templates = templates;
    }

    public void render(Digest digest, Consumer<RenderedPage> out) throws TemplateFailure {
        UrlScheme urls = new UrlScheme(config.baseUrl(), config.timeZone());
        ViewFactory views = new ViewFactory(config, urls, new DateFormats(config.timeZone(), config.locale()), digest);
        new ArticlePageRenderer(templates, views).render(digest, out);
        new ArticleListRenderer(templates, views, config.pageSize(), config.description()).render(digest, out);
        new TermIndexRenderer(templates, views).render(digest, out);
        new FeedRenderer(templates, views, config).render(digest, out);
        new SearchIndexRenderer(templates, views).render(digest, out);
        new HostingFilesRenderer(templates, views, config).render(digest, out);
        new ThemeAssets(config.templatesDir()).collect().values().forEach(out);
    }
}
