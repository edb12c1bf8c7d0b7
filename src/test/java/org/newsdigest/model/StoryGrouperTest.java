package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private final StoryGrouper grouper = new StoryGrouper();

    @Test
    void headlineWordsAreCaseFoldedAndAtLeastThreeLettersLong() {
        assertEquals(Set.of("china", "supreme", "court", "sets", "limits", "facial", "recognition"),
                StoryGrouper.titleWords("China’s supreme court sets limits on facial recognition"));
        assertEquals(Set.of("adds", "reflection"), StoryGrouper.titleWords("C++ 26 adds reflection"));
        assertEquals(Set.of("東京で新しいaiラボが開設"), StoryGrouper.titleWords("東京で新しいAIラボが開設"));
        assertEquals(Set.of("café", "müller"), StoryGrouper.titleWords("CAFÉ Müller: a b"));
        assertEquals(Set.of(), StoryGrouper.titleWords("A is on"));
    }

    @Test
    void wordCharactersAreTheLettersMarksAndDigitsOfUnicode() {
        Pattern letterMarkOrDigit = Pattern.compile("[\\p{L}\\p{M}\\p{N}]");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(letterMarkOrDigit.matcher(Character.toString(cp)).matches(), StoryGrouper.isWordCharacter(cp),
                    "U+" + Integer.toHexString(cp));
        }
        assertEquals(Set.of("नमस्ते", "दुनिया"), StoryGrouper.titleWords("नमस्ते, दुनिया!"));
    }

    @Test
    void similarityIsSharedWordsOverAllWords() {
        Set<String> star = StoryGrouper.titleWords("China's top court outlines facial recognition infringement");
        Set<String> bigNews = StoryGrouper.titleWords("China's top court specifies rules for facial recognition");
        Set<String> techNode = StoryGrouper.titleWords("China’s supreme court sets limits on facial recognition");
        assertEquals(5.0 / 10, StoryGrouper.similarity(star, bigNews));
        assertEquals(4.0 / 11, StoryGrouper.similarity(techNode, bigNews));
        assertEquals(0.0, StoryGrouper.similarity(Set.of(), Set.of()));
    }

    @Test
    void similarHeadlinesWithinThreeDaysAreOneStory() {
        Article bigNews = article("bignews", "China's top court specifies rules for facial recognition", "2021-07-28T02:44:00Z");
        Article star = article("star", "China's top court outlines facial recognition infringement", "2021-07-28T12:39:00Z");
        Article techNode = article("technode", "China’s supreme court sets limits on facial recognition", "2021-07-29T11:09:00Z");

        assertEquals(List.of(List.of("technode"), List.of("star", "bignews")), groups(techNode, star, bigNews));
    }

    @Test
    void theSameHeadlineMoreThanThreeDaysLaterIsAnotherStory() {
        Article first = article("first", "China's top court specifies rules for facial recognition", "2021-07-28T00:00:00Z");
        Article atTheLimit = article("limit", "China's top court specifies rules for facial recognition", "2021-07-31T00:00:00Z");
        Article tooLate = article("late", "China's top court specifies rules for facial recognition", "2021-08-03T00:00:01Z");

        assertEquals(List.of(List.of("late"), List.of("limit", "first")), groups(tooLate, atTheLimit, first));
    }

    @Test
    void aRelatedLinkEitherWayMakesOneStoryEvenWithDifferentHeadlines() {
        Article techNode = article("technode", "China’s supreme court sets limits on facial recognition", "2021-07-29T11:09:00Z",
                related("https://jurist.example/misuse"));
        Article jurist = article("jurist", "China Supreme Court issues regulations against misuse of facial recognition technology",
                "2021-08-01T03:08:00Z");
        Article star = article("star", "China's top court outlines facial recognition infringement", "2021-07-28T12:39:00Z",
                related("https://technode.example/limits"));
        Article other = article("other", "Moscow Metro tests fare payments by facial recognition", "2021-07-30T09:31:00Z");

        assertEquals(List.of(List.of("jurist", "technode", "star"), List.of("other")), groups(jurist, other, techNode, star));
    }

    @Test
    void aRelatedLinkToAStoryMoreThanThreeDaysAwayDoesNotGroup() {
        Article techNode = article("technode", "China’s supreme court sets limits on facial recognition", "2021-07-29T11:09:00Z",
                related("https://moscow.example/metro"));
        Article moscow = article("moscow", "Moscow Metro tests fare payments by facial recognition", "2021-08-02T09:31:00Z");

        assertEquals(List.of(List.of("moscow"), List.of("technode")), groups(moscow, techNode));
    }

    @Test
    void groupingIsTransitiveAndTheSameWhateverTheLinksDirection() {
        // a–b by headline, b–c by a related link, c–d by headline: one story, though a and d have little in common
        Article a = article("a", "Parliament agrees rules for artificial intelligence", "2024-03-01T12:00:00Z");
        Article b = article("b", "Parliament agrees artificial intelligence rules today", "2024-03-01T12:00:00Z",
                related("https://c.example/"));
        Article c = article("c", "Lawmakers strike artificial intelligence deal with parliament", "2024-03-02T12:00:00Z");
        Article d = article("d", "Lawmakers strike artificial intelligence deal late", "2024-03-04T12:00:00Z");
        Article e = article("e", "Robots learn to fold laundry", "2024-03-03T12:00:00Z");

        List<List<String>> expected = List.of(List.of("d", "c", "b", "a"), List.of("e"));
        assertEquals(expected, groups(d, e, c, b, a));
        Article cLinkingBack = article("c", "Lawmakers strike artificial intelligence deal with parliament", "2024-03-02T12:00:00Z",
                related("https://b.example/"));
        Article bWithout = article("b", "Parliament agrees artificial intelligence rules today", "2024-03-01T12:00:00Z");
        assertEquals(expected, groups(d, e, cLinkingBack, bWithout, a));
    }

    @Test
    void aStoryEndsFiveDaysAfterItsFirstReportHoweverItsHeadlinesChain() {
        // each headline shares most words with the next, a day later: a chain, but not one event
        Article monday = article("monday", "Storm hits northern coast towns", "2024-03-04T09:00:00Z");
        Article tuesday = article("tuesday", "Storm hits northern coast villages", "2024-03-05T09:00:00Z");
        Article wednesday = article("wednesday", "Second storm hits northern coast villages", "2024-03-06T09:00:00Z");
        Article thursday = article("thursday", "Second storm hits northern coast harbours", "2024-03-07T09:00:00Z");
        Article friday = article("friday", "Third storm hits northern coast harbours", "2024-03-08T09:00:00Z");
        Article saturday = article("saturday", "Third storm hits southern coast harbours", "2024-03-09T09:00:00Z");
        Article sunday = article("sunday", "Third storm hits southern coast bridges", "2024-03-10T09:00:00Z");

        assertEquals(List.of(List.of("sunday"), List.of("saturday", "friday", "thursday", "wednesday", "tuesday", "monday")),
                groups(sunday, saturday, friday, thursday, wednesday, tuesday, monday));
    }

    @Test
    void aRelatedLinkBetweenHeadlinesWithLittleInCommonDoesNotGroup() {
        // the seeds' TechNode article lists a Moscow Metro story among its related links: another event
        Article techNode = article("technode", "China’s supreme court sets limits on facial recognition", "2021-07-29T11:09:00Z",
                related("https://moscow.example/metro"));
        Article moscow = article("moscow", "Moscow Metro tests fare payments by facial recognition", "2021-07-30T09:31:00Z");

        assertEquals(0.25, StoryGrouper.MIN_LINKED_TITLE_SIMILARITY);
        assertEquals(List.of(List.of("moscow"), List.of("technode")), groups(moscow, techNode));
    }

    @Test
    void coverageBesidesAnArticleIsTheRestOfItsStoryNewestFirst() {
        Article a = article("a", "Chip makers race to two nanometres", "2024-03-02T09:00:00Z");
        Article b = article("b", "Chip makers race to two nanometres, again", "2024-03-02T08:00:00Z");
        Article c = article("c", "The chip makers race to two nanometres", "2024-03-01T08:00:00Z");
        Stories stories = grouper.group(List.of(a, b, c));

        assertEquals(List.of("b", "c"), names(stories.coverageBesides(a)));
        assertEquals(List.of("a", "c"), names(stories.coverageBesides(b)));
        assertEquals(List.of("a", "b", "c"), names(stories.of(c).articles()));
    }

    @Test
    void topStoriesRankByHeatThenQualityWithOneArticlePerStory() {
        Article hot = article("hot", "Robots learn to fold laundry", "2024-03-01T09:00:00Z", 90, 50);
        Article hotCopy = article("hot-copy", "Robots learn to fold laundry fast", "2024-03-01T10:00:00Z", 80, 99);
        Article warmBetter = article("warm-better", "Chip makers race to two nanometres", "2024-03-02T09:00:00Z", 40, 70);
        Article warm = article("warm", "Cameras that see in the dark", "2024-03-03T09:00:00Z", 40, 60);
        Article warmNewer = article("warm-newer", "Parliament agrees rules", "2024-03-04T09:00:00Z", 40, 60);
        Article cold = article("cold", "C++ 26 adds reflection", "2024-03-05T09:00:00Z", -1, 99);
        Stories stories = grouper.group(List.of(cold, warmNewer, warm, warmBetter, hotCopy, hot));

        assertEquals(List.of("hot", "warm-better", "warm-newer", "warm"), names(stories.top(4)));
        assertEquals(List.of("hot", "warm-better", "warm-newer", "warm", "cold"), names(stories.top(10)));
        assertEquals(List.of(), names(stories.top(0)));
    }

    /** An ASCII headline's words are found without the normaliser and without a string each: the same words. */
    @Test
    void theWordNumbersOfAHeadlineAreThoseOfItsWords() {
        List<String> titles = new ArrayList<>(List.of("China’s supreme court", "CAFÉ Müller: a b", "C++ 26 adds reflection",
                "Robots take over robots TAKE OVER", "", "abc", "ab", "abc-def_ghi.JKL", "東京で新しいAIラボが開設"));
        Random random = new Random(17);
        for (int n = 0; n < 50_000; n++) {
            char[] title = new char[random.nextInt(60)];
            for (int i = 0; i < title.length; i++) {
                title[i] = (char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : "  -'.AbcDEfgH0129zZ".charAt(random.nextInt(19)));
            }
            titles.add(new String(title));
        }
        WordNumbers numbers = new WordNumbers();
        StoryGrouper.IntList room = new StoryGrouper.IntList();
        for (String title : titles) {
            int[] expected = StoryGrouper.titleWords(title).stream().mapToInt(numbers::of).sorted().toArray();
            int before = numbers.size();
            assertArrayEquals(expected, StoryGrouper.wordNumbers(title, numbers, room), title);
            assertEquals(before, numbers.size(), "no word numbered that is not one of the headline's: " + title);
        }
    }

    /** Oldest first and, at one instant, in the given order: read backwards from a newest-first list, sorted from any other. */
    @Test
    void articlesAreComparedOldestFirst() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                articles.add(article("a" + i, "Headline " + i, "2021-07-" + (10 + random.nextInt(3)) + "T0" + random.nextInt(2)
                        + ":00:00Z"));
            }
            if (round % 2 == 0) {
                articles.sort(Comparator.comparing(Article::publishedAt).reversed());
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                expected.add(i);
            }
            expected.sort(Comparator.comparing((Integer i) -> articles.get(i).publishedAt()).thenComparing(i -> i));
            assertEquals(expected, Arrays.stream(StoryGrouper.oldestFirst(articles)).boxed().toList());
        }
    }

    @Test
    void noArticlesNoStories() {
        assertEquals(List.of(), grouper.group(List.of()).all());
        assertEquals(List.of(), grouper.group(List.of()).top(4));
    }

    /** The stories of {@code newestFirst}, each as the names of its articles. */
    private List<List<String>> groups(Article... newestFirst) {
        List<Article> sorted = new ArrayList<>(Arrays.asList(newestFirst));
        sorted.sort(Article.NEWEST_FIRST);
        assertEquals(sorted, List.of(newestFirst), "test articles are given newest first, as the digest holds them");
        return grouper.group(sorted).all().stream().map(story -> names(story.articles())).toList();
    }

    private static List<String> names(List<Article> articles) {
        return articles.stream().map(a -> a.slug()).toList();
    }

    private static RelatedItem related(String webUrl) {
        return new RelatedItem("Related", "", Optional.empty(), Optional.of(URI.create(webUrl)), Optional.empty(), Optional.empty(),
                "", 0, Optional.empty(), List.of());
    }

    private static Article article(String name, String title, String instant, RelatedItem... related) {
        return article(name, title, instant, 0, 0, related);
    }

    /** An article whose slug is {@code name} and whose web address is {@code https://<name>.example/}. */
    private static Article article(String name, String title, String instant, int heat, int quality, RelatedItem... related) {
        String host = switch (name) {
            case "technode" -> "technode.example/limits";
            case "jurist" -> "jurist.example/misuse";
            case "moscow" -> "moscow.example/metro";
            default -> name + ".example/";
        };
        return Article.builder().source(Path.of("seeds", name + ".md")).title(title).publishedAt(Instant.parse(instant))
                .webUrl(Optional.of(URI.create("https://" + host))).type("article").category("news").quality(quality).heat(heat)
                .published(true).provider(Provider.named(name, name + ".example")).related(List.of(related)).build();
    }
}
