package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.i18n.Messages;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Image;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.Stories;
import org.newsdigest.model.Topic;
import org.newsdigest.render.Views.ArticleView;
import org.newsdigest.render.Views.CoverageView;
import org.newsdigest.render.Views.FeedItemView;
import org.newsdigest.render.Views.FeedLink;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.ImageView;
import org.newsdigest.render.Views.LinkView;
import org.newsdigest.render.Views.PageLink;
import org.newsdigest.render.Views.PaginationView;
import org.newsdigest.render.Views.RelatedView;
import org.newsdigest.render.Views.SiteFeeds;
import org.newsdigest.render.Views.SiteView;
import java.util.ArrayList;

/** Makes the view records of one digest. */
public final class ViewFactory {

    static final String GENERATOR = "news-digest";
    /** Where a list's title goes in its page title message; a private-use character no message contains. */
    private static final String TITLE_PLACE = "\uE000";

    private final SiteConfig config;
    private final UrlScheme urls;
    private final DateFormats dates;
    private final ReadableDays readableDays;
    private final Messages messages;
    private final Map<URI, Article> publishedByWebUrl = new HashMap<>();
    /** One view per article, however many list pages show its card: built once, and fingerprinted once. */
    private final Map<Path, ArticleView> articleViews = new ConcurrentHashMap<>();
    private final Map<Path, ArticleView> cardViews = new ConcurrentHashMap<>();
    /** One item per article, however many feeds (the site's three, its topics', its provider's) list it. */
    private final Map<Path, FeedItemView> feedItems = new ConcurrentHashMap<>();
    private final TemplateHTMLOutputModel noBody = markup("");
    private final Stories stories;
    private final SiteView site;

    public ViewFactory(SiteConfig config, UrlScheme urls, DateFormats dates, Messages messages, Digest digest) {
        this.config = config;
        this.urls = urls;
        this.dates = dates;
        this.readableDays = new ReadableDays(dates, config.timeZone());
        this.messages = messages;
        this.stories = digest.stories();
        for (Article article : digest.articles()) {
            article.webUrl().ifPresent(url -> publishedByWebUrl.putIfAbsent(url, article));
        }
        this.site = makeSite();
    }

    public UrlScheme urls() {
        return urls;
    }

    public DateFormats dates() {
        return dates;
    }

    /** The interface's words, for titles and descriptions made here rather than in a template. */
    public Messages messages() {
        return messages;
    }

    public SiteView site() {
        return site;
    }

    private SiteView makeSite() {
        SiteFeeds feeds = new SiteFeeds(
                new FeedLink(config.title() + " (RSS)", "application/rss+xml", urls.link(urls.feed())),
                new FeedLink(config.title() + " (Atom)", "application/atom+xml", urls.link(urls.atomFeed())),
                new FeedLink(config.title() + " (JSON Feed)", "application/feed+json", urls.link(urls.jsonFeed())));
        return new SiteView(config.title(), config.description(), config.language(), urls.link(urls.home()),
                urls.link(urls.topics()), urls.link(urls.providers()), urls.link(urls.archives()), urls.link(urls.feed()), urls.link(urls.stylesheet()),
                GENERATOR, feeds, urls.link(urls.searchForm()), urls.link(urls.searchIndex()), urls.link(urls.searchScript()),
                urls.link(urls.icon()), urls.shareImage(config.image()), urls.link(urls.opml()));
    }

    /**
     * A list's title on its first page, and with its page number on the others: Technology (page 2 of 5). The message
     * is formatted with a private-use character where the title goes, then the title put in: so it is formatted (and
     * remembered) once per page number and count, not once per page, every list's title being its own.
     */
    public String listPageTitle(String title, int number, int total) {
        return number == 1 ? title : messages.text("page.ofTotal", TITLE_PLACE, number, total).replace(TITLE_PLACE, title);
    }

    /** The RSS feed of a topic's or provider's list, as a page advertises it. */
    public FeedLink listFeed(String listPath, String name) {
        return new FeedLink(config.title() + ": " + name + " (RSS)", "application/rss+xml", urls.link(urls.feedOf(listPath)));
    }

    /** The page data of an article's own page, with its lead image for link previews. */
    public PageView articlePage(Article article) {
        String path = urls.article(article);
        return new PageView(article.title(), article.excerpt().isEmpty() ? article.title() : article.excerpt(),
                urls.link(path), urls.absolute(path), PageKind.ARTICLE,
                article.leadImage().map(image -> image.url().toString()), List.of());
    }

    public ImageView image(Image image, String alt) {
        return new ImageView(image.url().toString(), image.width(), image.height(), alt);
    }

    public ArticleView article(Article article) {
        return articleViews.computeIfAbsent(article.source(), source -> makeArticle(article));
    }

