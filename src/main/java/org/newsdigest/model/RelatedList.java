package org.newsdigest.model;

import java.net.URI;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.newsdigest.hash.Hash64;

/**
 * An article's related list, with what the model and the page keys use of each entry held apart from the entries
 * themselves ({@link #entry}): its web addresses, the key of its headline and a fingerprint of what the article's page
 * shows of it. A list read from the parse cache decodes its entries only when they are asked for, which on a rebuild is
 * when the article's page is rendered again; the addresses are what the model needs of every article. Immutable, and
 * equal to any list of the same entries, as a {@link List} is.
 */
public final class RelatedList extends AbstractList<RelatedItem> implements RandomAccess {

    public static final RelatedList EMPTY = new RelatedList(List.of(), new Items(List.of()), new int[0]);

    /**
     * What the model and the page keys use of one entry.
     *
     * @param titleKey a hash of its headline's key ({@link Withheld#titleKey}): a withheld headline has the same one
     * @param shown    a hash of all the article's page shows of it but the page of this site its address may name: its
     *                 headline, excerpt, web address, provider's name and publication time
     */
    public record Entry(Optional<URI> webUrl, Optional<URI> ampWebUrl, Optional<URI> cdnAmpWebUrl, long titleKey, long shown) {

        public Entry {
            Objects.requireNonNull(webUrl, "webUrl");
            Objects.requireNonNull(ampWebUrl, "ampWebUrl");
            Objects.requireNonNull(cdnAmpWebUrl, "cdnAmpWebUrl");
        }

        public static Entry of(RelatedItem item) {
            return of(item, new TextRoom());
        }

        /** @param room where texts are copied to be hashed, reused for the entries of one list */
        private static Entry of(RelatedItem item, TextRoom room) {
            return new Entry(item.webUrl(), item.ampWebUrl(), item.cdnAmpWebUrl(),
                    room.add(new Hash64(), Withheld.titleKey(item.title())).value(), shownOf(item, room));
        }

        private static long shownOf(RelatedItem item, TextRoom room) {
            Hash64 hash = room.add(room.add(new Hash64(), item.title()), item.excerpt());
            addPresent(hash, item.webUrl().map(URI::toString), room);
            addPresent(hash, item.provider().map(Provider::name), room);
            Optional<Instant> at = item.publishedAt();
            hash.add(at.isPresent() ? 1 : 0);
            at.ifPresent(instant -> hash.add(instant.getEpochSecond()).add(instant.getNano()));
            return hash.value();
        }

        private static void addPresent(Hash64 hash, Optional<String> text, TextRoom room) {
            hash.add(text.isPresent() ? 1 : 0);
            text.ifPresent(present -> room.add(hash, present));
        }
    }

    /**
     * An array that texts are copied into to be hashed, as {@link Hash64#add(String)} hashes them: every article's
     * entries are hashed while the parse holds the site's articles, and a copy of each text was garbage enough to bring
     * the full build's collection of the whole heap forward.
     */
    private static final class TextRoom {
        private char[] room = new char[256];

        Hash64 add(Hash64 hash, String text) {
            int n = text.length();
            if (room.length < n) {
                room = new char[Math.max(n, room.length * 2)];
            }
            text.getChars(0, n, room, 0);
            return hash.add(room, n);
        }
    }

    private final List<Entry> entries;
    /** The entries of the list this one was chosen from, and where each of this list's is among them. */
    private final Items whole;
    private final int[] positions;

    private RelatedList(List<Entry> entries, Items whole, int[] positions) {
        this.entries = entries;
        this.whole = whole;
        this.positions = positions;
    }

    /** The list of {@code items}: itself when it is one. */
    public static RelatedList of(List<RelatedItem> items) {
        if (items instanceof RelatedList list) {
            return list;
        }
        List<RelatedItem> copy = List.copyOf(items);
        if (copy.isEmpty()) {
            return EMPTY;
        }
        TextRoom room = new TextRoom();
        List<Entry> entries = new ArrayList<>(copy.size());
        copy.forEach(item -> entries.add(Entry.of(item, room)));
        return new RelatedList(List.copyOf(entries), new Items(copy), allOf(copy.size()));
    }

