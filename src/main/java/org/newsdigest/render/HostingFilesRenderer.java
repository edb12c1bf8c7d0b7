package org.newsdigest.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.SitemapEntry;
import org.newsdigest.render.Views.SitemapFileView;

/**
 * The files a static host and crawlers look for: {@code 404.html}, {@code sitemap.xml} (every published page,
 * {@code lastmod} from content, the date archives and their index too; past {@link SitemapLimits} an index of {@code sitemap-N.xml}
 * files), {@code robots.txt} pointing at {@code sitemap.xml}, {@code .nojekyll} so GitHub Pages
 * serves the folder as it is, and {@code CNAME} when the config names a custom domain.
 */
final class HostingFilesRenderer {

    private final PageEmitter out;
    private final ViewFactory views;
    private final SiteConfig config;
    private final SitemapLimits limits;

    HostingFilesRenderer(PageEmitter out, ViewFactory views, SiteConfig config, SitemapLimits limits) {
        this.out = out;
        this.views = views;
        this.config = config;
        this.limits = limits;
    }

    void render(Digest digest, DateArchive archive) throws TemplateFailure {
        UrlScheme urls = views.urls();
        PageView notFound = PageView.of(views.messages().text("notFound.title"), views.messages().text("notFound.description"), urls.link(urls.notFound()),
                urls.absolute(urls.notFound()), PageKind.NOT_FOUND);
        out.page(urls.notFound(), "404.ftlh", PageModel.of(views.site(), notFound));

        List<Dated> pages = sitemapEntries(digest, archive);
        KeyHash key = new KeyHash(new char[1 << 8]);
        key.number(pages.size());
        for (Dated dated : pages) {
            key.text(dated.path());
            key.instant(dated.modified());
        }
        sitemap(key, () -> pages.stream().map(this::entry).toList());

        out.file(Pages.of(urls.robots(), "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.sitemap()) + "\n"));
        out.file(Pages.of(".nojekyll", ""));
        config.cname().ifPresent(domain -> out.file(Pages.of("CNAME", domain + "\n")));
    }

    /**
     * {@code sitemap.xml}: one urlset of {@code entries} when they fit in one file, else the index of
     * {@code sitemap-1.xml} to {@code sitemap-N.xml}, urlsets cut by {@link SitemapSplit}. Every file gets the
     * sitemap as a whole as its {@code page}, so that a file's bytes do not depend on where the split puts it.
     */
    void sitemap(List<SitemapEntry> entries) throws TemplateFailure {
        KeyHash key = new KeyHash(new char[1 << 8]);
        key.number(entries.size());
        for (SitemapEntry entry : entries) {
            key.text(entry.loc());
            key.text(entry.lastmod());
        }
        sitemap(key, () -> entries);
    }

    /**
     * The sitemap files, kept without making their entries when {@code key} (of every entry's page and date) and the
     * limits, which decide the files as much as the entries do, are the last build's.
     */
    private void sitemap(KeyHash key, Supplier<List<SitemapEntry>> entries) throws TemplateFailure {
        UrlScheme urls = views.urls();
        PageView page = PageView.of("Sitemap", "", urls.link(urls.sitemap()), urls.absolute(urls.sitemap()), PageKind.SITEMAP);
        key.number(limits.urls());
        key.number(limits.bytes());
        out.fileSet("sitemap.ftlx", key.value(), new PageEmitter.FileSet() {
            @Override
            public String path(int index) {
                return index == 0 ? urls.sitemap() : urls.sitemapPart(index);
            }

            @Override
            public List<RenderedPage> render() throws TemplateFailure {
                return sitemapFiles(page, entries.get());
            }
        });
    }

    private List<RenderedPage> sitemapFiles(PageView page, List<SitemapEntry> entries) throws TemplateFailure {
        UrlScheme urls = views.urls();
        List<SitemapSplit.File> parts = new SitemapSplit(limits, new SitemapSplit.Urlset() {
            @Override
            public byte[] render(List<SitemapEntry> some) throws TemplateFailure {
                return out.render(urls.sitemap(), "sitemap.ftlx", PageModel.of(views.site(), page).with("entries", some)).content();
            }

            @Override
            public TemplateFailure tooLarge(SitemapEntry entry, long bytes, SitemapLimits limits) {
                return out.failure("sitemap.ftlx", "the sitemap entry of " + Quote.of(entry.loc()) + " alone makes a file of "
                        + bytes + " bytes, more than the " + limits.bytes() + " a sitemap file may hold; make the template "
                        + "write less for each page");
            }
        }).split(entries);
        if (parts.size() == 1) {
            return List.of(new RenderedPage(urls.sitemap(), parts.get(0).content()));
        }
        List<RenderedPage> files = new ArrayList<>();
        List<SitemapFileView> index = new ArrayList<>();
        for (int number = 1; number <= parts.size(); number++) {
            SitemapSplit.File part = parts.get(number - 1);
            files.add(new RenderedPage(urls.sitemapPart(number), part.content()));
            index.add(new SitemapFileView(urls.absolute(urls.sitemapPart(number)), newestLastmod(part.entries())));
        }
        files.add(0, out.render(urls.sitemap(), "sitemap-index.ftlx", PageModel.of(views.site(), page).with("sitemaps", index)));
        return files;
    }

    private static String newestLastmod(List<SitemapEntry> entries) {
        return entries.stream().max(Comparator.comparing((SitemapEntry entry) -> Instant.parse(entry.lastmod())))
                .orElseThrow().lastmod();
    }

    private List<Dated> sitemapEntries(Digest digest, DateArchive archive) {
        UrlScheme urls = views.urls();
        List<Dated> entries = new ArrayList<>();
        listPages(urls.home(), digest.articles(), entries);
        for (Article article : digest.articles()) {
            entries.add(new Dated(urls.article(article), article.modifiedAt()));
        }
        termIndexPages(urls.topics(), digest.topics().size(), digest, entries);
        digest.topics().forEach(topic -> listPages(urls.topic(topic.key()), topic.articles(), entries));
        termIndexPages(urls.providers(), digest.providers().size(), digest, entries);
        digest.providers().forEach(provider -> listPages(urls.provider(provider.key()), provider.articles(), entries));
        entries.add(new Dated(urls.archives(), newest(digest.articles())));
        for (ArchiveSpan span : ArchiveSpan.values()) {
            archive.periods(span).forEach(period -> listPages(period.path(urls), period.articles(),
                    ArchiveRenderer.entriesPerPage(config.pageSize()), entries));
        }
        return entries;
    }

    private void listPages(String listPath, List<Article> articles, List<Dated> entries) {
        listPages(listPath, articles, config.pageSize(), entries);
    }

    private void listPages(String listPath, List<Article> articles, int pageSize, List<Dated> entries) {
        int total = Pagination.pageCount(articles.size(), pageSize);
        for (int number = 1; number <= total; number++) {
            entries.add(new Dated(views.urls().listPage(listPath, number), newest(Pagination.page(articles, number, pageSize))));
        }
    }

    private void termIndexPages(String listPath, int terms, Digest digest, List<Dated> entries) {
        int total = Pagination.pageCount(terms, TermIndexRenderer.TERMS_PER_PAGE);
        // once, not per page: providers grow with the articles, so per page it was quadratic (4% of a 50,000-article render)
        Instant newest = newest(digest.articles());
        for (int number = 1; number <= total; number++) {
            entries.add(new Dated(views.urls().listPage(listPath, number), newest));
        }
    }

    /** A page of the sitemap and when it last changed, before either is formatted for it. */
    private record Dated(String path, Instant modified) {
    }

    private SitemapEntry entry(Dated page) {
        return new SitemapEntry(views.urls().absolute(page.path()), views.dates().rfc3339(page.modified()));
    }

    /** When the newest change of {@code articles} was: the epoch when there are none. */
    private static Instant newest(List<Article> articles) {
        return articles.stream().map(Article::modifiedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
