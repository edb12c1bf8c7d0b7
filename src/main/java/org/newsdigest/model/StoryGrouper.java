package org.newsdigest.model;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.newsdigest.hash.Hash64;
import org.newsdigest.model.Stories.Story;

/**
 * Groups published articles that report the same event into {@link Stories}. Two articles are the same story
 * when they were published within {@link #WINDOW} of each other and their headlines are nearly the same: at least
 * {@link #MIN_TITLE_SIMILARITY} of their words (words of {@value #MIN_WORD_LENGTH} or more letters, case-folded)
 * are shared, counted as Jaccard similarity; or {@link #MIN_LINKED_TITLE_SIMILARITY} when either one's {@code
 * related} list names the other by its {@code webUrl}. Grouping is transitive (union-find), so A–B and B–C make
 * one story of three, as long as the whole story, from its first report to its last, fits in {@link #STORY_SPAN}.
 *
 * <p>Why each limit: providers' related lists also name other, nearby stories (the seeds' TechNode article lists
 * a Moscow Metro story), so a related link alone does not make one story; in the benchmark corpus ({@code
 * generate-corpus}) related links alone chained 5,658 of 5,965 published articles into one. And headlines that
 * each resemble the next chain a day at a time: with only pairwise windows, the 1,000-article corpus had a
 * "story" of 377 articles over weeks. With both limits its largest story has two articles.
 */
public final class StoryGrouper {

    /** How far apart in time two reports of one event may be published. */
    public static final Duration WINDOW = Duration.ofHours(72);
    /** How far apart the first and the last report of one story may be; see the class comment. */
    public static final Duration STORY_SPAN = Duration.ofDays(5);
    /** Shorter words ("on", "of", "a") say little about which event a headline reports. */
    static final int MIN_WORD_LENGTH = 3;
    /** Shared words over all words of both headlines at or above which they are one story. */
    static final double MIN_TITLE_SIMILARITY = 0.5;
    /** The same for two headlines one of whose articles names the other as related. */
    static final double MIN_LINKED_TITLE_SIMILARITY = 0.25;

    private final StoryMemory memory;

    /** A grouper that starts from scratch every time. */
    public StoryGrouper() {
        this(StoryMemory.NONE);
    }

    /**
     * @param memory what the last grouping of the site found ({@link StoryPairs}), reused for the articles that are as
     *               they were; what this grouper finds is left there for the next
     */
    public StoryGrouper(StoryMemory memory) {
        this.memory = memory;
    }

    /** @param articles the published articles in {@link Article#NEWEST_FIRST} order, each with a distinct source file */
    public Stories group(List<Article> articles) {
        return stories(articles, storyOf(articles));
    }

    /**
     * The story of each article, as the index of one article of that story: what {@link #group} decides, in a form
     * that holds for other copies of the same articles too. It reads only their titles, dates, web addresses and
     * related lists, so the digest groups them while it is still settling slugs and names.
     *
     * <p>The pairs of articles that are one story are what costs: the pairs the last grouping found ({@link
     * StoryMemory}) are taken as they were between articles whose inputs are unchanged, and only the new or changed
     * articles are compared again, so the stories are always those a grouping from scratch makes.
     */
    public int[] storyOf(List<Article> articles) {
        int n = articles.size();
        long[] seconds = new long[n];
        String[] sources = new String[n];
        long[] fingerprints = new long[n];
        List<List<URI>> related = new ArrayList<>(n);
        Fingerprints fingerprint = new Fingerprints();
        for (int i = 0; i < n; i++) {
            Article article = articles.get(i);
            seconds[i] = article.publishedAt().getEpochSecond();
            sources[i] = sourceKey(article);
            related.add(relatedWebUrls(article));
            fingerprints[i] = fingerprint.of(article, related.get(i));
        }
        // oldest first, so each article is compared only with those published up to WINDOW before it
        int[] order = oldestFirst(articles);
        WebAddresses addresses = WebAddresses.of(articles);
        Found found = memory.recall().filter(last -> addresses.distinct())
                .flatMap(last -> reusing(last, articles, related, sources, fingerprints, seconds, order, addresses.byWebUrl()))
                .orElseGet(() -> fromScratch(articles, related, seconds, order, addresses.byWebUrl()));
        // an address two articles share links a related entry to the first of them, which a removal or an edit of the
        // other changes unseen: such pairs are not kept (the digest never holds two articles of one address)
        memory.keep(addresses.distinct() ? found.pairs(sources, fingerprints, order) : StoryPairs.NONE);
        return found.storyOf(articles, order);
    }

