package org.newsdigest.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.model.Article;
import org.newsdigest.render.ArchiveViews.ArchiveDayView;
import org.newsdigest.render.ArchiveViews.ArchiveEntryView;
import org.newsdigest.render.DateArchive.Period;
import org.newsdigest.render.RenderPlan.Piece;
import org.newsdigest.render.Views.ArchiveView;
import org.newsdigest.render.Views.ArticleView;
import org.newsdigest.render.Views.LinkView;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.TermView;

/**
 * The date archives: {@code articles/2021/}, {@code articles/2021/07/} and {@code articles/2021/07/29/}, one for each
 * year, month and day that has a published article, with its articles newest first as a list of headlines under the
 * days they are filed under, in pages of {@link #entriesPerPage(int)} entries. Each
 * links the nearest earlier and later period of its span that has articles, the period above it (above a year, the
 * index of years at {@code articles/}), and the periods it is made of. A page's data is only what it shows, so a change
 * to an article renders again only the periods that hold it (and their neighbours' links when a period appears or
 * goes), and the index of years only when a year appears, goes or changes its count.
 */
final class ArchiveRenderer {

    /**
     * How many of an archive's headlines a page holds for each card a list page of cards holds ({@code pageSize}):
     * a line of a list is about a fifth of a card's height, so an archive page is about as long as a page of cards.
     */
    static final int ENTRIES_PER_CARD = 5;

    private final ViewFactory views;
    private final int entriesPerPage;
    /** Each article's line, made once: it is on its day's, its month's and its year's pages. */
    private final Map<Path, ArchiveEntryView> entries = new ConcurrentHashMap<>();
    private final Map<Path, Long> entryKeys;

    /**
     * @param cardsPerPage the site's {@code pageSize}, the cards of a list page
     * @param articles     how many articles the archive holds, each with a key made once
     */
    ArchiveRenderer(ViewFactory views, int cardsPerPage, int articles) {
        this.views = views;
        this.entriesPerPage = entriesPerPage(cardsPerPage);
        this.entryKeys = new ConcurrentHashMap<>(articles);
    }

    /** The headlines a page of a date archive holds: {@value #ENTRIES_PER_CARD} times the site's {@code pageSize}. */
    static int entriesPerPage(int cardsPerPage) {
        return (int) Math.min(Integer.MAX_VALUE, (long) cardsPerPage * ENTRIES_PER_CARD);
    }

    /** The index of years, then every year's pages, every month's and every day's, oldest first. */
    List<Piece> pages(DateArchive archive) {
        List<Piece> pages = new ArrayList<>();
        pages.add(new Piece(RenderPlan.PAGE_COST, out -> renderIndex(out, archive)));
        for (ArchiveSpan span : ArchiveSpan.values()) {
            List<Period> periods = archive.periods(span);
            for (int i = 0; i < periods.size(); i++) {
                addPages(pages, archive, periods, i);
            }
        }
        return pages;
    }

    /** {@code articles/}: every year with its count, newest first; on a site with no published article, none. */
    private void renderIndex(PageEmitter out, DateArchive archive) throws TemplateFailure {
        UrlScheme urls = views.urls();
        List<Period> years = archive.periods(ArchiveSpan.YEAR);
        List<TermView> newestFirst = new ArrayList<>();
        for (int i = years.size() - 1; i >= 0; i--) {
            Period year = years.get(i);
            newestFirst.add(new TermView(year.heading(views.dates()), urls.link(year.path(urls)), year.articles().size()));
        }
        String path = urls.archives();
        PageView page = PageView.of(views.messages().text("archives.title"),
                views.messages().text("archives.description", views.site().title()), urls.link(path), urls.absolute(path),
                PageKind.ARCHIVES);
        out.page(urls.outputFile(path), "archives.ftlh", PageModel.of(views.site(), page).with("years", newestFirst));
    }

    /**
     * The pages of period {@code i} of {@code periods}. Each page makes what it shows besides its entries as it renders,
     * on the render's threads: a few links, cheaper made again than shared between threads.
     */
    private void addPages(List<Piece> pages, DateArchive archive, List<Period> periods, int i) {
        Period period = periods.get(i);
        int total = Pagination.pageCount(period.articles().size(), entriesPerPage);
        for (int number = 1; number <= total; number++) {
            int page = number;
            pages.add(new Piece(RenderPlan.PAGE_COST + Pagination.page(period.articles(), number, entriesPerPage).size(),
                    out -> renderPage(out, archive, periods, i, page, total)));
        }
    }

