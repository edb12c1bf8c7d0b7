package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.newsdigest.model.RelatedList;
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
import java.util.Arrays;

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
    /** Sized for every article from the start: grown a step at a time, they cost more than what they hold. */
    private final Map<Path, ArticleTexts> texts;
    private final boolean holdTexts;
    private final Map<Path, Long> cardKeys;
    private final Map<Path, Long> feedItemKeys;
    private final TemplateHTMLOutputModel noBody = markup("");
    private final Stories stories;
    private final SiteView site;
    /** Room to copy strings into while making a key, one per rendering thread. */
    private final ThreadLocal<char[]> keyRoom = ThreadLocal.withInitial(() -> new char[1 << 12]);

    public ViewFactory(SiteConfig config, UrlScheme urls, DateFormats dates, Messages messages, Digest digest) {
        this(config, urls, dates, messages, digest, true);
    }

    /**
     * @param holdTexts whether each article's {@link ArticleTexts} are kept once made: a rebuild makes most keys and few
     *                  views, and hashes each article's texts once; a full build makes every view anyway, and at 100,000
     *                  articles under a 1 GiB heap the 12 MB the hashes would hold cost more in collections than
     *                  hashing again saves
     */
    ViewFactory(SiteConfig config, UrlScheme urls, DateFormats dates, Messages messages, Digest digest, boolean holdTexts) {
        this.holdTexts = holdTexts;
        this.config = config;
        this.urls = urls;
        this.dates = dates;
        this.readableDays = new ReadableDays(dates, config.timeZone());
        this.messages = messages;
        this.stories = digest.stories();
        this.texts = new ConcurrentHashMap<>(holdTexts ? digest.articles().size() : 0);
        this.cardKeys = new ConcurrentHashMap<>(digest.articles().size());
        this.feedItemKeys = new ConcurrentHashMap<>(digest.articles().size());
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

    /** {@link DateFormats#readable}, formatted once per day of the site's zone. */
    public String readable(Instant instant) {
        return readableDays.of(instant);
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
        return articleViews.computeIfAbsent(article.source(), source -> makeArticle(article, false));
    }

    /**
     * The article as a card on a list page: everything a card shows, but no {@code body} (empty), no {@code related}
     * (none) and only the first {@value Views#CARD_TOPICS} topics, with the number of the others. A list page's data is
     * then only what its cards show, so an edited body or related list renders the article's own page again and no
     * list page; and a list page costs the same however many topics its articles have.
     */
    public ArticleView card(Article article) {
        return cardViews.computeIfAbsent(article.source(), source -> {
            // on a rebuild most article pages are kept without their view: a card is then made without body or related
            ArticleView full = articleViews.get(source);
            return full == null ? makeArticle(article, true) : cardOf(full);
        });
    }

    private ArticleView cardOf(ArticleView full) {
        List<LinkView> topics = full.topics().subList(0, Math.min(Views.CARD_TOPICS, full.topics().size()));
        return new ArticleView(full.title(), full.url(), full.absoluteUrl(), full.excerpt(), noBody, full.dateIso(),
                full.dateReadable(), full.dayUrl(), Optional.empty(), Optional.empty(), full.provider(), topics, full.topics().size() - topics.size(), full.image(),
                full.originalUrl(), full.originalDomain(), full.coverage(), List.of());
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

    /**
     * A key of everything the article's {@link #feedItem} shows, made once per build however many feeds list it: its id's
     * name (its web or original address, or its file's path in the content folder), its headline, address, excerpt, publication and
     * modification times, its provider's name, its topics' names and its lead image (whose type follows from its
     * address).
     */
    public long feedItemKey(Article article) {
        return feedItemKeys.computeIfAbsent(article.source(), source -> {
            ArticleTexts texts = texts(article);
            return key(key -> {
                key.text(FeedIds.storyKey(article, config.contentDir()));
                key.number(texts.title());
                key.number(texts.path());
                key.number(texts.excerpt());
                key.instant(article.publishedAt());
                key.instant(article.modifiedAt());
                key.number(texts.provider());
                key.number(texts.topicNames());
                key.number(texts.image());
            });
        });
    }

    /** The hashes of the article's texts that the keys of pages showing it take, made once per build. */
    ArticleTexts texts(Article article) {
        ArticleTexts made = holdTexts ? texts.get(article.source()) : null;
        if (made == null) {
            // made outside the map's lock: a card's key takes its story's other articles' texts while making its own
            made = withRoom(room -> ArticleTexts.of(article, urls, room));
            if (holdTexts) {
                texts.putIfAbsent(article.source(), made);
            }
        }
        return made;
    }

    private ArticleView makeArticle(Article article, boolean asCard) {
        String path = urls.article(article);
        List<Article> coverage = stories.coverageBesides(article);
        List<LinkView> topics = article.topics().stream().map(t -> new LinkView(t.name(), urls.link(urls.topic(t)))).toList();
        List<LinkView> shownTopics = asCard ? topics.subList(0, Math.min(Views.CARD_TOPICS, topics.size())) : topics;
        return new ArticleView(article.title(), urls.link(path), urls.absolute(path), article.excerpt(), asCard ? noBody : body(article),
                dates.iso(article.publishedAt()), readableDays.of(article.publishedAt()), urls.link(urls.day(urls.dayOf(article))),
                asCard ? Optional.empty() : article.updatedAt().map(dates::iso),
                asCard ? Optional.empty() : article.updatedAt().map(readableDays::of),
                new LinkView(article.provider().name(), urls.link(urls.provider(article.provider()))),
                shownTopics, topics.size() - shownTopics.size(),
                article.leadImage().map(image -> image(image, article.title())),
                article.sourceUrl().map(URI::toString),
                article.sourceUrl().map(URI::getHost).map(ViewFactory::withoutWww),
                coverage.stream().map(this::coverage).toList(),
                asCard ? List.of() : relatedShown(article, coverage).stream().map(this::related).toList());
    }

    /** The entries of an article's related list its page shows: all but those naming an article of its own story. */
    private RelatedList relatedShown(Article article, List<Article> coverage) {
        RelatedList related = article.related();
        if (related.isEmpty()) {
            return related;
        }
        Set<Path> sameStory = new HashSet<>();
        sameStory.add(article.source());
        coverage.forEach(other -> sameStory.add(other.source()));
        int[] shown = new int[related.size()];
        int count = 0;
        for (int i = 0; i < related.size(); i++) {
            if (!namesOneOf(related.entry(i).webUrl(), sameStory)) {
                shown[count++] = i;
            }
        }
        return related.only(Arrays.copyOf(shown, count));
    }

    /**
     * A key of everything an article's page shows, made from the article and what the digest decided for it, without
     * making its view: two builds with the same config, theme and code give its page the same bytes when they give it
     * the same key. It must take in every input of {@link #makeArticle} and {@link #articlePage}: what its card shows
     * ({@link #cardKey}: the article's own fields, its address, its provider's and topics' names and addresses, the
     * other articles of its story as its page lists them), its body and update, and each related entry it shows (what
     * {@link RelatedList.Entry#shown} hashes of it, which {@link #related} shows) with the page of this site it links
     * to, if any. The related entries are not decoded for it.
     */
    public long articleKey(Article article) {
        long card = cardKey(article);
        return key(key -> {
            key.number(card);
            key.number(article.body().hash());
            key.instant(article.updatedAt());
            RelatedList related = relatedShown(article, stories.coverageBesides(article));
            key.number(related.size());
            for (int i = 0; i < related.size(); i++) {
                RelatedList.Entry entry = related.entry(i);
                key.number(entry.shown());
                key.text(entry.webUrl().map(publishedByWebUrl::get).map(urls::article));
            }
        });
    }

    /**
     * A key of everything the article's {@link #card} shows, and its page too but for the body, the update and the
     * related entries: its address, headline, excerpt, publication time, provider's name and slug, topics' names and
     * slugs, lead image and original's address, and the other articles of its story (address, headline, provider's
     * name, publication time). Made once per build, however many list pages show the card.
     */
    public long cardKey(Article article) {
        Long made = cardKeys.get(article.source());
        if (made != null) {
            return made;
        }
        ArticleTexts own = texts(article);
        List<Article> coverage = stories.coverageBesides(article);
        List<ArticleTexts> others = coverage.stream().map(this::texts).toList();
        long key = key(inputs -> {
            inputs.number(own.path());
            inputs.number(own.title());
            inputs.number(own.excerpt());
            inputs.instant(article.publishedAt());
            inputs.number(own.provider());
            inputs.number(own.providerSlug());
            inputs.number(own.topics());
            inputs.number(own.image());
            inputs.number(own.sourceUrl());
            inputs.number(coverage.size());
            for (int i = 0; i < coverage.size(); i++) {
                inputs.number(others.get(i).path());
                inputs.number(others.get(i).title());
                inputs.number(others.get(i).provider());
                inputs.instant(coverage.get(i).publishedAt());
            }
        });
        cardKeys.putIfAbsent(article.source(), key);
        return key;
    }

    /** The key of what {@code inputs} adds, made in this thread's room for copying strings (kept if it grew). */
    private long key(Consumer<KeyHash> inputs) {
        return withRoom(key -> {
            inputs.accept(key);
            return key.value();
        });
    }

    private <T> T withRoom(Function<KeyHash, T> work) {
        KeyHash key = new KeyHash(keyRoom.get());
        T made = work.apply(key);
        keyRoom.set(key.room());
        return made;
    }

    private CoverageView coverage(Article other) {
        return new CoverageView(other.title(), urls.link(urls.article(other)), other.provider().name(),
                dates.iso(other.publishedAt()), readableDays.of(other.publishedAt()));
    }

    /** True when a related entry's address is one of these published articles', which the page already lists as its story. */
    private boolean namesOneOf(Optional<URI> webUrl, Set<Path> articles) {
        return webUrl.map(publishedByWebUrl::get).map(here -> articles.contains(here.source())).orElse(false);
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

    /** What the page shows of a related entry: all of it is in {@link RelatedList.Entry#shown} but the page it links to here. */
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

    /**
     * The body is HTML that flexmark made safe; wrapping it as markup is what lets templates print it unescaped. A body
     * kept in the parse cache is read back here, when its page is rendered, and not before.
     */
    private static TemplateHTMLOutputModel body(Article article) {
        return markup(article.body().html());
    }

    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
