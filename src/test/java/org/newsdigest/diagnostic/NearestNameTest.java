package org.newsdigest.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> KEYS = List.of("title", "description", "baseUrl", "language", "timeZone", "pageSize");

    @Test
    void findsTheKeyAMisspellingMeant() {
        assertEquals(Optional.of("title"), NearestName.among("titel", KEYS));
        assertEquals(Optional.of("baseUrl"), NearestName.among("baseURL", KEYS));
        assertEquals(Optional.of("baseUrl"), NearestName.among("base_url", KEYS));
        assertEquals(Optional.of("timeZone"), NearestName.among("timezone", KEYS));
        assertEquals(Optional.of("description"), NearestName.among("desription", KEYS));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals(Optional.empty(), NearestName.among("colour", KEYS));
        assertEquals(Optional.empty(), NearestName.among("x", List.of()));
    }

    @Test
    void breaksTiesAlphabetically() {
        assertEquals(Optional.of("cat"), NearestName.among("bat", List.of("hat", "cat")));
    }

    @Test
    void measuresEditDistance() {
        assertEquals(0, NearestName.distance("", ""));
        assertEquals(3, NearestName.distance("", "abc"));
        assertEquals(2, NearestName.distance("titel", "title"));
        assertEquals(3, NearestName.distance("kitten", "sitting"));
    }
}
