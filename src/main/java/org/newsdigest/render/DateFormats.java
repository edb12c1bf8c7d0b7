package org.newsdigest.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.newsdigest.i18n.ReaderLocale;

/** Dates as pages and feeds show them; the zone and language come from the config, never from the machine. */
public final class DateFormats {

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final DateTimeFormatter machine;
    /** Cloned for each use: an ICU date format is not safe to share between threads. */
    private final DateFormat human;

    public DateFormats(ZoneId zone, Locale locale) {
        this.machine = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        this.human = DateFormat.getDateInstance(DateFormat.LONG, ReaderLocale.of(locale.toLanguageTag()));
        this.human.setTimeZone(TimeZone.getTimeZone(zone.getId()));
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

    /** For Atom, JSON Feed and sitemaps: {@code 2021-07-29T11:09:00Z}, always in UTC. */
    public String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** For RSS: {@code Thu, 29 Jul 2021 11:09:00 +0000}, English names whatever the locale. */
    public String rfc822(Instant instant) {
        return RFC_822.format(instant);
    }
}
