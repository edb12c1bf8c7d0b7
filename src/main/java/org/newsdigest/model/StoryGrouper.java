package org.newsdigest.model;

import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdigest.model.Stories.Story;

/**
 * Groups published articles that report the same event into {@link Stories}. Two articles are the same story
 * when they were published within {@link #WINDOW} of each other and either one's {@code related} list names the
 * other by its {@code webUrl}, or their headlines are nearly the same: at least half of their words (words of
 * {@value #MIN_WORD_LENGTH} or more letters, case-folded) are shared, counted as Jaccard similarity. Grouping is
 * transitive (union-find), so A–B and B–C make one story of three.
 *
 * <p>The window applies to related links too: providers' related lists also name nearby stories (the seeds'
 * TechNode article lists a Moscow Metro story four days later), and without a limit in time related lists chain
 * stories together: in the 10,000-article benchmark corpus ({@code generate-corpus}), 5,658 of the 5,965 published
 * articles would be one story; with the window the largest story has 6.
 */
public final class StoryGrouper {

    /** How far apart in time two reports of one event may be published. */
    public static final Duration WINDOW = Duration.ofHours(72);
    /** Shorter words ("on", "of", "a") say little about which event a headline reports. */
    static final int MIN_WORD_LENGTH = 3;
    /** Shared words over all words of both headlines at or above which they are one story. */
    static final double MIN_TITLE_SIMILARITY = 0.5;
    /** Letters keep their combining marks (as in Devanagari), so a word is not cut in the middle. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** @param articles the published articles in {@link Article#NEWEST_FIRST} order, each with a distinct source file */
    public Stories group(List<Article> articles) {
        int n = articles.size();
        UnionFind stories = new UnionFind(n);
        List<Set<String>> words = articles.stream().map(a -> titleWords(a.title())).toList();

        Map<URI, Integer> byWebUrl = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            articles.get(i).webUrl().ifPresent(url -> byWebUrl.putIfAbsent(url, index));
        }
        for (int i = 0; i < n; i++) {
            for (RelatedItem item : articles.get(i).related()) {
                Integer other = item.webUrl().map(byWebUrl::get).orElse(null);
                if (other != null && withinWindow(articles.get(i), articles.get(other))) {
                    stories.union(i, other);
                }
            }
        }

        // oldest first, so each article is compared only with those published up to WINDOW after it
        List<Integer> byTime = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byTime.add(i);
        }
        byTime.sort(Comparator.comparing((Integer i) -> articles.get(i).publishedAt()).thenComparing(i -> i));
        for (int a = 0; a < n; a++) {
            int i = byTime.get(a);
            for (int b = a + 1; b < n && withinWindow(articles.get(i), articles.get(byTime.get(b))); b++) {
                int j = byTime.get(b);
                if (similar(words.get(i), words.get(j))) {
                    stories.union(i, j);
                }
            }
        }

        // a story's articles keep the input order, and stories are ordered by their first (newest) article
        Map<Integer, List<Article>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(stories.find(i), root -> new ArrayList<>()).add(articles.get(i));
        }
        List<Story> result = new ArrayList<>(members.size());
        members.values().forEach(list -> result.add(new Story(list)));
        result.sort(Comparator.comparing((Story story) -> story.articles().get(0), Article.NEWEST_FIRST));
        return new Stories(result);
    }

    /**
     * The words of a headline that identify its event: Unicode-normalised (NFKC), lower-cased, split at anything
     * that is not a letter or digit, and only words of {@value #MIN_WORD_LENGTH} or more characters. "China’s" and
     * "China's" both give "china".
     */
    static Set<String> titleWords(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> words = new TreeSet<>();
        for (String word : NOT_A_WORD.split(folded)) {
            if (word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH) {
                words.add(word);
            }
        }
        return words;
    }

    /** Jaccard similarity of two word sets; 0 when both are empty, since nothing then says they match. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String word : smaller) {
            if (larger.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static boolean similar(Set<String> a, Set<String> b) {
        // Jaccard cannot exceed smaller/larger, so most pairs are ruled out without comparing words
        int smaller = Math.min(a.size(), b.size());
        int larger = Math.max(a.size(), b.size());
        return smaller >= MIN_TITLE_SIMILARITY * larger && similarity(a, b) >= MIN_TITLE_SIMILARITY;
    }

    private static boolean withinWindow(Article a, Article b) {
        return Duration.between(a.publishedAt(), b.publishedAt()).abs().compareTo(WINDOW) <= 0;
    }

    /** Disjoint sets over 0..n-1; the smaller index is always the root, so the result does not depend on order. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[i] != root) {
                int next = parent[i];
                parent[i] = root;
                i = next;
            }
            return root;
        }

        void union(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA != rootB) {
                parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }
    }
}
