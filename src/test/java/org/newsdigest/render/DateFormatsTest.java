package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final Instant TECHNODE = Instant.parse("2021-07-29T11:09:00Z");

    @Test
    void rfc822IsEnglishAndUtcWhateverTheSiteLanguageAndZone() {
        DateFormats turkish = new DateFormats(ZoneId.of("Europe/Istanbul"), Locale.forLanguageTag("tr"));

        assertEquals("Thu, 29 Jul 2021 11:09:00 +0000", turkish.rfc822(TECHNODE));
        assertEquals("Sun, 01 Aug 2021 03:08:00 +0000", turkish.rfc822(Instant.parse("2021-08-01T03:08:00Z")));
    }

    @Test
    void rfc822InAnEnglishUtcSite() {
        assertEquals("Thu, 29 Jul 2021 11:09:00 +0000", new DateFormats(ZoneId.of("UTC"), Locale.ENGLISH).rfc822(TECHNODE));
    }

    @Test
    void isoIsInTheSiteZone() {
        assertEquals("2021-07-29T11:09:00Z", new DateFormats(ZoneId.of("UTC"), Locale.ENGLISH).iso(TECHNODE));
        assertEquals("2021-07-29T13:09:00+02:00", new DateFormats(ZoneId.of("Europe/Berlin"), Locale.ENGLISH).iso(TECHNODE));
        assertEquals("2021-07-29T06:09:00-04:00", new DateFormats(ZoneId.of("America/New_York"), Locale.ENGLISH).iso(
                Instant.parse("2021-07-29T10:09:00Z")));
    }

    @Test
    void archiveHeadingsAreInTheSiteLanguage() {
        DateFormats english = new DateFormats(ZoneId.of("Asia/Tokyo"), Locale.ENGLISH);
        assertEquals("29 July 2021", english.day(LocalDate.of(2021, 7, 29)));
        assertEquals("July 2021", english.month(YearMonth.of(2021, 7)));
        assertEquals("2021", english.year(Year.of(2021)));

        DateFormats ukrainian = new DateFormats(ZoneId.of("Europe/Kyiv"), Locale.forLanguageTag("uk"));
        assertEquals(ukrainian.readable(Instant.parse("2021-07-29T10:00:00Z")), ukrainian.day(LocalDate.of(2021, 7, 29)),
                "a day's heading is the day as an article shows it");
        assertEquals("липень 2021\u202Fр.", ukrainian.month(YearMonth.of(2021, 7)), "a month heading, in the nominative, as CLDR writes it");
        assertEquals("2021年7月", new DateFormats(ZoneId.of("UTC"), Locale.forLanguageTag("ja")).month(YearMonth.of(2021, 7)));
    }

    /** The time a date archive's line shows: in the site's zone, in the language's short form. */
    @Test
    void timeIsInTheSiteZoneAndLanguage() {
        assertEquals("11:09\u202Fam", new DateFormats(ZoneId.of("UTC"), Locale.ENGLISH).time(TECHNODE));
        assertEquals("13:09", new DateFormats(ZoneId.of("Europe/Berlin"), Locale.GERMAN).time(TECHNODE));
        assertEquals("20:09", new DateFormats(ZoneId.of("Asia/Tokyo"), Locale.forLanguageTag("ja")).time(TECHNODE));
    }

    @Test
    void readableIsInTheSiteLanguage() {
        assertEquals("29 July 2021", new DateFormats(ZoneId.of("UTC"), Locale.ENGLISH).readable(TECHNODE));
        assertEquals("29 July 2021", new DateFormats(ZoneId.of("UTC"), Locale.forLanguageTag("en")).readable(TECHNODE));
        assertEquals("29 Temmuz 2021", new DateFormats(ZoneId.of("UTC"), Locale.forLanguageTag("tr")).readable(TECHNODE));
        assertEquals("1 August 2021", new DateFormats(ZoneId.of("UTC"), Locale.ENGLISH).readable(Instant.parse("2021-08-01T03:08:00Z")));
    }

    @Test
    void readableUsesTheSiteZoneForTheDay() {
        Instant lateEvening = Instant.parse("2021-07-29T20:00:00Z");

        assertEquals("29 July 2021", new DateFormats(ZoneId.of("UTC"), Locale.ENGLISH).readable(lateEvening));
        assertEquals("30 July 2021", new DateFormats(ZoneId.of("Asia/Tokyo"), Locale.ENGLISH).readable(lateEvening));
    }
}