    /** Each web address and the first article that has it. */
    private record WebAddresses(Map<URI, Integer> byWebUrl, boolean distinct) {

        static WebAddresses of(List<Article> articles) {
            Map<URI, Integer> byWebUrl = new HashMap<>(articles.size() * 4 / 3 + 1);
            boolean distinct = true;
            for (int i = 0; i < articles.size(); i++) {
                Optional<URI> url = articles.get(i).webUrl();
                if (url.isPresent()) {
                    distinct &= byWebUrl.putIfAbsent(url.get(), i) == null;
                }
            }
            return new WebAddresses(byWebUrl, distinct);
        }
    }

    /**
     * The pairs of articles that are one story, before the {@link #STORY_SPAN} decides which joins are made.
     *
     * @param linked  for each article, the articles its related entries name that pass the linked test, in its list's order
     * @param byOrder the similar pairs as positions in the oldest-first order (the earlier one in the high half), sorted
     */
    private record Found(int[][] linked, long[] byOrder) {

        int[] storyOf(List<Article> articles, int[] order) {
            int n = articles.size();
            UnionFind stories = new UnionFind(articles);
            for (int i = 0; i < n; i++) {
                for (int other : linked[i]) {
                    stories.union(i, other);
                }
            }
            // joined in the order of the pairs, earlier article first: a story may refuse a join that would stretch it
            // past STORY_SPAN, so the order decides which joins are made
            for (long pair : byOrder) {
                stories.union(order[(int) (pair >>> 32)], order[(int) pair]);
            }
            int[] storyOf = new int[n];
            for (int i = 0; i < n; i++) {
                storyOf[i] = stories.find(i);
            }
            return storyOf;
        }