    /**
     * The article as a card on a list page: everything a card shows, but no {@code body} (empty), no {@code related}
     * (none) and only the first {@value Views#CARD_TOPICS} topics, with the number of the others. A list page's data is
     * then only what its cards show, so an edited body or related list renders the article's own page again and no
     * list page; and a list page costs the same however many topics its articles have.
     */
    public ArticleView card(Article article) {
        return cardViews.computeIfAbsent(article.source(), source -> {
            ArticleView full = article(article);
            List<LinkView> topics = full.topics().subList(0, Math.min(Views.CARD_TOPICS, full.topics().size()));
            return new ArticleView(full.title(), full.url(), full.absoluteUrl(), full.excerpt(), noBody, full.dateIso(),
                    full.dateReadable(), full.dayUrl(), Optional.empty(), Optional.empty(), full.provider(), topics, full.topics().size() - topics.size(), full.image(),
                    full.originalUrl(), full.originalDomain(), full.coverage(), List.of());
        });
    }

    /** The article as an item of any feed that lists it. */
    public FeedItemView feedItem(Article article) {
        return feedItems.computeIfAbsent(article.source(), source -> new FeedItemView(FeedIds.of(article, config.contentDir()),
                article.title(), urls.absolute(urls.article(article)), article.excerpt(),
                dates.rfc822(article.publishedAt()), dates.rfc3339(article.publishedAt()), dates.rfc3339(article.modifiedAt()),
                article.provider().name(),
                article.topics().stream().map(Topic::name).toList(),
                article.leadImage().map(image -> image(image, article.title())),
                article.leadImage().flatMap(image -> ImageTypes.ofUrl(image.url()))));
    }

    private ArticleView makeArticle(Article article) {
        String path = urls.article(article);
        List<Article> coverage = stories.coverageBesides(article);
        Set<Path> sameStory = new HashSet<>();
        sameStory.add(article.source());
        coverage.forEach(other -> sameStory.add(other.source()));
        return new ArticleView(article.title(), urls.link(path), urls.absolute(path), article.excerpt(), body(article),
                dates.iso(article.publishedAt()), readableDays.of(article.publishedAt()), urls.link(urls.day(urls.dayOf(article))),
                article.updatedAt().map(dates::iso), article.updatedAt().map(readableDays::of),
                new LinkView(article.provider().name(), urls.link(urls.provider(article.provider()))),
                article.topics().stream().map(t -> new LinkView(t.name(), urls.link(urls.topic(t)))).toList(), 0,
                article.leadImage().map(image -> image(image, article.title())),
                article.sourceUrl().map(URI::toString),
                article.sourceUrl().map(URI::getHost).map(ViewFactory::withoutWww),
                coverage.stream().map(this::coverage).toList(),
                article.related().stream().filter(item -> !namesOneOf(item, sameStory)).map(this::related).toList());
    }

    private CoverageView coverage(Article other) {
        return new CoverageView(other.title(), urls.link(urls.article(other)), other.provider().name(),
                dates.iso(other.publishedAt()), readableDays.of(other.publishedAt()));
    }

    /** True when a related entry is one of these published articles, which the page already lists as its story. */
    private boolean namesOneOf(RelatedItem item, Set<Path> articles) {
        return item.webUrl().map(publishedByWebUrl::get).map(here -> articles.contains(here.source())).orElse(false);
    }

    /**
     * Links between the pages of a list whose first page is at {@code listPath}: the first and last page and those
     * within {@link Pagination#NEIGHBOURS} of the current one, with a gap marker where pages are left out. Linking
     * every page from every page would make a long list quadratic: 1,500 pages of "Latest" at 50,000 articles had
     * 2.25 million page links to write and check.
     */
    public PaginationView pagination(String listPath, int current, int total) {
        List<PageLink> pages = new ArrayList<>();
        for (int n : Pagination.pagerNumbers(current, total)) {
            if (!pages.isEmpty() && n > pages.get(pages.size() - 1).number() + 1) {
                pages.add(PageLink.gapMarker());
            }
            pages.add(new PageLink(n, Optional.of(urls.link(urls.listPage(listPath, n))), n == current, false));
        }
        return new PaginationView(current, total,
                current > 1 ? Optional.of(urls.link(urls.listPage(listPath, current - 1))) : Optional.empty(),
                current < total ? Optional.of(urls.link(urls.listPage(listPath, current + 1))) : Optional.empty(),
                pages);
    }

    private RelatedView related(RelatedItem item) {
        Optional<Article> here = item.webUrl().map(publishedByWebUrl::get);
        Optional<String> url = here.map(article -> urls.link(urls.article(article))).or(() -> item.webUrl().map(URI::toString));
        return new RelatedView(item.title(), item.excerpt(), url, here.isPresent(),
                item.provider().map(p -> p.name()),
                item.publishedAt().map(dates::iso),
                item.publishedAt().map(readableDays::of));
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The body is HTML that flexmark made safe; wrapping it as markup is what lets templates print it unescaped. */
    private static TemplateHTMLOutputModel body(Article article) {
        return markup(article.bodyHtml());
    }

    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
