package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.yaml.YamlScalar;

class DateTimesTest {

    private static final Path BASE = Path.of("/site");
    private static final SourcePosition AT = new SourcePosition(BASE.resolve("seeds/a.txt"), 3, 20);

    private final Problems problems = new Problems();

    private Optional<Instant> read(String text, ZoneId zone) {
        return DateTimes.read("publishedDateTime", new YamlScalar(text, YamlScalar.Kind.STRING, AT), zone, problems);
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(BASE)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0000-01-01T00:00:00Z", "-2021-07-28T02:44:00Z", "+10000-01-01T00:00:00Z", "0999-12-31T23:59:59Z",
            "0000-01-01T00:00:00", "0000-01-01"})
    void aYearOutside1000To9999IsAnError(String text) {
        assertEquals(Optional.empty(), read(text, ZoneOffset.UTC));
        assertEquals(List.of("seeds/a.txt:3:20: error: 'publishedDateTime' must have a year from 1000 to 9999; found '" + text
                + "'; write it like '2021-07-29T11:09:00Z'"), formatted());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void theFirstAndLastYearsAreFine(String text) {
        assertEquals(Optional.of(Instant.parse(text)), read(text, ZoneOffset.UTC));
        assertEquals(List.of(), formatted());
    }

    @Test
    void aLocalTimeTheZoneSkipsIsWarnedAbout() {
        assertEquals(Optional.of(Instant.parse("2021-03-28T01:30:00Z")), read("2021-03-28T02:30:00", ZoneId.of("Europe/Berlin")));
        assertEquals(List.of(
                "seeds/a.txt:3:20: warning: 'publishedDateTime' has no time zone; found '2021-03-28T02:30:00'; read it in "
                        + "Europe/Berlin. Add 'Z' or an offset such as '+02:00'",
                "seeds/a.txt:3:20: warning: 'publishedDateTime' names a time that does not exist in Europe/Berlin, whose clocks "
                        + "skip it at a daylight-saving change; found '2021-03-28T02:30:00'; read it as 2021-03-28T03:30+02:00. "
                        + "Give the time with 'Z' or an offset"), formatted());
    }

    @Test
    void aLocalTimeTheZoneRepeatsIsWarnedAbout() {
        assertEquals(Optional.of(Instant.parse("2021-10-31T00:30:00Z")), read("2021-10-31T02:30:00", ZoneId.of("Europe/Berlin")));
        assertEquals("seeds/a.txt:3:20: warning: 'publishedDateTime' names a time that happens twice in Europe/Berlin, whose clocks "
                + "repeat it at a daylight-saving change; found '2021-10-31T02:30:00'; read it as the first, "
                + "2021-10-31T02:30+02:00. Give the time with 'Z' or an offset", formatted().get(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2021-02-29T10:00:00Z", "2021-13-01T00:00:00Z", "2021-04-31T00:00:00Z", "2021-01-01T24:00:00Z",
            "2021-01-01T00:60:00Z", "2021-01-01T00:00:60Z", "2021-01-0xT00:00:00Z", "２０２１-01-01T00:00:00Z"})
    void anImpossibleDateInTheUsualFormIsAnError(String text) {
        assertEquals(Optional.empty(), read(text, ZoneId.of("UTC")));
        assertEquals(List.of("seeds/a.txt:3:20: error: 'publishedDateTime' is not a valid ISO-8601 date-time; found '" + text
                + "'; write it like '2021-07-29T11:09:00Z'"), formatted());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-02-29T23:59:59Z", "2024-02-29t23:59:59z", " 2024-02-29T23:59:59Z ", "2024-02-29 23:59:59Z",
            "2024-02-29T23:59:59+00:00"})
    void theUsualFormAndItsVariantsReadTheSame(String text) {
        assertEquals(Optional.of(Instant.parse("2024-02-29T23:59:59Z")), read(text, ZoneId.of("Europe/Berlin")));
        assertEquals(List.of(), formatted());
    }
}
