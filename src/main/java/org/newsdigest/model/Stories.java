package org.newsdigest.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The published articles grouped into stories: each article belongs to exactly one {@link Story}, alone or with
 * other providers' coverage of the same event. Made by {@link StoryGrouper}; immutable.
 */
public final class Stories {

    /**
     * The order top stories are ranked in: hottest first, then the higher quality, then {@link Article#NEWEST_FIRST}
     * so that equal scores still give one order.
     */
    public static final Comparator<Article> TOP_FIRST = Comparator.comparingInt(Article::heat).reversed()
            .thenComparing(Comparator.comparingInt(Article::quality).reversed())
            .thenComparing(Article.NEWEST_FIRST);

    /** One event and every published article about it, newest first. */
    public record Story(List<Article> articles) {
        public Story {
            articles = List.copyOf(articles);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("a story has at least one article");
            }
        }

        /** The story's other articles: what a reader of {@code article} can also read about the same event. */
        public List<Article> coverageBesides(Article article) {
            return articles.stream().filter(other -> !other.source().equals(article.source())).toList();
        }
    }

    private final List<Story> stories;
    /** Articles are keyed by their file, which is unique and cheaper to hash than the whole record. */
    private final Map<Path, Story> storyBySource;

    /** @param stories every story; each article in exactly one of them */
    public Stories(List<Story> stories) {
        this.stories = List.copyOf(stories);
        Map<Path, Story> bySource = new HashMap<>();
        for (Story story : this.stories) {
            for (Article article : story.articles()) {
                if (bySource.put(article.source(), story) != null) {
                    throw new IllegalArgumentException("article in two stories: " + article.source());
                }
            }
        }
        // not copied again: of 10,000s of articles, a second hash table costs as much as the first
        this.storyBySource = Collections.unmodifiableMap(bySource);
    }

    /** Every story, ordered by its newest article as {@link Article#NEWEST_FIRST} orders articles. */
    public List<Story> all() {
        return stories;
    }

    /** The story {@code article} belongs to. */
    public Story of(Article article) {
        Story story = storyBySource.get(article.source());
        if (story == null) {
            throw new IllegalArgumentException("not a published article: " + article.source());
        }
        return story;
    }

    /** The other published articles about the same event as {@code article}, newest first. */
    public List<Article> coverageBesides(Article article) {
        return of(article).coverageBesides(article);
    }

    /**
     * The {@code count} top stories, one article per story: each story is represented by its best-ranked article
     * ({@link #TOP_FIRST}), and stories are ranked by that article.
     */
    public List<Article> top(int count) {
        List<Article> ranked = new ArrayList<>(storyBySource.size());
        stories.forEach(story -> ranked.addAll(story.articles()));
        ranked.sort(TOP_FIRST);
        // by identity: each story is one object here, and hashing a record would hash all its articles
        Set<Story> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Article> top = new ArrayList<>(count);
        for (Article article : ranked) {
            if (top.size() == count) {
                break;
            }
            if (taken.add(of(article))) {
                top.add(article);
            }
        }
        return List.copyOf(top);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stories that && stories.equals(that.stories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stories);
    }

    @Override
    public String toString() {
        return "Stories" + stories;
    }
}
