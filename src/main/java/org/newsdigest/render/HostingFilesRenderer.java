package org.newsdigest.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.SitemapEntry;

/**
 * The files a static host and crawlers look for: {@code 404.html}, {@code sitemap.xml} (every published page,
 * {@code lastmod} from content, the date archives too), {@code robots.txt} pointing at the sitemap, {@code .nojekyll} so GitHub Pages
 * serves the folder as it is, and {@code CNAME} when the config names a custom domain.
 */
final class HostingFilesRenderer {

    private final PageEmitter out;
    private final ViewFactory views;
    private final SiteConfig config;

    HostingFilesRenderer(PageEmitter out, ViewFactory views, SiteConfig config) {
        this.out = out;
        this.views = views;
        this.config = config;
    }

    void render(Digest digest, DateArchive archive) throws TemplateFailure {
        UrlScheme urls = views.urls();
        PageView notFound = PageView.of(views.messages().text("notFound.title"), views.messages().text("notFound.description"), urls.link(urls.notFound()),
                urls.absolute(urls.notFound()), PageKind.NOT_FOUND);
        out.page(urls.notFound(), "404.ftlh", PageModel.of(views.site(), notFound));

        PageView sitemapPage = PageView.of("Sitemap", "", urls.link(urls.sitemap()), urls.absolute(urls.sitemap()), PageKind.SITEMAP);
        out.page(urls.sitemap(), "sitemap.ftlx", PageModel.of(views.site(), sitemapPage).with("entries", sitemap(digest, archive)));

        out.file(Pages.of(urls.robots(), "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.sitemap()) + "\n"));
        out.file(Pages.of(".nojekyll", ""));
        config.cname().ifPresent(domain -> out.file(Pages.of("CNAME", domain + "\n")));
    }

    private List<SitemapEntry> sitemap(Digest digest, DateArchive archive) {
        UrlScheme urls = views.urls();
        List<SitemapEntry> entries = new ArrayList<>();
        listPages(urls.home(), digest.articles(), entries);
        for (Article article : digest.articles()) {
            entries.add(entry(urls.article(article), article.publishedAt()));
        }
        termIndexPages(urls.topics(), digest.topics().size(), digest, entries);
        digest.topics().forEach(topic -> listPages(urls.topic(topic.key()), topic.articles(), entries));
        termIndexPages(urls.providers(), digest.providers().size(), digest, entries);
        digest.providers().forEach(provider -> listPages(urls.provider(provider.key()), provider.articles(), entries));
        for (ArchiveSpan span : ArchiveSpan.values()) {
            archive.periods(span).forEach(period -> listPages(period.path(urls), period.articles(), entries));
        }
        return entries;
    }

    private void listPages(String listPath, List<Article> articles, List<SitemapEntry> entries) {
        int total = Pagination.pageCount(articles.size(), config.pageSize());
        for (int number = 1; number <= total; number++) {
            entries.add(entry(views.urls().listPage(listPath, number), newest(Pagination.page(articles, number, config.pageSize()))));
        }
    }

    private void termIndexPages(String listPath, int terms, Digest digest, List<SitemapEntry> entries) {
        int total = Pagination.pageCount(terms, TermIndexRenderer.TERMS_PER_PAGE);
        for (int number = 1; number <= total; number++) {
            entries.add(entry(views.urls().listPage(listPath, number), newest(digest.articles())));
        }
    }

    private SitemapEntry entry(String path, Instant lastModified) {
        return new SitemapEntry(views.urls().absolute(path), views.dates().rfc3339(lastModified));
    }

    private static Instant newest(List<Article> newestFirst) {
        return newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.get(0).publishedAt();
    }
}
