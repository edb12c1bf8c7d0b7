package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadableDaysTest {

    /** Every 17 minutes through days with a change of clocks, in zones on both sides of UTC and one a half hour off. */
    @Test
    void everyInstantReadsAsItsOwnDateDoesAcrossMidnightsAndClockChanges() {
        for (String zone : new String[] {"America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"}) {
            DateFormats dates = new DateFormats(ZoneId.of(zone), Locale.forLanguageTag("de"));
            ReadableDays days = new ReadableDays(dates, ZoneId.of(zone));
            for (String from : new String[] {"2021-03-26T00:00:00Z", "2021-10-29T00:00:00Z", "2021-04-02T00:00:00Z"}) {
                Instant start = Instant.parse(from);
                for (Instant at = start; at.isBefore(start.plus(Duration.ofDays(5))); at = at.plus(Duration.ofMinutes(17))) {
                    assertEquals(dates.readable(at), days.of(at), zone + " at " + at);
                }
            }
        }
    }

    @Test
    void instantsBeforeTheEpochToo() {
        DateFormats dates = new DateFormats(ZoneId.of("Pacific/Kiritimati"), Locale.ENGLISH);
        ReadableDays days = new ReadableDays(dates, ZoneId.of("Pacific/Kiritimati"));
        for (Instant at = Instant.parse("1969-12-30T00:00:00Z"); at.isBefore(Instant.parse("1970-01-03T00:00:00Z"));
                at = at.plus(Duration.ofMinutes(29))) {
            assertEquals(dates.readable(at), days.of(at), "at " + at);
        }
    }
}
