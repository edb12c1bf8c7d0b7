package org.newsdigest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.yaml.YamlScalar;

/**
 * Reads ISO-8601 dates strictly: {@code 2021-07-29T11:09:00Z} or with an offset. A date-time without a zone,
 * or a bare date (midnight), is read in the site's time zone with a warning; one the zone skips or repeats at a
 * daylight-saving change is warned about too. Impossible dates such as {@code 2021-13-45} are errors, never
 * rolled over, and so are years outside 1000 to 9999 (year 0, negative years and five-digit years would give
 * wrong feed dates and odd permalinks, and are never what a news article means).
 */
final class DateTimes {

    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;
    private static final String EXAMPLE = "; write it like '2021-07-29T11:09:00Z'";

    private DateTimes() {
    }

    static Optional<Instant> read(String field, YamlScalar value, ZoneId zone, Problems problems) {
        String text = value.text().strip();
        Optional<LocalDateTime> utc = plainUtc(text);
        if (utc.isPresent()) {
            return checkedYear(field, value, utc.get().getYear(), problems).map(ok -> utc.get().toInstant(ZoneOffset.UTC));
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            OffsetDateTime dateTime = OffsetDateTime.parse(iso.replace(" ", ""), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return checkedYear(field, value, dateTime.getYear(), problems).map(ok -> dateTime.toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // try the forms without a zone below
        }
        try {
            LocalDateTime local = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            if (checkedYear(field, value, local.getYear(), problems).isEmpty()) {
                return Optional.empty();
            }
            ZonedDateTime zoned = local.atZone(zone);
            problems.warning(value.position(), "'" + field + "' has no time zone; found " + Quote.of(text) + "; read it in "
                    + zone + ". Add 'Z' or an offset such as '+02:00'");
            warnAtDaylightSavingChange(field, value, local, zoned, zone, problems);
            return Optional.of(zoned.toInstant());
        } catch (DateTimeParseException notLocal) {
            // try a bare date below
        }
        try {
            LocalDate date = LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE);
            if (checkedYear(field, value, date.getYear(), problems).isEmpty()) {
                return Optional.empty();
            }
            Instant instant = date.atStartOfDay(zone).toInstant();
            problems.warning(value.position(), "'" + field + "' has no time; found " + Quote.of(text) + "; read it as midnight in "
                    + zone + ". Add a time such as 'T09:00:00Z'");
            return Optional.of(instant);
        } catch (DateTimeParseException notDate) {
            problems.error(value.position(), "'" + field + "' is not a valid ISO-8601 date-time; found " + Quote.of(text) + EXAMPLE);
            return Optional.empty();
        }
    }

    /**
     * The form nearly every article uses, {@code 2021-07-29T11:09:00Z}, read without the formatter, which costs more
     * than the rest of a date's checks; empty for any other form and for an impossible date, which are read (and
     * reported) the general way.
     */
    private static Optional<LocalDateTime> plainUtc(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** The number the ASCII digits {@code text[start, end)} spell, or -1 when one is not a digit. */
    private static int digits(String text, int start, int end) {
        int number = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static Optional<Integer> checkedYear(String field, YamlScalar value, int year, Problems problems) {
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            return Optional.of(year);
        }
        problems.error(value.position(), "'" + field + "' must have a year from " + FIRST_YEAR + " to " + LAST_YEAR + "; found "
                + Quote.of(value.text().strip()) + EXAMPLE);
        return Optional.empty();
    }

    /** A local time the zone skips (clocks go forward) is moved on by the gap; one it repeats is read as the earlier. */
    private static void warnAtDaylightSavingChange(String field, YamlScalar value, LocalDateTime local, ZonedDateTime zoned,
            ZoneId zone, Problems problems) {
        List<java.time.ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            problems.warning(value.position(), "'" + field + "' names a time that does not exist in " + zone
                    + ", whose clocks skip it at a daylight-saving change; found " + Quote.of(value.text().strip()) + "; read it as "
                    + zoned.toOffsetDateTime() + ". Give the time with 'Z' or an offset");
        } else if (offsets.size() > 1) {
            problems.warning(value.position(), "'" + field + "' names a time that happens twice in " + zone
                    + ", whose clocks repeat it at a daylight-saving change; found " + Quote.of(value.text().strip())
                    + "; read it as the first, " + zoned.toOffsetDateTime() + ". Give the time with 'Z' or an offset");
        }
    }
}
