package org.newsdigest.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShapeTest {

    private final Shape shape = new Shape(List.of(
            new KeyDescription("title", "text", Presence.REQUIRED, "The name.", "write a title"),
            new KeyDescription("pageSize", "whole number", Presence.optional("`20`"), "Per page.", "write a number"),
            new KeyDescription("limits.pageBytes", "whole number", Presence.optional("`100`"), "Largest page.", "write a number")));

    @Test
    void groupsKeysByTheirDottedPrefix() {
        assertEquals(List.of("title", "pageSize"), shape.namesIn(""));
        assertEquals(List.of("pageBytes"), shape.namesIn("limits"));
        assertEquals("limits", shape.key("limits.pageBytes").orElseThrow().group());
    }

    @Test
    void theEntriesOfALevelAreItsKeysAndTheGroupsBelowItOnceEach() {
        Shape nested = new Shape(List.of(
                new KeyDescription("title", "text", Presence.REQUIRED, "The name.", "write a title"),
                new KeyDescription("limits.pageBytes", "whole number", Presence.optional("`100`"), "Largest page.", "write a number"),
                new KeyDescription("feed.items", "whole number", Presence.optional("`50`"), "Feed size.", "write a number"),
                new KeyDescription("limits.renderSeconds", "whole number", Presence.optional("`10`"), "Time.", "write a number")));

        assertEquals(List.of("title", "limits", "feed"), nested.entriesIn(""));
        assertEquals(List.of("pageBytes", "renderSeconds"), nested.entriesIn("limits"));
        assertEquals(List.of(), nested.entriesIn("title"));
    }

    @Test
    void suggestsTheNearestKeyOfTheSameGroupOnly() {
        assertEquals(Optional.of("pageSize"), shape.nearest("pagesize", ""));
        assertEquals(Optional.of("pageBytes"), shape.nearest("pagebites", "limits"));
        assertEquals(Optional.empty(), shape.nearest("pagebites", ""));
    }

    @Test
    void writesTheReadmeTableInDocumentationOrder() {
        String table = shape.markdownTable(List.of(Shape.Column.NAME, Shape.Column.DEFAULT, Shape.Column.MEANING),
                Map.of(Shape.Column.NAME, "key", Shape.Column.DEFAULT, "default", Shape.Column.MEANING, "meaning"));
        assertEquals("""
                | key | default | meaning |
                |---|---|---|
                | `title` | (required) | The name. |
                | `pageSize` | `20` | Per page. |
                | `limits.pageBytes` | `100` | Largest page. |
                """, table);
    }

    @Test
    void refusesAKeyDescribedTwice() {
        KeyDescription title = shape.key("title").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new Shape(List.of(title, title)));
    }
}