    private ArchiveView view(DateArchive archive, List<Period> periods, int i) {
        Period period = periods.get(i);
        LinkView index = new LinkView(views.messages().text("archives.title"), views.urls().link(views.urls().archives()));
        return new ArchiveView(period.span(), period.heading(views.dates()),
                period.span().enclosing().map(above -> link(archive.enclosing(period, above))).or(() -> Optional.of(index)),
                i > 0 ? Optional.of(link(periods.get(i - 1))) : Optional.empty(),
                i + 1 < periods.size() ? Optional.of(link(periods.get(i + 1))) : Optional.empty(),
                period.span().parts().map(parts -> archive.within(period, parts).stream().map(this::link).toList())
                        .orElse(List.of()));
    }

    private void renderPage(PageEmitter out, DateArchive archive, List<Period> periods, int i, int number, int total)
            throws TemplateFailure {
        UrlScheme urls = views.urls();
        Period period = periods.get(i);
        String path = urls.listPage(period.path(urls), number);
        List<Article> slice = Pagination.page(period.articles(), number, entriesPerPage);
        out.page(urls.outputFile(path), "archive.ftlh", key(archive, periods, i, number, total, slice),
                () -> model(period, view(archive, periods, i), number, total, slice));
    }

    /**
     * A key of everything an archive page shows: its period (span and first day, from which its heading, path and the
     * period above it follow), the first days of the periods before and after it and of those it is made of (their
     * headings and links follow from them), its page number and count, the lead image of its first article, and each
     * entry by {@link #entryKey}, in order (the days the entries are filed under follow from their publication times).
     */
    private long key(DateArchive archive, List<Period> periods, int i, int number, int total, List<Article> slice) {
        Period period = periods.get(i);
        KeyHash key = new KeyHash(new char[64]);
        key.text(period.span().name());
        key.text(period.start().toString());
        key.text(i > 0 ? Optional.of(periods.get(i - 1).start().toString()) : Optional.empty());
        key.text(i + 1 < periods.size() ? Optional.of(periods.get(i + 1).start().toString()) : Optional.empty());
        List<Period> parts = period.span().parts().map(span -> archive.within(period, span)).orElse(List.of());
        key.number(parts.size());
        parts.forEach(part -> key.text(part.start().toString()));
        key.number(number);
        key.number(total);
        key.image(slice.get(0).leadImage());
        key.number(slice.size());
        slice.forEach(article -> key.number(entryKey(article)));
        return key.value();
    }

    /**
     * A key of everything an article's {@link #entry} shows: its address, headline, provider's name and address and
     * publication time (its date, time and day). Made once per build, as the entry is on three periods' pages.
     */
    private long entryKey(Article article) {
        return entryKeys.computeIfAbsent(article.source(), source -> {
            ArticleTexts texts = views.texts(article);
            KeyHash key = new KeyHash();
            key.number(texts.path());
            key.number(texts.title());
            key.number(texts.provider());
            key.number(texts.providerSlug());
            key.instant(article.publishedAt());
            return key.value();
        });
    }

    private PageModel model(Period period, ArchiveView archive, int number, int total, List<Article> slice) {
        UrlScheme urls = views.urls();
        String listPath = period.path(urls);
        String description = archive.heading() + " · " + views.site().title();
        String path = urls.listPage(listPath, number);
        PageView page = new PageView(views.listPageTitle(archive.heading(), number, total), description, urls.link(path),
                urls.absolute(path), PageKind.ARCHIVE, slice.get(0).leadImage().map(i -> i.url().toString()),
                List.of());
        return PageModel.of(views.site(), page)
                .with("archive", archive)
                .with("days", days(slice))
                .with("pagination", views.pagination(listPath, number, total));
    }

    /** The articles of a page under the days they are filed under, newest first as {@code slice} is. */
    private List<ArchiveDayView> days(List<Article> slice) {
        UrlScheme urls = views.urls();
        DateFormats dates = views.dates();
        List<ArchiveDayView> days = new ArrayList<>();
        int from = 0;
        while (from < slice.size()) {
            LocalDate day = urls.dayOf(slice.get(from));
            int to = from + 1;
            while (to < slice.size() && urls.dayOf(slice.get(to)).equals(day)) {
                to++;
            }
            days.add(new ArchiveDayView(dates.day(day), day.toString(), urls.link(urls.day(day)),
                    slice.subList(from, to).stream().map(this::entry).toList()));
            from = to;
        }
        return days;
    }

    /** From the article's card, which list pages show: its link and dates are made once for both. */
    private ArchiveEntryView entry(Article article) {
        return entries.computeIfAbsent(article.source(), source -> {
            ArticleView full = views.card(article);
            return new ArchiveEntryView(full.title(), full.url(), full.provider(), full.dateIso(), full.dateReadable(),
                    views.dates().time(article.publishedAt()));
        });
    }

    private LinkView link(Period period) {
        return new LinkView(period.heading(views.dates()), views.urls().link(period.path(views.urls())));
    }
}
