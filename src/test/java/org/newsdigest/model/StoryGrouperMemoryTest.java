package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A grouping that takes the pairs the last one found ({@link StoryMemory}) makes exactly the stories a grouping from
 * scratch makes, whatever changed in between: headlines that join or split stories, dates moved across the window,
 * articles added, removed or unpublished, related links added or dropped, web addresses changed.
 */
class StoryGrouperMemoryTest {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final String[] WORDS = {"court", "chip", "robot", "vision", "rules", "market", "cloud", "launch",
        "privacy", "tokyo", "camera", "night", "sensor", "quantum", "trial", "funding"};

    /** Keeps what it is given, as the cache does between builds. */
    private static final class Kept implements StoryMemory {
        private Optional<StoryPairs> pairs = Optional.empty();

        @Override
        public Optional<StoryPairs> recall() {
            return pairs;
        }

        @Override
        public void keep(StoryPairs kept) {
            pairs = Optional.of(kept);
        }
    }

    @Test
    void keptPairsGroupAsFromScratchOverManyRandomEdits() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            Corpus corpus = new Corpus(random);
            Kept kept = new Kept();
            for (int i = 0; i < 150 + random.nextInt(150); i++) {
                corpus.add();
            }
            assertSameStories(corpus.articles(), kept, "seed " + seed + " first build");
            int reused = 0;
            for (int round = 0; round < 120; round++) {
                boolean wereDistinct = corpus.distinctWebUrls();
                if (round % 15 == 0) {
                    corpus.separateWebUrls();
                }
                int edits = 1 + random.nextInt(round % 10 == 9 ? 40 : 4);
                for (int e = 0; e < edits; e++) {
                    corpus.edit();
                }
                reused += wereDistinct && corpus.distinctWebUrls() ? 1 : 0;
                assertSameStories(corpus.articles(), kept, "seed " + seed + " round " + round);
            }
            assertTrue(reused >= 60, "the kept pairs were used in " + reused + " of 120 rounds");
        }
    }

    /** Pairs found once are taken as they were: a forged pair between two unchanged articles joins them. */
    @Test
    void pairsOfUnchangedArticlesAreTakenAsKept() {
        List<Article> articles = List.of(
                article(1, "Robots learn to fold laundry", START.plusSeconds(7200), List.of()),
                article(2, "Chip makers race to smaller nodes", START.plusSeconds(3600), List.of()),
                article(3, "Court rules on facial recognition", START, List.of()));
        Kept kept = new Kept();
        int[] scratch = new StoryGrouper(kept).storyOf(articles);
        assertArrayEquals(new int[] {0, 1, 2}, scratch);
        StoryPairs found = kept.pairs.orElseThrow();
        int[] similarEnds = {1, 1, 1};
        kept.keep(new StoryPairs(List.of(found.source(0), found.source(1), found.source(2)),
                new long[] {found.fingerprint(0), found.fingerprint(1), found.fingerprint(2)}, similarEnds, new int[] {2},
                new int[] {0, 0, 0}, new int[] {}));
        assertArrayEquals(new int[] {0, 1, 0}, new StoryGrouper(kept).storyOf(articles));

        // changed, the article is compared again, and the forged pair goes
        List<Article> edited = List.of(articles.get(0), articles.get(1),
                articles.get(2).toBuilder().title("Court rules on facial recognition again").build());
        kept.keep(new StoryPairs(List.of(found.source(0), found.source(1), found.source(2)),
                new long[] {found.fingerprint(0), found.fingerprint(1), found.fingerprint(2)}, similarEnds, new int[] {2},
                new int[] {0, 0, 0}, new int[] {}));
        assertArrayEquals(new int[] {0, 1, 2}, new StoryGrouper(kept).storyOf(edited));
    }

    @Test
    void pairsThatDoNotDescribeTheirArticlesAreRefused() {
        List<String> sources = List.of("a", "b");
        long[] fingerprints = {1, 2};
        assertThrows(() -> new StoryPairs(sources, fingerprints, new int[] {1, 1}, new int[] {2}, new int[] {0, 0}, new int[0]));
        assertThrows(() -> new StoryPairs(sources, fingerprints, new int[] {1, 0}, new int[] {1}, new int[] {0, 0}, new int[0]));
        assertThrows(() -> new StoryPairs(sources, fingerprints, new int[] {0, 0}, new int[] {1}, new int[] {0, 0}, new int[0]));
        assertThrows(() -> new StoryPairs(sources, new long[] {1}, new int[] {0, 0}, new int[0], new int[] {0, 0}, new int[0]));
        assertThrows(() -> new StoryPairs(sources, fingerprints, new int[] {0, 0}, new int[0], new int[] {0, 1}, new int[] {-1}));
    }

    private static void assertThrows(Runnable making) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, making::run);
    }

    private static void assertSameStories(List<Article> newestFirst, Kept kept, String what) {
        int[] expected = new StoryGrouper().storyOf(newestFirst);
        int[] actual = new StoryGrouper(kept).storyOf(newestFirst);
        assertArrayEquals(expected, actual, what);
        assertEquals(new StoryGrouper().stories(newestFirst, expected).all(),
                new StoryGrouper().stories(newestFirst, actual).all(), what);
        assertFalse(kept.pairs.isEmpty());
    }

    /** Articles over about two weeks with headlines of few words, so that many are one story and many chain. */
    private static final class Corpus {
        private final Random random;
        private final List<Article> articles = new ArrayList<>();
        private int next;

        Corpus(Random random) {
            this.random = random;
        }

        List<Article> articles() {
            List<Article> sorted = new ArrayList<>(articles);
            sorted.sort(Article.NEWEST_FIRST);
            return sorted;
        }

        void add() {
            int id = next++;
            articles.add(article(id, headline(), START.plusSeconds(random.nextInt(14 * 24 * 3600)), related()));
        }

        void edit() {
            if (articles.isEmpty()) {
                add();
                return;
            }
            int at = random.nextInt(articles.size());
            Article article = articles.get(at);
            switch (random.nextInt(9)) {
                case 0 -> add();
                // removed, or unpublished: the digest no longer holds it
                case 1 -> articles.remove(at);
                // joins the story of another headline, or splits from its own
                case 2 -> articles.set(at, article.toBuilder().title(articles.get(random.nextInt(articles.size())).title()).build());
                case 3 -> articles.set(at, article.toBuilder().title(headline()).build());
                // moved across the window of its neighbours, or by a second
                case 4 -> articles.set(at, article.toBuilder().publishedAt(article.publishedAt()
                        .plus(Duration.ofHours(random.nextInt(200) - 100))).build());
                case 5 -> articles.set(at, article.toBuilder().publishedAt(article.publishedAt().plusSeconds(1)).build());
                case 6 -> {
                    List<RelatedItem> related = new ArrayList<>(article.related());
                    related.add(random.nextInt(related.size() + 1), relatedTo(random.nextInt(next + 3)));
                    articles.set(at, article.toBuilder().related(related).build());
                }
                case 7 -> articles.set(at, article.toBuilder().related(List.of()).build());
                // a new address, none, or rarely the address of another article, which the digest never holds
                default -> {
                    int kind = random.nextInt(8);
                    Optional<URI> url = kind == 0 ? Optional.empty()
                            : Optional.of(webUrl(kind == 1 && random.nextInt(3) == 0 ? random.nextInt(next) : next++));
                    articles.set(at, article.toBuilder().webUrl(url).build());
                }
            }
        }

        /** Whether no two articles have one web address; else the grouping starts from scratch. */
        boolean distinctWebUrls() {
            return articles.stream().flatMap(a -> a.webUrl().stream()).distinct().count()
                    == articles.stream().filter(a -> a.webUrl().isPresent()).count();
        }

        /** Gives the second and later articles of one web address new ones. */
        void separateWebUrls() {
            Set<URI> seen = new HashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                Optional<URI> url = articles.get(i).webUrl();
                if (url.isPresent() && !seen.add(url.get())) {
                    articles.set(i, articles.get(i).toBuilder().webUrl(Optional.of(webUrl(next++))).build());
                }
            }
        }

        private String headline() {
            int length = 2 + random.nextInt(4);
            StringBuilder headline = new StringBuilder();
            for (int w = 0; w < length; w++) {
                headline.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(3) == 0 ? " on " : " ");
            }
            return headline.toString().trim();
        }

        private List<RelatedItem> related() {
            List<RelatedItem> related = new ArrayList<>();
            for (int r = random.nextInt(4); r > 0; r--) {
                related.add(relatedTo(random.nextInt(next + 3)));
            }
            return related;
        }
    }

    private static URI webUrl(int id) {
        return URI.create("https://news" + id % 7 + ".example/" + id);
    }

    private static RelatedItem relatedTo(int id) {
        return new RelatedItem("Related", "", Optional.empty(), Optional.of(webUrl(id)), Optional.empty(), Optional.empty(),
                "", 0, Optional.empty(), List.of());
    }

    private static Article article(int id, String title, Instant at, List<RelatedItem> related) {
        return Article.builder().source(Path.of("seeds", id + ".md")).title(title).publishedAt(at)
                .webUrl(Optional.of(webUrl(id))).type("article").category("news").published(true)
                .provider(Provider.named("p" + id % 5, "p" + id % 5 + ".example")).related(related).build();
    }
}
