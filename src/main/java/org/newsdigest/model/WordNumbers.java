package org.newsdigest.model;

import java.util.Arrays;

/**
 * A number for each distinct word, 0, 1, 2, … in the order first asked for: a hash table looked up by a word's
 * characters where they lie, so that the words of an ASCII headline need no string each, only the new ones.
 */
final class WordNumbers {

    private String[] words = new String[1024];
    private int[] hashes = new int[1024];
    private int[] numbers = new int[1024];
    private int size;

    /** How many distinct words have a number. */
    int size() {
        return size;
    }

    int of(String word) {
        return of(word.toCharArray(), 0, word.length());
    }

    /** The number of the word {@code chars[from, to)}. */
    int of(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = words.length - 1;
        int slot = spread(hash) & mask;
        while (words[slot] != null) {
            if (hashes[slot] == hash && sameWord(words[slot], chars, from, to)) {
                return numbers[slot];
            }
            slot = (slot + 1) & mask;
        }
        words[slot] = new String(chars, from, to - from);
        hashes[slot] = hash;
        numbers[slot] = size++;
        if (size * 2 > words.length) {
            grow();
        }
        return size - 1;
    }

    private static boolean sameWord(String word, char[] chars, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        words = new String[oldWords.length * 2];
        hashes = new int[words.length];
        numbers = new int[words.length];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[i];
                hashes[slot] = oldHashes[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }
}
