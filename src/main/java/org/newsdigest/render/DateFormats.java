package org.newsdigest.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.newsdigest.i18n.ReaderLocale;

/** Dates as pages and feeds show them; the zone and language come from the config, never from the machine. */
public final class DateFormats {

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ZoneId zone;
    private final DateTimeFormatter machine;
    /** Cloned for each use: an ICU date format is not safe to share between threads. */
    private final DateFormat human;
    private final DateFormat timeOfDay;
    private final DateFormat monthOfYear;
    private final DateFormat yearAlone;

    public DateFormats(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.machine = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        this.human = DateFormat.getDateInstance(DateFormat.LONG, ReaderLocale.of(locale.toLanguageTag()));
        this.human.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        this.timeOfDay = DateFormat.getTimeInstance(DateFormat.SHORT, ReaderLocale.of(locale.toLanguageTag()));
        this.timeOfDay.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        ULocale reader = ReaderLocale.of(locale.toLanguageTag());
        // CLDR's skeletons: a month heading in the form the language uses alone ("липень 2021 р.", "2021年7月")
        this.monthOfYear = DateFormat.getInstanceForSkeleton("yMMMM", reader);
        this.yearAlone = DateFormat.getInstanceForSkeleton("y", reader);
        for (DateFormat format : List.of(monthOfYear, yearAlone)) {
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
        }
    }

    /** For {@code <time datetime>}: {@code 2021-07-29T11:09:00Z}, in the site's zone. */
    public String iso(Instant instant) {
        return machine.format(instant);
    }

    /**
     * For readers, in CLDR's long form for the site's language: {@code 29 July 2021}, {@code 29 липня 2021 р.},
     * {@code 2021年7月29日}.
     */
    public String readable(Instant instant) {
        return ((DateFormat) human.clone()).format(Date.from(instant));
    }

    /** The time of day, in CLDR's short form for the site's language and in the site's zone: {@code 14:05}, {@code 2:05 PM}. */
    public String time(Instant instant) {
        return ((DateFormat) timeOfDay.clone()).format(Date.from(instant));
    }

    /** A day's archive heading, the day as {@link #readable} shows an article's: {@code 29 July 2021}. */
    public String day(LocalDate day) {
        return readable(day.atStartOfDay(zone).toInstant());
    }

    /** A month's archive heading: {@code July 2021}. */
    public String month(YearMonth month) {
        return ((DateFormat) monthOfYear.clone()).format(Date.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A year's archive heading: {@code 2021}. */
    public String year(Year year) {
        return ((DateFormat) yearAlone.clone()).format(Date.from(year.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** For Atom, JSON Feed and sitemaps: {@code 2021-07-29T11:09:00Z}, always in UTC. */
    public String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** For RSS: {@code Thu, 29 Jul 2021 11:09:00 +0000}, English names whatever the locale. */
    public String rfc822(Instant instant) {
        return RFC_822.format(instant);
    }
}
