package org.newsdigest.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.yaml.YamlScalar;

/**
 * Reads ISO-8601 dates strictly: {@code 2021-07-29T11:09:00Z} or with an offset. A date-time without a zone,
 * or a bare date (midnight), is read in the site's time zone with a warning. Impossible dates such as
 * {@code 2021-13-45} are errors, never rolled over.
 */
final class DateTimes {

    private DateTimes() {
    }

    static Optional<Instant> read(String field, YamlScalar value, ZoneId zone, Problems problems) {
        String text = value.text().strip();
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            return Optional.of(OffsetDateTime.parse(iso.replace(" ", ""), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // try the forms without a zone below
        }
        try {
            Instant instant = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
            problems.warning(value.position(), "'" + field + "' has no time zone; found " + Quote.of(text) + "; read it in "
                    + zone + ". Add 'Z' or an offset such as '+02:00'");
            return Optional.of(instant);
        } catch (DateTimeParseException notLocal) {
            // try a bare date below
        }
        try {
            Instant instant = LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone).toInstant();
            problems.warning(value.position(), "'" + field + "' has no time; found " + Quote.of(text) + "; read it as midnight in "
                    + zone + ". Add a time such as 'T09:00:00Z'");
            return Optional.of(instant);
        } catch (DateTimeParseException notDate) {
            problems.error(value.position(), "'" + field + "' is not a valid ISO-8601 date-time; found " + Quote.of(text)
                    + "; write it like '2021-07-29T11:09:00Z'");
            return Optional.empty();
        }
    }
}
