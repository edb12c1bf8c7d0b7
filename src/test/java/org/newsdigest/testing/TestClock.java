package org.newsdigest.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The clock tests build with: a fixed moment after every fixture article, so nothing is "in the future". */
public final class TestClock {

    public static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private TestClock() {
    }
}