    /**
     * A list of these entries whose items are decoded from {@code source} the first time any is asked for, once.
     *
     * @param source gives one item for each entry, in order, and those the entries were made from: it is to fail rather
     *               than give others
     */
    public static RelatedList decodedWhenAsked(List<Entry> entries, Supplier<List<RelatedItem>> source) {
        List<Entry> copy = List.copyOf(entries);
        return copy.isEmpty() ? EMPTY : new RelatedList(copy, new Items(source, copy.size()), allOf(copy.size()));
    }

    /** Whether {@code indexes} are 0 to {@code size - 1}, in order. */
    private static boolean isWhole(int[] indexes, int size) {
        if (indexes.length != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (indexes[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static int[] allOf(int size) {
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) {
            positions[i] = i;
        }
        return positions;
    }

    /** What the model and the page keys use of the entry at {@code index}, without decoding the entry. */
    public Entry entry(int index) {
        return entries.get(index);
    }

    /** The web address of each entry, in order, without decoding the entries: what story grouping follows. */
    public List<Optional<URI>> webUrls() {
        return entries.stream().map(Entry::webUrl).toList();
    }

    /** The entries at these indexes, in this order, each index less than {@link #size}; their items are decoded when this list's are. */
    public RelatedList only(int[] indexes) {
        if (isWhole(indexes, size())) {
            return this;
        }
        List<Entry> chosen = new ArrayList<>(indexes.length);
        int[] chosenPositions = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            chosen.add(entries.get(indexes[i]));
            chosenPositions[i] = positions[indexes[i]];
        }
        return chosen.isEmpty() ? EMPTY : new RelatedList(List.copyOf(chosen), whole, chosenPositions);
    }

    /** The item at {@code index}: all the list's items are decoded the first time one is asked for. */
    @Override
    public RelatedItem get(int index) {
        Objects.checkIndex(index, size());
        return whole.get().get(positions[index]);
    }

    @Override
    public int size() {
        return entries.size();
    }

    /**
     * The items, decoded for the caller alone when they are not held: for a caller that reads each once, as writing the
     * parse cache again does, so that the list does not then hold what it was made not to hold.
     */
    public List<RelatedItem> itemsUnkept() {
        List<RelatedItem> all = whole.isMade() ? whole.get() : whole.decode();
        if (isWhole(positions, all.size())) {
            // chosen from nothing: a list parsed, or read whole
            return all;
        }
        List<RelatedItem> mine = new ArrayList<>(positions.length);
        for (int position : positions) {
            mine.add(all.get(position));
        }
        return mine;
    }

    /** Whether the items are held, rather than decoded when first asked for. */
    public boolean isDecoded() {
        return whole.isMade();
    }

    /** The whole list's items, made when first asked for, by whichever thread asks. */
    private static final class Items {
        private final Supplier<List<RelatedItem>> source;
        private final int size;
        private volatile List<RelatedItem> items;

        Items(List<RelatedItem> items) {
            this.source = null;
            this.size = items.size();
            this.items = items;
        }

        Items(Supplier<List<RelatedItem>> source, int size) {
            this.source = source;
            this.size = size;
        }

        List<RelatedItem> get() {
            List<RelatedItem> made = items;
            if (made == null) {
                // two threads may decode at once; both give the same items
                made = decode();
                items = made;
            }
            return made;
        }

        List<RelatedItem> decode() {
            List<RelatedItem> made = List.copyOf(source.get());
            if (made.size() != size) {
                throw new IllegalStateException(made.size() + " related items decoded for " + size + " entries");
            }
            return made;
        }

        boolean isMade() {
            return items != null;
        }
    }

    /** The hash of a headline's key ({@link Withheld#titleKey}), as {@link Entry#titleKey} has it. */
    static long hashOfKey(String titleKey) {
        return new Hash64().add(titleKey).value();
    }
}
