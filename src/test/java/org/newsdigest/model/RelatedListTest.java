package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RelatedListTest {

    private static final RelatedItem MERGER = item("Wire merger approved", "https://wire.example/merger", "Wire");
    private static final RelatedItem WITHHELD_BY_ADDRESS = item("Another headline", "https://draft.example/story", "Draft");
    private static final RelatedItem WITHHELD_BY_TITLE = item("The  DRAFT story!", "https://elsewhere.example/x", "Other");
    private static final RelatedItem CAMERAS = item("Cameras banned", "https://cams.example/ban", "Cams");
    private static final List<RelatedItem> ITEMS = List.of(MERGER, WITHHELD_BY_ADDRESS, WITHHELD_BY_TITLE, CAMERAS);

    /** A list decoded when asked gives the items it was made from, decodes them once, and only when one is asked for. */
    @Test
    void decodedWhenAskedGivesEqualItemsOnce() {
        AtomicInteger decodings = new AtomicInteger();
        RelatedList lazy = lazyOf(ITEMS, decodings);

        assertEquals(ITEMS.size(), lazy.size());
        assertEquals(RelatedList.of(ITEMS).webUrls(), lazy.webUrls());
        for (int i = 0; i < ITEMS.size(); i++) {
            assertEquals(RelatedList.Entry.of(ITEMS.get(i)), lazy.entry(i));
        }
        assertFalse(lazy.isDecoded());
        assertEquals(0, decodings.get(), "sizes, addresses and keys need no decoding");

        assertEquals(ITEMS, lazy);
        assertEquals(lazy, ITEMS);
        assertEquals(ITEMS.hashCode(), lazy.hashCode());
        assertEquals(MERGER, lazy.get(0));
        assertTrue(lazy.isDecoded());
        assertEquals(1, decodings.get());
    }

    /** Writing a list again (the cache's base) decodes its items for the caller alone: the list does not hold them after. */
    @Test
    void itemsUnkeptAreNotHeld() {
        AtomicInteger decodings = new AtomicInteger();
        RelatedList lazy = lazyOf(ITEMS, decodings);
        assertEquals(ITEMS, lazy.itemsUnkept());
        assertFalse(lazy.isDecoded());
        assertEquals(List.of(WITHHELD_BY_TITLE, MERGER), lazy.only(new int[] {2, 0}).itemsUnkept());
        assertEquals(List.of(CAMERAS, WITHHELD_BY_TITLE, WITHHELD_BY_ADDRESS, MERGER), lazy.only(new int[] {3, 2, 1, 0}).itemsUnkept());
        assertEquals(List.of(CAMERAS, WITHHELD_BY_TITLE, WITHHELD_BY_ADDRESS, MERGER), RelatedList.of(ITEMS).only(new int[] {3, 2, 1, 0}));
    }

    /** A source that gives another number of items is a broken cache, not a shorter list. */
    @Test
    void aSourceGivingOtherItemsFails() {
        RelatedList lazy = RelatedList.decodedWhenAsked(RelatedList.of(ITEMS).stream().map(RelatedList.Entry::of).toList(),
                () -> List.of(MERGER));
        assertThrows(IllegalStateException.class, () -> lazy.get(0));
    }

    /** A list filtered by index holds those entries, in that order, decoded as its whole list is: once. */
    @Test
    void onlyChosenEntriesInOrder() {
        AtomicInteger decodings = new AtomicInteger();
        RelatedList lazy = lazyOf(ITEMS, decodings);
        RelatedList chosen = lazy.only(new int[] {3, 1});
        assertEquals(List.of(RelatedList.Entry.of(CAMERAS), RelatedList.Entry.of(WITHHELD_BY_ADDRESS)),
                List.of(chosen.entry(0), chosen.entry(1)));
        RelatedList again = chosen.only(new int[] {1});
        assertEquals(List.of(WITHHELD_BY_ADDRESS), again);
        assertEquals(List.of(CAMERAS, WITHHELD_BY_ADDRESS), chosen);
        assertEquals(1, decodings.get());
        assertSame(lazy, lazy.only(new int[] {0, 1, 2, 3}));
        assertSame(RelatedList.EMPTY, lazy.only(new int[0]));
    }

    /**
     * The digest's filter over the list's entries keeps what filtering the decoded items keeps, and decodes nothing
     * when no entry's address or headline key is a withheld one's.
     */
    @Test
    void filteredByWithheldEqualsFilteringDecodedItems() {
        Withheld withheld = new Withheld();
        withheld.add(new ArticleIdentity(Path.of("draft.txt"), "The draft story", Optional.empty(),
                Optional.of(URI.create("https://draft.example/story/")), Optional.empty(), Optional.empty()));
        AtomicInteger decodings = new AtomicInteger();
        RelatedList lazy = lazyOf(ITEMS, decodings);

        List<RelatedItem> expected = ITEMS.stream().filter(item -> !withheld.describes(item)).toList();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < lazy.size(); i++) {
            if (!withheld.describes(lazy, i)) {
                kept.add(i);
            }
        }
        RelatedList filtered = lazy.only(kept.stream().mapToInt(Integer::intValue).toArray());
        assertEquals(List.of(MERGER, CAMERAS), expected);
        assertEquals(expected, filtered);

        RelatedList unrelated = lazyOf(List.of(MERGER, CAMERAS), decodings);
        int before = decodings.get();
        for (int i = 0; i < unrelated.size(); i++) {
            assertFalse(withheld.describes(unrelated, i));
        }
        assertEquals(before, decodings.get(), "no headline key of these is a withheld one's: nothing decoded");
    }

    /** What a page key takes of an entry changes with everything its page shows of it, and not with what it does not show. */
    @Test
    void theShownHashFollowsWhatThePageShows() {
        long shown = RelatedList.Entry.of(MERGER).shown();
        List<Function<RelatedItem, RelatedItem>> shownChanges = List.of(
                i -> new RelatedItem(i.title() + "!", i.excerpt(), i.publishedAt(), i.webUrl(), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), i.provider(), i.images()),
                i -> new RelatedItem(i.title(), i.excerpt() + ".", i.publishedAt(), i.webUrl(), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), i.provider(), i.images()),
                i -> new RelatedItem(i.title(), i.excerpt(), Optional.of(Instant.parse("2021-07-02T00:00:00Z")), i.webUrl(), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), i.provider(), i.images()),
                i -> new RelatedItem(i.title(), i.excerpt(), Optional.empty(), i.webUrl(), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), i.provider(), i.images()),
                i -> new RelatedItem(i.title(), i.excerpt(), i.publishedAt(), Optional.of(URI.create("https://wire.example/other")), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), i.provider(), i.images()),
                i -> new RelatedItem(i.title(), i.excerpt(), i.publishedAt(), Optional.empty(), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), i.provider(), i.images()),
                i -> new RelatedItem(i.title(), i.excerpt(), i.publishedAt(), i.webUrl(), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), Optional.of(Provider.named("Wire Two", "wire.example")), i.images()),
                i -> new RelatedItem(i.title(), i.excerpt(), i.publishedAt(), i.webUrl(), i.ampWebUrl(), i.cdnAmpWebUrl(), i.type(), i.quality(), Optional.empty(), i.images()));
        for (Function<RelatedItem, RelatedItem> change : shownChanges) {
            assertNotEquals(shown, RelatedList.Entry.of(change.apply(MERGER)).shown(), change.apply(MERGER).toString());
        }
        RelatedItem unshown = new RelatedItem(MERGER.title(), MERGER.excerpt(), MERGER.publishedAt(), MERGER.webUrl(),
                Optional.of(URI.create("https://wire.example/amp")), MERGER.cdnAmpWebUrl(), "opinion", 99, MERGER.provider(), List.of());
        assertEquals(shown, RelatedList.Entry.of(unshown).shown());
        // a title and an excerpt that trade characters are told apart
        assertNotEquals(RelatedList.Entry.of(item("ab", null, "p")).shown(),
                RelatedList.Entry.of(new RelatedItem("a", "bexcerpt of ab", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), "", 0, Optional.of(Provider.named("p", "p.example")), List.of())).shown());
    }

    private static RelatedList lazyOf(List<RelatedItem> items, AtomicInteger decodings) {
        List<RelatedList.Entry> entries = items.stream().map(RelatedList.Entry::of).toList();
        return RelatedList.decodedWhenAsked(entries, () -> {
            decodings.incrementAndGet();
            return items;
        });
    }

    private static RelatedItem item(String title, String webUrl, String provider) {
        return new RelatedItem(title, "excerpt of " + title, Optional.of(Instant.parse("2021-07-01T10:00:00Z")),
                Optional.ofNullable(webUrl).map(URI::create), Optional.empty(), Optional.empty(), "article", 3,
                Optional.of(Provider.named(provider, provider.toLowerCase() + ".example")), List.of());
    }
}
