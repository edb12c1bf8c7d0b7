package org.newsdigest.render;

import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DateFormats#readable} made once per day rather than once per date shown: each call clones an ICU date
 * format, which cost more than the rest of an article's view, and thousands of articles and the coverage lists that
 * repeat them fall on far fewer days. A readable date names the day alone, so the day is the key, as ICU's own zone
 * (whose rules may differ from Java's) puts the instant on it.
 */
final class ReadableDays {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final DateFormats dates;
    private final TimeZone zone;
    private final Map<Long, String> byDay = new ConcurrentHashMap<>();

    ReadableDays(DateFormats dates, ZoneId zone) {
        this.dates = dates;
        this.zone = TimeZone.getTimeZone(zone.getId()).freeze();
    }

    String of(Instant instant) {
        long millis = instant.toEpochMilli();
        long day = Math.floorDiv(millis + zone.getOffset(millis), MILLIS_PER_DAY);
        return byDay.computeIfAbsent(day, key -> dates.readable(instant));
    }
}
