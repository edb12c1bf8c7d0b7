package org.newsdigest.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one story grouping found that the next grouping of the same site can take as it is: for each article, by its
 * source file, a fingerprint of all the grouping reads of it (headline, publication time, web address, the web
 * addresses of its related entries), the articles whose headlines are similar to its own within
 * {@link StoryGrouper#WINDOW}, and the articles its related entries name that pass the linked test, in the order its
 * related list names them. Two articles whose fingerprints are unchanged are a pair again exactly when they were one;
 * {@link StoryGrouper} compares again only what involves an article that is new or changed.
 *
 * <p>Partners are given by position in this list. Each similar pair is held once, under the article listed first.
 * The arrays are owned by this object and never changed.
 */
public final class StoryPairs {

    /** Pairs of no article: the next grouping compares every article. */
    public static final StoryPairs NONE = new StoryPairs(List.of(), new long[0], new int[0], new int[0], new int[0], new int[0]);

    private final List<String> sources;
    private final long[] fingerprints;
    /** Article k's similar partners are {@code similar[similarEnds[k-1] .. similarEnds[k])} (from 0 for k = 0). */
    private final int[] similarEnds;
    private final int[] similar;
    private final int[] linkedEnds;
    private final int[] linked;

    /**
     * @param sources      each article's source file, as {@link StoryGrouper#sourceKey} names it; all different
     * @param similarEnds  for each article, where its similar partners end in {@code similar}
     * @param linkedEnds   for each article, where its linked partners end in {@code linked}
     * @throws IllegalArgumentException when the arrays do not describe pairs of these articles (a garbled cache file)
     */
    public StoryPairs(List<String> sources, long[] fingerprints, int[] similarEnds, int[] similar, int[] linkedEnds,
            int[] linked) {
        int n = sources.size();
        if (fingerprints.length != n || similarEnds.length != n || linkedEnds.length != n) {
            throw new IllegalArgumentException("pairs of " + n + " articles with " + fingerprints.length + " fingerprints");
        }
        checkPartners(similarEnds, similar, n);
        checkPartners(linkedEnds, linked, n);
        this.sources = List.copyOf(sources);
        this.fingerprints = fingerprints;
        this.similarEnds = similarEnds;
        this.similar = similar;
        this.linkedEnds = linkedEnds;
        this.linked = linked;
    }

    private static void checkPartners(int[] ends, int[] partners, int n) {
        int from = 0;
        for (int end : ends) {
            if (end < from || end > partners.length) {
                throw new IllegalArgumentException("partners end at " + end + " after " + from + " of " + partners.length);
            }
            from = end;
        }
        if (from != partners.length) {
            throw new IllegalArgumentException(partners.length - from + " partners of no article");
        }
        for (int partner : partners) {
            if (partner < 0 || partner >= n) {
                throw new IllegalArgumentException("partner " + partner + " of " + n + " articles");
            }
        }
    }

    public int size() {
        return sources.size();
    }

    public String source(int article) {
        return sources.get(article);
    }

    public long fingerprint(int article) {
        return fingerprints[article];
    }

    /** Where article {@code article}'s similar partners end in {@link #similarPartner}; they start where the last one's end. */
    public int similarEnd(int article) {
        return similarEnds[article];
    }

    public int similarPartner(int at) {
        return similar[at];
    }

    public int linkedEnd(int article) {
        return linkedEnds[article];
    }

    public int linkedPartner(int at) {
        return linked[at];
    }

    int similarStart(int article) {
        return article == 0 ? 0 : similarEnds[article - 1];
    }

    int linkedStart(int article) {
        return article == 0 ? 0 : linkedEnds[article - 1];
    }

    /**
     * For each of {@code sources}, the position here of the same source with the same fingerprint, or -1 when it is
     * new or changed; empty when two of {@code sources} are one file, which no digest has.
     */
    Optional<int[]> unchanged(String[] currentSources, long[] currentFingerprints) {
        Map<String, Integer> position = new HashMap<>(sources.size() * 4 / 3 + 1);
        for (int k = 0; k < sources.size(); k++) {
            position.put(sources.get(k), k);
        }
        int[] previous = new int[currentSources.length];
        boolean[] taken = new boolean[sources.size()];
        for (int i = 0; i < currentSources.length; i++) {
            Integer k = position.get(currentSources[i]);
            previous[i] = k != null && fingerprints[k] == currentFingerprints[i] ? k : -1;
            if (previous[i] >= 0) {
                if (taken[k]) {
                    return Optional.empty();
                }
                taken[k] = true;
            }
        }
        return Optional.of(previous);
    }
}
