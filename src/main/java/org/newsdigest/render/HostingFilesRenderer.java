package org.newsdigest.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

        KeyHash key = new KeyHash(new char[64]);
        sitemapPages(digest, archive, new SitemapKey(key));
        sitemap(key, () -> {
            SitemapEntries entries = new SitemapEntries();
            sitemapPages(digest, archive, entries);
            return entries.entries;
        });

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

    /**
     * Every page of the sitemap, in order, told to {@code pages}: the front page's pages, every article's, the topics'
     * index and lists, the providers' index and lists, the index of years and the date archives' pages.
     */
    private void sitemapPages(Digest digest, DateArchive archive, SitemapPages pages) {
        UrlScheme urls = views.urls();
        // once, not per page: providers grow with the articles, so per page it was quadratic (4% of a 50,000-article render)
        Instant newest = newest(digest.articles());
        pages.list(urls.home(), newestOfEachPage(digest.articles(), config.pageSize()));
        digest.articles().forEach(pages::article);
        termIndexPages(urls.topics(), digest.topics().size(), newest, pages);
        digest.topics().forEach(topic -> pages.list(urls.topic(topic.key()),
                newestOfEachPage(topic.articles(), config.pageSize())));
        termIndexPages(urls.providers(), digest.providers().size(), newest, pages);
        digest.providers().forEach(provider -> pages.list(urls.provider(provider.key()),
                newestOfEachPage(provider.articles(), config.pageSize())));
        pages.page(urls.archives(), newest);
        int entriesPerPage = ArchiveRenderer.entriesPerPage(config.pageSize());
        for (ArchiveSpan span : ArchiveSpan.values()) {
            archive.periods(span).forEach(period -> pages.list(period.path(urls),
                    newestOfEachPage(period.articles(), entriesPerPage)));
        }
    }

    private static void termIndexPages(String listPath, int terms, Instant newest, SitemapPages pages) {
        pages.list(listPath, Collections.nCopies(Pagination.pageCount(terms, TermIndexRenderer.TERMS_PER_PAGE), newest));
    }

    /** When each page of a list of {@code articles} last changed: the newest change of its articles. */
    private static List<Instant> newestOfEachPage(List<Article> articles, int pageSize) {
        int total = Pagination.pageCount(articles.size(), pageSize);
        List<Instant> newest = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            newest.add(newest(Pagination.page(articles, number, pageSize)));
        }
        return newest;
    }

    /** Told the sitemap's pages in order, each with when it last changed ({@link #sitemapPages}). */
    private interface SitemapPages {
        void page(String path, Instant modified);

        /** The article's own page. */
        void article(Article article);

        /** The pages of the list at {@code listPath}: page {@code i + 1} last changed at {@code newest.get(i)}. */
        void list(String listPath, List<Instant> newest);
    }

    /**
     * The sitemap's key: each page as a kind, then what its entry is made from (an article's page by the hash of its
     * path, a list by its path and the time of each page), so the key is the same exactly when the entries are.
     */
    private final class SitemapKey implements SitemapPages {
        private static final int PAGE = 1;
        private static final int ARTICLE = 2;
        private static final int LIST = 3;

        private final KeyHash key;

        SitemapKey(KeyHash key) {
            this.key = key;
        }

        @Override
        public void page(String path, Instant modified) {
            key.number(PAGE);
            key.text(path);
            key.instant(modified);
        }

        @Override
        public void article(Article article) {
            key.number(ARTICLE);
            key.number(views.texts(article).path());
            key.instant(article.modifiedAt());
        }

        @Override
        public void list(String listPath, List<Instant> newest) {
            key.number(LIST);
            key.text(listPath);
            key.number(newest.size());
            newest.forEach(key::instant);
        }
    }

    /** The sitemap's entries, each page's absolute address and last change formatted. */
    private final class SitemapEntries implements SitemapPages {
        private final List<SitemapEntry> entries = new ArrayList<>();

        @Override
        public void page(String path, Instant modified) {
            entries.add(new SitemapEntry(views.urls().absolute(path), views.dates().rfc3339(modified)));
        }

        @Override
        public void article(Article article) {
            page(views.urls().article(article), article.modifiedAt());
        }

        @Override
        public void list(String listPath, List<Instant> newest) {
            for (int number = 1; number <= newest.size(); number++) {
                page(views.urls().listPage(listPath, number), newest.get(number - 1));
            }
        }
    }

    /** When the newest change of {@code articles} was: the epoch when there are none. */
    private static Instant newest(List<Article> articles) {
        if (articles.isEmpty()) {
            return Instant.EPOCH;
        }
        Instant newest = articles.get(0).modifiedAt();
        for (Article article : articles) {
            if (article.modifiedAt().isAfter(newest)) {
                newest = article.modifiedAt();
            }
        }
        return newest;
    }
}
