package org.newsdigest.render;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.model.Article;

/**
 * The published articles grouped by the year, the month and the day they are filed under, in the site's zone (the day
 * of {@link UrlScheme#dayOf}, which an article's page links as its date). Only periods with an article exist:
 * the archive pages and the sitemap both read them from here, so they always agree.
 */
final class DateArchive {

    /** A year, month or day with its articles, newest first. */
    record Period(ArchiveSpan span, LocalDate start, List<Article> articles) {

        Period {
            articles = List.copyOf(articles);
        }

        String path(UrlScheme urls) {
            return switch (span) {
                case YEAR -> urls.year(Year.from(start));
                case MONTH -> urls.month(YearMonth.from(start));
                case DAY -> urls.day(start);
            };
        }

        /** {@code 2021}, {@code July 2021} or {@code 29 July 2021}, in the site's language. */
        String heading(DateFormats dates) {
            return switch (span) {
                case YEAR -> dates.year(Year.from(start));
                case MONTH -> dates.month(YearMonth.from(start));
                case DAY -> dates.day(start);
            };
        }

        boolean holds(Period other) {
            return span.start(other.start).equals(start);
        }
    }

    private final Map<ArchiveSpan, List<Period>> periods;

    private DateArchive(Map<ArchiveSpan, List<Period>> periods) {
        this.periods = periods;
    }

    /** @param newestFirst the published articles, newest first, which is the order each period keeps */
    static DateArchive of(List<Article> newestFirst, UrlScheme urls) {
        // each article's day found once, not once per span: finding it is most of the work
        LocalDate[] days = new LocalDate[newestFirst.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = urls.dayOf(newestFirst.get(i));
        }
        Map<ArchiveSpan, List<Period>> periods = new EnumMap<>(ArchiveSpan.class);
        for (ArchiveSpan span : ArchiveSpan.values()) {
            TreeMap<LocalDate, List<Article>> byStart = new TreeMap<>();
            LocalDate lastStart = null;
            List<Article> last = null;
            for (int i = 0; i < days.length; i++) {
                LocalDate start = span.start(days[i]);
                // newest first, an article is most often in the period of the one before it
                if (!start.equals(lastStart)) {
                    lastStart = start;
                    last = byStart.computeIfAbsent(start, first -> new ArrayList<>());
                }
                last.add(newestFirst.get(i));
            }
            List<Period> oldestFirst = new ArrayList<>();
            byStart.forEach((start, articles) -> oldestFirst.add(new Period(span, start, articles)));
            periods.put(span, List.copyOf(oldestFirst));
        }
        return new DateArchive(periods);
    }

    /** Every period of {@code span} that has an article, oldest first. */
    List<Period> periods(ArchiveSpan span) {
        return periods.get(span);
    }

    /** The period of {@code span} holding {@code period}. */
    Period enclosing(Period period, ArchiveSpan span) {
        LocalDate start = span.start(period.start());
        return periods(span).stream().filter(p -> p.start().equals(start)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + span + " period holds " + period.start()));
    }

    /** The periods of {@code span} within {@code period}, oldest first. */
    List<Period> within(Period period, ArchiveSpan span) {
        return periods(span).stream().filter(period::holds).toList();
    }
}
