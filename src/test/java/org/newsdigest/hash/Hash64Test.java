package org.newsdigest.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hash64Test {

    /**
     * Values the page fingerprints and theme fingerprints had before this class existed: a published site's
     * manifest written by the code before it still matches, page for page.
     */
    @Test
    void keepsTheValuesOfTheFingerprintsBeforeIt() {
        Hash64 texts = new Hash64();
        List.of("", "a", "news", "digest-of-the-week", "\u00e9t\u00e9").forEach(texts::add);
        assertEquals(-7938833821631845877L, texts.value());
        assertEquals(704292377337150263L, new Hash64().add("h\u00e9llo, world".getBytes(StandardCharsets.UTF_8)).value());
        assertEquals(-7222062008879528649L, new Hash64().add(123456789L).add(-3).value());
    }

    @Test
    void startsFromTheFnvOffsetBasisAndStepsAsFnv1a() {
        assertEquals(0xcbf29ce484222325L, new Hash64().value());
        assertEquals((0xcbf29ce484222325L ^ 42) * 0x100000001b3L, new Hash64().add(42).value());
    }

    @Test
    void sameValuesInTheSameOrderGiveTheSameHash() {
        assertEquals(new Hash64().add("title").add(3).add(new byte[] {1, 2}).value(),
                new Hash64().add("title").add(3).add(new byte[] {1, 2}).value());
    }

    @Test
    void orderMatters() {
        assertNotEquals(new Hash64().add(1).add(2).value(), new Hash64().add(2).add(1).value());
        assertNotEquals(new Hash64().add("a").add("b").value(), new Hash64().add("b").add("a").value());
        assertNotEquals(new Hash64().add("abcdefgh").value(), new Hash64().add("efghabcd").value());
        assertNotEquals(new Hash64().add(new byte[] {1, 2}).value(), new Hash64().add(new byte[] {2, 1}).value());
    }

    /** The length goes in first, so where one text ends and the next begins is part of the hash. */
    @Test
    void textBoundariesMatter() {
        assertNotEquals(new Hash64().add("ab").add("c").value(), new Hash64().add("a").add("bc").value());
        assertNotEquals(new Hash64().add("").add("x").value(), new Hash64().add("x").add("").value());
        assertNotEquals(new Hash64().add("").value(), new Hash64().value());
        assertNotEquals(new Hash64().add(new byte[0]).value(), new Hash64().value());
    }

    @Test
    void aBulkCopyHashesAsTheStringDoes() {
        String text = "Breaking: the council votes \u2014 \u0627\u0644\u0623\u062e\u0628\u0627\u0631";
        char[] room = new char[64];
        text.getChars(0, text.length(), room, 0);
        room[text.length()] = 'x'; // past the length: not part of the text
        assertEquals(new Hash64().add(text).value(), new Hash64().add(room, text.length()).value());
    }

    /**
     * Every text of up to three letters from a small alphabet, and every number near zero: no two texts collide, and no
     * two numbers. (A text and a number may: {@code ""} hashes as {@code 0}. A caller that mixes kinds in one place
     * adds a kind first, as the page fingerprint does.)
     */
    @Test
    void distinctShortTextsAndDistinctNumbersGiveDistinctHashes() {
        String alphabet = "ab\u00e9Z0 ";
        Set<Long> seen = new HashSet<>();
        int count = 0;
        for (int length = 0; length <= 3; length++) {
            for (int n = 0; n < Math.pow(alphabet.length(), length); n++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0, rest = n; i < length; i++, rest /= alphabet.length()) {
                    text.append(alphabet.charAt(rest % alphabet.length()));
                }
                seen.add(new Hash64().add(text.toString()).value());
                count++;
            }
        }
        assertEquals(count, seen.size());
        Set<Long> numbers = new HashSet<>();
        for (long number = -1000; number <= 1000; number++) {
            numbers.add(new Hash64().add(number).value());
        }
        assertEquals(2001, numbers.size());
    }

    /** A one-unit change anywhere in a long text (past the four-unit words too) changes its hash. */
    @Test
    void anyOneUnitChangeOfALongTextChangesItsHash() {
        String text = "The quick brown fox jumps over the lazy dog!";
        long original = new Hash64().add(text).value();
        Set<Long> seen = new HashSet<>(Set.of(original));
        for (int i = 0; i < text.length(); i++) {
            char[] changed = text.toCharArray();
            changed[i] ^= 1;
            seen.add(new Hash64().add(new String(changed)).value());
        }
        assertEquals(text.length() + 1, seen.size());
    }
}
