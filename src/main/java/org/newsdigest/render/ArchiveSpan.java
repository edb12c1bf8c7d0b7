package org.newsdigest.render;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * How long a date archive's period is: a year, a month or a day. Templates test it as {@code archive.span.day}, rather
 * than comparing names.
 */
public enum ArchiveSpan {
    YEAR, MONTH, DAY;

    public boolean isYear() {
        return this == YEAR;
    }

    public boolean isMonth() {
        return this == MONTH;
    }

    public boolean isDay() {
        return this == DAY;
    }

    /** The first day of the period of this span that holds {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
            case MONTH -> day.with(TemporalAdjusters.firstDayOfMonth());
            case DAY -> day;
        };
    }

    /** The next longer span, whose periods hold this one's: empty for a year. */
    Optional<ArchiveSpan> enclosing() {
        return this == YEAR ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The next shorter span, whose periods make up this one's: empty for a day. */
    Optional<ArchiveSpan> parts() {
        return this == DAY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
