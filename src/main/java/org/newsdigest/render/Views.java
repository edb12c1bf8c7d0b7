package org.newsdigest.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdigest.i18n.ReaderLocale;

/**
 * The records templates see. URLs are ready to use in {@code href}/{@code src}; dates are ready to print.
 * A value a view may lack is an {@link java.util.Optional}; templates see it as the value or as missing ({@link
 * ViewObjectWrapper}), and test it with {@code ??} or give a default with {@code !}.
 */
public final class Views {

    /** The most of an excerpt a card, feed item, meta description or search entry holds. */
    public static final int SHORT_EXCERPT_LENGTH = 500;

    /**
     * The most topic links a card shows. A card is repeated on the page of each of its topics, so a card showing all
     * of an article's topics would make the site grow with the square of their number.
     */
    public static final int CARD_TOPICS = 5;

    private Views() {
    }

    /**
     * An excerpt as short as every place but the article's own page shows it: at most {@value #SHORT_EXCERPT_LENGTH}
     * characters, cut at the last space before that (when there is one in the second half) and ended with "…". The
     * one place the rule lives: a 4.9 MB excerpt copied into every card, feed item, meta tag and search entry made a
     * 176 MB site.
     */
    public static String shortExcerpt(String text) {
        if (text == null || text.length() <= SHORT_EXCERPT_LENGTH) {
            return text;
        }
        int cut = SHORT_EXCERPT_LENGTH;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        int space = cut;
        while (space > SHORT_EXCERPT_LENGTH / 2 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        String kept = text.substring(0, space > SHORT_EXCERPT_LENGTH / 2 ? space : cut).stripTrailing();
        return kept + "…";
    }

    /**
     * The site as every page sees it; {@code feed} names the site-wide feeds ({@code site.feed.atom.url}), and
     * {@link #feeds()} lists them in the order every page advertises them. {@code searchUrl} is the search form's action, {@code searchIndexUrl} the JSON index its script
     * reads and {@code searchScriptUrl} that script; {@code iconUrl} is the site's icon. {@code imageUrl} is the absolute
     * URL of the picture link previews show for a page without one of its own ({@link PageView#imageUrl()}).
     * {@code opmlUrl} is {@code feeds.opml}, every feed of the site in one subscription list. {@code archivesUrl} is
     * {@code articles/}, the index of the years the date archives have.
     *
     * <p>{@code direction} is {@code rtl} for Arabic, Hebrew, Persian, Urdu and the other languages written right to
     * left, else {@code ltr}. {@code ogLocale} is the language as Open Graph's {@code og:locale} takes it,
     * {@code language_TERRITORY} ({@code en_GB} for {@code en-gb}), or empty when the language names no country:
     * {@code og:locale} has no form for a language alone, and Open Graph assumes {@code en_US} when it is missing. Both
     * follow from the language, worked out once for the site rather than on every page that shows them.
     */
    public record SiteView(String title, String description, String language, String homeUrl, String topicsUrl,
            String providersUrl, String archivesUrl, String feedUrl, String stylesheetUrl, String generator, SiteFeeds feed,
            String searchUrl, String searchIndexUrl, String searchScriptUrl, String iconUrl, String imageUrl, String opmlUrl,
            String direction, Optional<String> ogLocale) {

        /** The site, with its writing direction and {@code og:locale} worked out from {@code language}. */
        public SiteView(String title, String description, String language, String homeUrl, String topicsUrl,
                String providersUrl, String archivesUrl, String feedUrl, String stylesheetUrl, String generator,
                SiteFeeds feed, String searchUrl, String searchIndexUrl, String searchScriptUrl, String iconUrl,
                String imageUrl, String opmlUrl) {
            this(title, description, language, homeUrl, topicsUrl, providersUrl, archivesUrl, feedUrl, stylesheetUrl,
                    generator, feed, searchUrl, searchIndexUrl, searchScriptUrl, iconUrl, imageUrl, opmlUrl,
                    ReaderLocale.isRightToLeft(language) ? "rtl" : "ltr", ogLocaleOf(language));
        }

        private static Optional<String> ogLocaleOf(String language) {
            Locale locale = Locale.forLanguageTag(language);
            return locale.getCountry().length() == 2 ? Optional.of(locale.getLanguage() + "_" + locale.getCountry())
                    : Optional.empty();
        }

        /** The site-wide feeds: RSS, Atom, JSON Feed. */
        public List<FeedLink> feeds() {
            return List.of(feed.rss(), feed.atom(), feed.json());
        }
    }

    /** The site's own feeds by format, so a template names the one it links rather than counting to it. */
    public record SiteFeeds(FeedLink rss, FeedLink atom, FeedLink json) {
    }

    /** A feed a page advertises with {@code <link rel="alternate">}. */
    public record FeedLink(String title, String type, String url) {
    }

    /**
     * What is particular to the page being rendered. {@code kind} is what the page is ({@link PageKind}, tested as
     * {@code page.kind.home}); {@code imageUrl} is the absolute URL of the page's image for link previews
     * (empty when it has none); {@code feeds} are feeds of this page only (a topic's own feed).
     */
    public record PageView(String title, String description, String url, String canonicalUrl, PageKind kind,
            Optional<String> imageUrl, List<FeedLink> feeds) {

        public PageView {
            description = shortExcerpt(description);
            feeds = List.copyOf(feeds);
        }

        public static PageView of(String title, String description, String url, String canonicalUrl, PageKind kind) {
            return new PageView(title, description, url, canonicalUrl, kind, Optional.empty(), List.of());
        }
    }

    public record LinkView(String name, String url) {
    }

    /** A topic or provider in a list of all of them. */
    public record TermView(String name, String url, int count) {
    }

    public record ImageView(String url, int width, int height, String alt) {
    }

    /** One item of an article's related coverage; {@code internal} when it links to a page of this site. */
    public record RelatedView(String title, String excerpt, Optional<String> url, boolean internal, Optional<String> providerName,
            Optional<String> dateIso, Optional<String> dateReadable) {
    }

    /** Another published article about the same event: its page in this digest, its provider and date. */
    public record CoverageView(String title, String url, String providerName, String dateIso, String dateReadable) {
    }

    /**
     * An article as cards and its own page show it. {@code coverage} is the other published articles of its story
     * ("Also covered by"), newest first; {@code related} is the rest of its related coverage, without those. On a card,
     * {@code topics} holds at most {@value #CARD_TOPICS} and {@code moreTopics} counts the rest (shown on the
     * article's page); on the article's page {@code topics} holds them all and {@code moreTopics} is 0. {@code dayUrl} is
     * the archive of the article's day. {@code updatedIso} and {@code updatedReadable} are when it last changed
     * ({@code updatedDateTime}), shown on its own page only: empty on a card, so an update renders no list page again.
     */
    public record ArticleView(String title, String url, String absoluteUrl, String excerpt, TemplateHTMLOutputModel body,
            String dateIso, String dateReadable, String dayUrl, Optional<String> updatedIso, Optional<String> updatedReadable,
            LinkView provider, List<LinkView> topics, int moreTopics,
            Optional<ImageView> image, Optional<String> originalUrl, Optional<String> originalDomain, List<CoverageView> coverage,
            List<RelatedView> related) {

        /** The excerpt as a card shows it; the article's page shows {@code excerpt} in full. */
        public String shortExcerpt() {
            return Views.shortExcerpt(excerpt);
        }
    }

    /** Links between the pages of a paginated list; {@code previousUrl}/{@code nextUrl} are empty at the ends. */
    public record PaginationView(int current, int total, Optional<String> previousUrl, Optional<String> nextUrl, List<PageLink> pages) {
        public boolean isNeeded() {
            return total > 1;
        }
    }

    /**
     * One entry of a pager: a page's number and link, or, where {@code gap} is true, the pages left out between two
     * entries ({@code number} 0, {@code url} empty).
     */
    public record PageLink(int number, Optional<String> url, boolean current, boolean gap) {
        static PageLink gapMarker() {
            return new PageLink(0, Optional.empty(), false, true);
        }
    }

    /**
     * What a date archive page shows besides its cards: its {@code span} (a year, month or day) and
     * {@code heading} ({@code 29 July 2021}); {@code up}, the month of a day, the year of a month, or the index of years
     * ({@code articles/}) above a year;
     * {@code previous} and {@code next}, the nearest earlier and later periods of the same span that have articles (empty
     * where there is none); and {@code parts}, the months of a year or the days of a month that have articles, oldest
     * first (empty on a day).
     */
    public record ArchiveView(ArchiveSpan span, String heading, Optional<LinkView> up, Optional<LinkView> previous,
            Optional<LinkView> next, List<LinkView> parts) {

        public ArchiveView {
            parts = List.copyOf(parts);
        }
    }

    /**
     * The site's feeds as one OPML 2.0 subscription list, grouped: the site's own ({@code site}: RSS, Atom, JSON Feed),
     * then each topic's and each provider's, in the order of the topics and providers pages.
     */
    public record OpmlView(List<OpmlFeed> site, List<OpmlFeed> topics, List<OpmlFeed> providers) {

        public OpmlView {
            site = List.copyOf(site);
            topics = List.copyOf(topics);
            providers = List.copyOf(providers);
        }
    }

    /**
     * One feed in {@code feeds.opml}: {@code text}, the name it is listed under; {@code title}, the title pages advertise
     * it with; its absolute URL and the absolute URL of the page it follows.
     */
    public record OpmlFeed(String text, String title, String xmlUrl, String htmlUrl) {
    }

    /**
     * One feed. {@code link} is the page the feed follows; dates come from the newest item, never the clock:
     * {@code lastBuildDate} in RFC 822 for RSS, {@code updated} in RFC 3339 for Atom and JSON Feed. {@code title} and
     * {@code description} are plain text, as every text of a view is; the feed templates write them by the feeds' rule
     * for plain text ({@link FeedFormats}: inert text, then escaped for XML or JSON).
     */
    public record FeedView(String title, String link, String selfUrl, String description, String language,
            String lastBuildDate, String updated, List<FeedItemView> items) {
    }

    /**
     * A feed item. {@code link} is the article's page; {@code id} its feed id ({@link FeedIds}), which no edit of the
     * article's headline or date and no change of address changes. {@code image} is empty when it has none;
     * {@code enclosureType} is the lead image's media type when its address tells it, else empty. {@code updated} is when
     * it last changed ({@code updatedDateTime}), else {@code published}, both in RFC 3339.
     */
    public record FeedItemView(String id, String title, String link, String description, String pubDate, String published,
            String updated, String creator, List<String> categories, Optional<ImageView> image, Optional<String> enclosureType) {

        /** {@code description} is the article's excerpt, shortened ({@link Views#shortExcerpt}). */
        public FeedItemView {
            description = shortExcerpt(description);
        }

        /**
         * The item's text: the excerpt, or the title when the article has none. Every entry has text: JSON Feed 1.1
         * requires {@code content_text} (or {@code content_html}) of every item, and the W3C Feed Validation Service
         * warns of an Atom entry without a summary (MissingTextualContent); RSS items get it as their description.
         */
        public String text() {
            return description.isEmpty() ? title : description;
        }
    }

    /**
     * One published article in {@code search-index.json}: {@code date} is ISO-8601 for {@code <time datetime>},
     * {@code dateReadable} as pages show it, {@code url} the link to its page.
     */
    public record SearchEntryView(String title, String excerpt, List<String> topics, String provider, String date,
            String dateReadable, String url) {

        /** {@code excerpt} is shortened ({@link Views#shortExcerpt}): the index is downloaded whole by every search. */
        public SearchEntryView {
            excerpt = shortExcerpt(excerpt);
        }
    }

    /**
     * An article's earlier address, whose page sends the reader on: the article's {@code title}, {@code url} (root-relative,
     * for the refresh and the link) and {@code absoluteUrl} (for {@code rel="canonical"}).
     */
    public record RedirectView(String title, String url, String absoluteUrl) {
    }

    /** One page in {@code sitemap.xml}; {@code lastmod} is the newest change ({@link org.newsdigest.model.Article#modifiedAt}) of the articles it shows. */
    public record SitemapEntry(String loc, String lastmod) {
    }

    /** One file of a sitemap split in several, as its index lists it: {@code lastmod} is its newest entry's. */
    public record SitemapFileView(String loc, String lastmod) {
    }
}
