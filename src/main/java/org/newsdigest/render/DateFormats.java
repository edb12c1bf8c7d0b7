package org.newsdigest.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages and feeds show them; the zone and language come from the config, never from the machine. */
public final class DateFormats {

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ZoneId zone;
    private final DateTimeFormatter machine;
    private final DateTimeFormatter human;
    private final DateTimeFormatter monthOfYear;
    private final DateTimeFormatter yearAlone;

    public DateFormats(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.machine = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        this.human = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(zone);
        // the stand-alone month (L): a month heading is in the nominative where a language inflects it ("липень 2021")
        this.monthOfYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.yearAlone = DateTimeFormatter.ofPattern("yyyy", locale);
    }

    /** For {@code <time datetime>}: {@code 2021-07-29T11:09:00Z}, in the site's zone. */
    public String iso(Instant instant) {
        return machine.format(instant);
    }

    /** For readers: {@code 29 July 2021}. */
    public String readable(Instant instant) {
        return human.format(instant);
    }

    /** A day's archive heading, the day as {@link #readable} shows an article's: {@code 29 July 2021}. */
    public String day(LocalDate day) {
        return readable(day.atStartOfDay(zone).toInstant());
    }

    /** A month's archive heading: {@code July 2021}. */
    public String month(YearMonth month) {
        return monthOfYear.format(month);
    }

    /** A year's archive heading: {@code 2021}. */
    public String year(Year year) {
        return yearAlone.format(year);
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
