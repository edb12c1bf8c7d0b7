package org.newsdigest.render;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsdigest.hash.Hash64;
import org.newsdigest.model.Image;

/**
 * A 64-bit hash of the inputs a page is made from, added one by one, each missing value told apart from every present
 * one. Strings are hashed from a bulk copy into a reused array.
 */
final class KeyHash {

    private final Hash64 value = new Hash64();
    private char[] room;

    /** @param room an array to copy strings into, reused by the caller's thread; {@link #room()} is the one to keep */
    KeyHash(char[] room) {
        this.room = room;
    }

    /** A key of numbers and texts' hashes ({@link #hashOf}), which needs no room to copy strings into until a text comes. */
    KeyHash() {
        this(new char[0]);
    }

    void number(long number) {
        value.add(number);
    }

    void text(String text) {
        value.add(1);
        chars(text);
    }

    /** The text alone, hashed from a bulk copy: a call of {@code charAt} per character cost more than the hash. */
    void chars(String text) {
        chars(value, text);
    }

    /**
     * A hash of {@code text} alone (its length and characters), made in this key's room: a text that many keys take is
     * hashed once and added to each as this number. Any change to the text changes its hash as it would change a key it
     * was added to whole, so the keys change too.
     */
    long hashOf(String text) {
        Hash64 alone = new Hash64();
        chars(alone, text);
        return alone.value();
    }

    /** The key of what {@code inputs} adds, alone: {@link #hashOf(String)} for several inputs. */
    long hashOf(Consumer<KeyHash> inputs) {
        KeyHash alone = new KeyHash(room);
        inputs.accept(alone);
        room = alone.room;
        return alone.value();
    }

    private void chars(Hash64 into, String text) {
        int n = text.length();
        if (room.length < n) {
            room = new char[Math.max(n, room.length * 2)];
        }
        text.getChars(0, n, room, 0);
        into.add(room, n);
    }

    void text(Optional<String> text) {
        if (text.isPresent()) {
            text(text.get());
        } else {
            value.add(0);
        }
    }

    void instant(Instant instant) {
        value.add(1);
        value.add(instant.getEpochSecond());
        value.add(instant.getNano());
    }

    void instant(Optional<Instant> instant) {
        if (instant.isPresent()) {
            instant(instant.get());
        } else {
            value.add(0);
        }
    }

    void uri(Optional<URI> uri) {
        text(uri.map(URI::toString));
    }

    void image(Optional<Image> image) {
        uri(image.map(Image::url));
        value.add(image.map(Image::width).orElse(-1));
        value.add(image.map(Image::height).orElse(-1));
    }

    /** The array to reuse for the thread's next key: the one given, or a larger one. */
    char[] room() {
        return room;
    }

    long value() {
        return value.value();
    }
}
