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

    /** @param cardsPerPage the site's {@code pageSize}, the cards of a list page */
    ArchiveRenderer(ViewFactory views, int cardsPerPage) {
        this.views = views;
        this.entriesPerPage = entriesPerPage(cardsPerPage);
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
                    out -> renderPage(out, period, view(archive, periods, i), page, total)));
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

    private void renderPage(PageEmitter out, Period period, ArchiveView archive, int number, int total) throws TemplateFailure {
        UrlScheme urls = views.urls();
        String listPath = period.path(urls);
        String description = archive.heading() + " · " + views.site().title();
        String path = urls.listPage(listPath, number);
        List<Article> slice = Pagination.page(period.articles(), number, entriesPerPage);
        PageView page = new PageView(views.listPageTitle(archive.heading(), number, total), description, urls.link(path),
                urls.absolute(path), PageKind.ARCHIVE, slice.get(0).leadImage().map(i -> i.url().toString()),
                List.of());
        out.page(urls.outputFile(path), "archive.ftlh", PageModel.of(views.site(), page)
                .with("archive", archive)
                .with("days", days(slice))
                .with("pagination", views.pagination(listPath, number, total)));
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

    /** From the article's view, which its own page shows: its link and dates are made once for both. */
    private ArchiveEntryView entry(Article article) {
        return entries.computeIfAbsent(article.source(), source -> {
            ArticleView full = views.article(article);
            return new ArchiveEntryView(full.title(), full.url(), full.provider(), full.dateIso(), full.dateReadable(),
                    views.dates().time(article.publishedAt()));
        });
    }

    private LinkView link(Period period) {
        return new LinkView(period.heading(views.dates()), views.urls().link(period.path(views.urls())));
    }
}