        StoryPairs pairs(String[] sources, long[] fingerprints, int[] order) {
            int n = sources.length;
            long[] byArticle = new long[byOrder.length];
            for (int p = 0; p < byOrder.length; p++) {
                int a = order[(int) (byOrder[p] >>> 32)];
                int b = order[(int) byOrder[p]];
                byArticle[p] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            }
            Arrays.sort(byArticle);
            int[] similarEnds = new int[n];
            int[] similar = new int[byArticle.length];
            int p = 0;
            for (int i = 0; i < n; i++) {
                while (p < byArticle.length && (int) (byArticle[p] >>> 32) == i) {
                    similar[p] = (int) byArticle[p];
                    p++;
                }
                similarEnds[i] = p;
            }
            int[] linkedEnds = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                count += linked[i].length;
                linkedEnds[i] = count;
            }
            int[] linkedPartners = new int[count];
            for (int i = 0, at = 0; i < n; i++) {
                System.arraycopy(linked[i], 0, linkedPartners, at, linked[i].length);
                at += linked[i].length;
            }
            return new StoryPairs(Arrays.asList(sources), fingerprints, similarEnds, similar, linkedEnds, linkedPartners);
        }
    }

    /** @param related each article's {@link #relatedWebUrls} */
    private static Found fromScratch(List<Article> articles, List<List<URI>> related, long[] seconds, int[] order,
            Map<URI, Integer> byWebUrl) {
        int n = articles.size();
        int[][] words = wordIds(articles);
        int[][] linked = new int[n][];
        for (int i = 0; i < n; i++) {
            linked[i] = linkedPartners(i, related.get(i), byWebUrl, seconds, index -> words[index]);
        }
        return new Found(linked, similarPairs(order, seconds, rarestFirst(words)));
    }

    /**
     * The pairs the last grouping found between articles still as they were, and the pairs of each new or changed
     * article with every article within {@link #WINDOW} of it; empty when so many changed that grouping from scratch
     * costs less.
     */
    private static Optional<Found> reusing(StoryPairs last, List<Article> articles, List<List<URI>> related,
            String[] sources, long[] fingerprints, long[] seconds, int[] order, Map<URI, Integer> byWebUrl) {
        int n = articles.size();
        Optional<int[]> matched = last.unchanged(sources, fingerprints);
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        int[] previous = matched.get();
        int[] current = new int[last.size()];
        Arrays.fill(current, -1);
        IntList changed = new IntList();
        boolean[] isChanged = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (previous[i] >= 0) {
                current[previous[i]] = i;
            } else {
                changed.add(i);
                isChanged[i] = true;
            }
        }
        if (changed.size() > Math.max(64, n / 8)) {
            return Optional.empty();
        }
        HeadlineWords words = new HeadlineWords(articles);
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        LongList pairs = new LongList();
        for (int k = 0; k < last.size(); k++) {
            int i = current[k];
            for (int at = last.similarStart(k); i >= 0 && at < last.similarEnd(k); at++) {
                int j = current[last.similarPartner(at)];
                if (j >= 0) {
                    pairs.add(byOrder(position[i], position[j]));
                }
            }
        }
        long window = WINDOW.toSeconds();
        for (int c = 0; c < changed.size(); c++) {
            int article = changed.get(c);
            int from = position[article];
            while (from > 0 && seconds[article] - seconds[order[from - 1]] <= window) {
                from--;
            }
            for (int p = from; p < n && seconds[order[p]] - seconds[article] <= window; p++) {
                int other = order[p];
                // a pair of two changed articles is compared once, from the one listed first
                boolean compared = other == article || (isChanged[other] && other < article);
                if (!compared && similar(words.of(article), words.of(other))) {
                    pairs.add(byOrder(position[article], p));
                }
            }
        }
        long[] byOrder = pairs.toArray();
        Arrays.sort(byOrder);
        return Optional.of(new Found(linkedReusing(last, articles, related, previous, current, changed, seconds,
                words, byWebUrl), byOrder));
    }

    private static long byOrder(int positionA, int positionB) {
        return ((long) Math.min(positionA, positionB) << 32) | Math.max(positionA, positionB);
    }

    /**
     * Each article's linked partners: as the last grouping found them when the article and all it linked to then are
     * unchanged and none of its related entries names a new or changed article; found again otherwise.
     */
    private static int[][] linkedReusing(StoryPairs last, List<Article> articles, List<List<URI>> related, int[] previous,
            int[] current, IntList changed, long[] seconds, HeadlineWords words, Map<URI, Integer> byWebUrl) {
        int n = articles.size();
        Set<URI> changedWebUrls = new HashSet<>();
        for (int c = 0; c < changed.size(); c++) {
            articles.get(changed.get(c)).webUrl().ifPresent(changedWebUrls::add);
        }
        int[][] linked = new int[n][];
        for (int i = 0; i < n; i++) {
            int k = previous[i];
            boolean again = k < 0 || namesAny(related.get(i), changedWebUrls);
            int[] partners = again ? null : new int[last.linkedEnd(k) - last.linkedStart(k)];
            for (int at = again ? 0 : last.linkedStart(k); !again && at < last.linkedEnd(k); at++) {
                partners[at - last.linkedStart(k)] = current[last.linkedPartner(at)];
                again = partners[at - last.linkedStart(k)] < 0;
            }
            if (again) {
                partners = linkedPartners(i, related.get(i), byWebUrl, seconds, words::of);
            }
            linked[i] = partners;
        }
        return linked;
    }

    private static boolean namesAny(List<URI> related, Set<URI> webUrls) {
        if (webUrls.isEmpty()) {
            return false;
        }
        for (URI url : related) {
            if (webUrls.contains(url)) {
                return true;
            }
        }
        return false;
    }

    private static final int[] NO_PARTNERS = {};

    /**
     * The articles that article {@code i}'s related entries name, in their order, that were published within the
     * {@link #WINDOW} of it and whose headlines pass {@link #MIN_LINKED_TITLE_SIMILARITY}.
     */
    private static int[] linkedPartners(int i, List<URI> related, Map<URI, Integer> byWebUrl, long[] seconds,
            IntFunction<int[]> words) {
        IntList partners = null;
        for (URI url : related) {
            Integer other = byWebUrl.get(url);
            if (other != null && withinWindow(seconds[i], seconds[other])
                    && atLeast(words.apply(i), words.apply(other), MIN_LINKED_TITLE_SIMILARITY)) {
                partners = partners == null ? new IntList() : partners;
                partners.add(other);
            }
        }
        return partners == null ? NO_PARTNERS : partners.toArray();
    }

    /** The web addresses of an article's related entries, in their order; entries without one are left out. */
    private static List<URI> relatedWebUrls(Article article) {
        // the addresses alone: the entries themselves are read back only for a page that shows them
        List<Optional<URI>> related = article.relatedWebUrls();
        if (related.isEmpty()) {
            return List.of();
        }
        List<URI> urls = new ArrayList<>(related.size());
        for (Optional<URI> url : related) {
            url.ifPresent(urls::add);
        }
        return urls;
    }

    /** How {@link StoryPairs} names an article: by its source file, as the build found it. */
    static String sourceKey(Article article) {
        return article.source().toString();
    }

    /**
     * All that the grouping reads of an article, hashed: the same fingerprint, the same pairs. Each text is copied
     * into one array that is reused, which costs less than a new array of each.
     */
    private static final class Fingerprints {
        private char[] room = new char[256];

        /** @param related the article's {@link #relatedWebUrls} */
        long of(Article article, List<URI> related) {
            Instant at = article.publishedAt();
            Hash64 hash = new Hash64();
            add(hash, article.title());
            hash.add(at.getEpochSecond()).add(at.getNano());
            Optional<URI> webUrl = article.webUrl();
            hash.add(webUrl.isPresent() ? 1 : 0);
            add(hash, webUrl.isPresent() ? webUrl.get().toString() : "");
            hash.add(related.size());
            for (URI url : related) {
                add(hash, url.toString());
            }
            return hash.value();
        }

        private void add(Hash64 hash, String text) {
            if (text.length() > room.length) {
                room = new char[Math.max(text.length(), room.length * 2)];
            }
            text.getChars(0, text.length(), room, 0);
            hash.add(room, text.length());
        }
    }

    /** Each headline's word numbers, found when first asked for: a rebuild needs those of a few windows only. */
    private static final class HeadlineWords {
        private final List<Article> articles;
        private final int[][] words;
        private final WordNumbers numbers = new WordNumbers();
        private final IntList room = new IntList();

        HeadlineWords(List<Article> articles) {
            this.articles = articles;
            this.words = new int[articles.size()][];
        }

        int[] of(int article) {
            if (words[article] == null) {
                words[article] = wordNumbers(articles.get(article).title(), numbers, room);
            }
            return words[article];
        }
    }

    /**
     * The articles' indexes by publication time, oldest first, and by index among articles published at one instant.
     * The digest gives them newest first, so that is its list read backwards a run of one instant at a time, without a sort.
     */
    static int[] oldestFirst(List<Article> articles) {
        int n = articles.size();
        Instant[] at = new Instant[n];
        boolean newestFirst = true;
        for (int i = 0; i < n; i++) {
            at[i] = articles.get(i).publishedAt();
            newestFirst &= i == 0 || !at[i].isAfter(at[i - 1]);
        }
        int[] order = new int[n];
        if (!newestFirst) {
            List<Integer> byTime = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byTime.add(i);
            }
            byTime.sort(Comparator.comparing((Integer i) -> at[i]).thenComparing(i -> i));
            for (int a = 0; a < n; a++) {
                order[a] = byTime.get(a);
            }
            return order;
        }
        int next = 0;
        for (int last = n - 1; last >= 0; ) {
            int first = last;
            while (first > 0 && at[first - 1].equals(at[last])) {
                first--;
            }
            for (int i = first; i <= last; i++) {
                order[next++] = i;
            }
            last = first - 1;
        }
        return order;
    }

    /**
     * Every pair of articles published within {@link #WINDOW} of each other whose headlines are {@link #similar}, as
     * positions in {@code order} (the earlier one in the high half), sorted. Two word sets with a Jaccard similarity of
     * at least t share a word among the first {@code size - ceil(t * size) + 1} words of each, rarest words first
     * (the prefix filter of set-similarity joins), so each article is compared only with the articles in its window
     * that share one of those few words, not with every article in it: on a large digest that is millions of pairs
     * fewer.
     */
    private static long[] similarPairs(int[] order, long[] seconds, int[][] words) {
        int n = order.length;
        long window = WINDOW.toSeconds();
        IntList[] byPrefixWord = new IntList[distinctWords(words)];
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        IntList candidates = new IntList();
        LongList pairs = new LongList();
        for (int b = 0; b < n; b++) {
            int[] own = words[order[b]];
            long at = seconds[order[b]];
            int prefix = prefixLength(own.length);
            candidates.clear();
            for (int w = 0; w < prefix; w++) {
                IntList earlier = byPrefixWord[own[w]];
                if (earlier == null) {
                    earlier = new IntList();
                    byPrefixWord[own[w]] = earlier;
                }
                for (int k = earlier.size() - 1; k >= 0 && at - seconds[order[earlier.get(k)]] <= window; k--) {
                    int a = earlier.get(k);
                    if (seenBy[a] != b) {
                        seenBy[a] = b;
                        candidates.add(a);
                    }
                }
                earlier.add(b);
            }
            for (int c = 0; c < candidates.size(); c++) {
                int a = candidates.get(c);
                if (similar(words[order[a]], own)) {
                    pairs.add(((long) a << 32) | b);
                }
            }
        }
        long[] sorted = pairs.toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** One more than the highest word number: word numbers are dense from 0. */
    private static int distinctWords(int[][] words) {
        int distinct = 0;
        for (int[] own : words) {
            for (int word : own) {
                distinct = Math.max(distinct, word + 1);
            }
        }
        return distinct;
    }

    private static int prefixLength(int size) {
        return Math.min(size, size - (int) Math.ceil(MIN_TITLE_SIMILARITY * size) + 1);
    }

    /**
     * The same word sets with the words numbered anew, the rarest in the digest first, each set sorted again: what
     * {@link #similar} finds does not depend on the numbering, and the prefix filter needs rare words first.
     */
    private static int[][] rarestFirst(int[][] words) {
        int distinct = distinctWords(words);
        int[] uses = new int[distinct];
        for (int[] own : words) {
            for (int word : own) {
                uses[word]++;
            }
        }
        // fewest uses first, then by number: both in one long, sorted without a comparator
        long[] byUses = new long[distinct];
        for (int word = 0; word < distinct; word++) {
            byUses[word] = ((long) uses[word] << 32) | word;
        }
        Arrays.sort(byUses);
        int[] rank = new int[distinct];
        for (int r = 0; r < distinct; r++) {
            rank[(int) byUses[r]] = r;
        }
        int[][] renumbered = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            int[] own = new int[words[i].length];
            for (int k = 0; k < own.length; k++) {
                own[k] = rank[words[i][k]];
            }
            Arrays.sort(own);
            renumbered[i] = own;
        }
        return renumbered;
    }

    /** A growable list of ints, without a box for each. */
    static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        /** The values sorted, each once. */
        int[] sortedDistinct() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
        }
    }

    /** A growable list of longs, without a box for each. */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * The stories of {@link #storyOf}.
     *
     * @param articles the articles {@code storyOf} was found for, in the same order; their slugs and names may differ
     */
    public Stories stories(List<Article> articles, int[] storyOf) {
        int n = articles.size();
        if (storyOf.length != n) {
            throw new IllegalArgumentException(storyOf.length + " stories of articles for " + n + " articles");
        }
        // a story's articles keep the input order, and stories are ordered by their first (newest) article
        Map<Integer, List<Article>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(storyOf[i], root -> new ArrayList<>()).add(articles.get(i));
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
        String folded = Slugs.nfkc(title).toLowerCase(Locale.ROOT);
        Set<String> words = new TreeSet<>();
        int length = folded.length();
        int i = 0;
        while (i < length) {
            int start = i;
            int characters = 0;
            while (i < length) {
                int cp = folded.codePointAt(i);
                if (!isWordCharacter(cp)) {
                    break;
                }
                i += Character.charCount(cp);
                characters++;
            }
            if (characters >= MIN_WORD_LENGTH) {
                words.add(folded.substring(start, i));
            }
            if (i < length) {
                i += Character.charCount(folded.codePointAt(i));
            }
        }
        return words;
    }

    /**
     * A letter, mark or digit, as the regular expression {@code [\p{L}\p{M}\p{N}]} matches, without its cost per
     * headline. Letters keep their combining marks (as in Devanagari), so a word is not cut in the middle.
     */
    static boolean isWordCharacter(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
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
        return jaccard(shared, a.size(), b.size());
    }

    /**
     * Each headline's {@link #titleWords} as sorted numbers, one per distinct word of the whole digest: the pairwise
     * comparison below runs millions of times on a large digest, and comparing sorted numbers costs far less than
     * looking strings up in sets.
     */
    private static int[][] wordIds(List<Article> articles) {
        WordNumbers numbers = new WordNumbers();
        int[][] words = new int[articles.size()][];
        IntList own = new IntList();
        for (int i = 0; i < words.length; i++) {
            words[i] = wordNumbers(articles.get(i).title(), numbers, own);
        }
        return words;
    }

    /**
     * The numbers of a headline's {@link #titleWords}, sorted. An ASCII headline is its own NFKC form, so its words are
     * its runs of ASCII letters and digits lower-cased, found where they lie.
     *
     * @param room a list to work in, emptied first
     */
    static int[] wordNumbers(String title, WordNumbers numbers, IntList room) {
        room.clear();
        int length = title.length();
        char[] lower = new char[length];
        for (int i = 0; i < length; i++) {
            char c = title.charAt(i);
            if (c >= 0x80) {
                for (String word : titleWords(title)) {
                    room.add(numbers.of(word));
                }
                return room.sortedDistinct();
            }
            lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        int i = 0;
        while (i < length) {
            int start = i;
            while (i < length && isWordCharacter(lower[i])) {
                i++;
            }
            if (i - start >= MIN_WORD_LENGTH) {
                room.add(numbers.of(lower, start, i));
            }
            i++;
        }
        return room.sortedDistinct();
    }

    /**
     * Whether the {@link #similarity(Set, Set)} of two sorted arrays of word numbers is at least {@code threshold}.
     * The comparison stops as soon as even sharing every word still to come could not reach it: most pairs of
     * headlines in a window share a word or none, so they are ruled out after a few steps.
     */
    private static boolean atLeast(int[] a, int[] b, double threshold) {
        if (a.length == 0 && b.length == 0) {
            return 0 >= threshold;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int best = shared + Math.min(a.length - i, b.length - j);
            if (jaccard(best, a.length, b.length) < threshold) {
                return false;
            }
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return jaccard(shared, a.length, b.length) >= threshold;
    }

    private static double jaccard(int shared, int sizeA, int sizeB) {
        return (double) shared / (sizeA + sizeB - shared);
    }

    private static boolean similar(int[] a, int[] b) {
        // Jaccard cannot exceed smaller/larger, so many pairs are ruled out without comparing words
        int smaller = Math.min(a.length, b.length);
        int larger = Math.max(a.length, b.length);
        return smaller >= MIN_TITLE_SIMILARITY * larger && atLeast(a, b, MIN_TITLE_SIMILARITY);
    }

    private static boolean withinWindow(long secondsA, long secondsB) {
        return Math.abs(secondsA - secondsB) <= WINDOW.toSeconds();
    }

    /**
     * Disjoint sets over the articles' indexes; the smaller index is always the root, so the result does not depend
     * on order. Two sets are joined only if all their articles together fit in the {@link #WINDOW}.
     */
    private static final class UnionFind {
        private final int[] parent;
        private final Instant[] first;
        private final Instant[] last;

        UnionFind(List<Article> articles) {
            int n = articles.size();
            parent = new int[n];
            first = new Instant[n];
            last = new Instant[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                first[i] = articles.get(i).publishedAt();
                last[i] = first[i];
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
            if (rootA == rootB) {
                return;
            }
            Instant from = first[rootA].isBefore(first[rootB]) ? first[rootA] : first[rootB];
            Instant to = last[rootA].isAfter(last[rootB]) ? last[rootA] : last[rootB];
            if (Duration.between(from, to).compareTo(STORY_SPAN) > 0) {
                return;
            }
            int root = Math.min(rootA, rootB);
            parent[Math.max(rootA, rootB)] = root;
            first[root] = from;
            last[root] = to;
        }
    }
}
