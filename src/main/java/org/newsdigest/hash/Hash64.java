package org.newsdigest.hash;

/**
 * A 64-bit hash built up one value at a time, for telling whether data changed since the last build of the same
 * code. Not cryptographic, and it need not be: anyone who can change what is hashed can change the output anyway.
 *
 * <p>Each number is one FNV-1a step ({@code (h ^ v) * prime}, from FNV's offset basis). Text is its length and then
 * its UTF-16 units four to a word, each word spread by the golden-ratio multiplier before the step; a step is a
 * bijection of the hash for a given word and of the word for a given hash, so two texts of the same length that
 * differ in one word always hash differently, and the length in front keeps {@code "ab","c"} apart from
 * {@code "a","bc"}. Order matters throughout: the same values added in another order give another hash.
 *
 * <p>Not thread-safe; one per computation.
 */
public final class Hash64 {

    static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final long WORD_MULTIPLIER = 0x9e3779b97f4a7c15L;

    private long value = OFFSET_BASIS;

    public Hash64 add(long number) {
        value = (value ^ number) * PRIME;
        return this;
    }

    public Hash64 add(String text) {
        char[] units = text.toCharArray();
        return add(units, units.length);
    }

    /**
     * The text held in {@code units[0, length)}, hashed as {@link #add(String)} hashes it: for a caller that copies
     * its strings into one reused array, as a bulk copy is much cheaper than a {@code charAt} per character.
     */
    public Hash64 add(char[] units, int length) {
        add(length);
        long h = value;
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            h = mix(h, units[i] | (long) units[i + 1] << 16 | (long) units[i + 2] << 32 | (long) units[i + 3] << 48);
        }
        for (; i < length; i++) {
            h = mix(h, units[i]);
        }
        value = h;
        return this;
    }

    /** The length, then each byte as a signed number. */
    public Hash64 add(byte[] bytes) {
        add(bytes.length);
        long h = value;
        for (byte b : bytes) {
            h = (h ^ b) * PRIME;
        }
        value = h;
        return this;
    }

    public long value() {
        return value;
    }

    private static long mix(long h, long word) {
        return Long.rotateLeft(h ^ (word * WORD_MULTIPLIER), 29) * PRIME;
    }
}
