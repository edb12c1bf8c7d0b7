package org.newsdigest.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.threads.BuildThreads;

/**
 * Assembles the {@link Digest} from the published articles: drops a second copy of the same story (same
 * {@code webUrl}), makes slugs, and so addresses, unique site-wide, groups articles by topic and provider slug so that names
 * differing only in case or spacing share a page, and groups different providers' reports of one event into
 * stories ({@link StoryGrouper}).
 */
public final class DigestBuilder {

    private final Path base;
    private final BuildThreads threads;

    /**
     * @param base    the folder that paths in warnings are shown relative to
     * @param threads the build's threads
     */
    public DigestBuilder(Path base, BuildThreads threads) {
        this.base = base;
        this.threads = threads;
    }

    /**
     * @param published   the valid articles marked {@code published: true}
     * @param withheld    what identifies the articles that are not published, to keep them out of related lists
     */
    public Digest build(List<Article> published, Withheld withheld, Problems problems) {
        List<Article> sorted = new ArrayList<>(threads.map(published, a -> withoutWithheldRelated(a, withheld)));
        sorted.sort(Article.NEWEST_FIRST);
        List<Article> unique = withoutDuplicateStories(sorted, problems);
        // at the same time: slugs and names, all that changes below, are not what stories are made of
        StoryGrouper grouper = new StoryGrouper();
        BuildThreads.Both<int[], List<Article>> grouped = threads.both(() -> grouper.storyOf(unique),
                () -> withDistinctNameSlugs(withUniqueSlugs(unique, problems), problems));
        List<Article> placed = grouped.second();
        Map<String, Topic> topicNames = canonicalNames(placed, a -> a.topics(), Topic::slug, Topic::name, Topic::new);
        Map<String, Provider> providerNames = canonicalNames(placed, a -> List.of(a.provider()), Provider::slug,
                Provider::name, (name, slug) -> new Provider(name, "", slug));
        List<Article> articles = placed.stream().map(a -> withCanonicalNames(a, topicNames, providerNames)).toList();
        return new Digest(articles,
                listings(articles, Article::topics, Topic::slug, Topic::name),
                listings(articles, a -> List.of(a.provider()), Provider::slug, Provider::name),
                grouper.stories(articles, grouped.first()));
    }

    /**
     * An unpublished article must not appear anywhere, so related entries that describe one (same web address or
     * same headline) are removed from published articles.
     */
    private static Article withoutWithheldRelated(Article article, Withheld withheld) {
        if (article.related().isEmpty()) {
            return article;
        }
        List<RelatedItem> kept = article.related().stream().filter(r -> !withheld.describes(r)).toList();
        return kept.size() == article.related().size() ? article : article.withRelated(kept);
    }

    private List<Article> withoutDuplicateStories(List<Article> sorted, Problems problems) {
        Map<URI, Article> kept = new LinkedHashMap<>();
        List<Article> result = new ArrayList<>();
        List<Article> byPreference = new ArrayList<>(sorted);
        // newer first, then higher quality: the copy a reader would want
        byPreference.sort(Comparator.comparing(Article::publishedAt).reversed()
                .thenComparing(Comparator.comparingInt(Article::quality).reversed())
                .thenComparing(a -> a.source().toString()));
        // by identity: a record's own hashCode walks every field, the body included, on every lookup
        Set<Article> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Article article : byPreference) {
            if (article.webUrl().isEmpty()) {
                continue;
            }
            Article first = kept.putIfAbsent(article.webUrl().get(), article);
            if (first != null) {
                dropped.add(article);
                problems.warning(SourcePosition.ofFile(article.source()), "the same story (webUrl "
                        + article.webUrl().get() + ") is also in " + DisplayPaths.show(first.source(), base)
                        + "; publishing only that copy. Remove one of the two files");
            }
        }
        for (Article article : sorted) {
            if (!dropped.contains(article)) {
                result.add(article);
            }
        }
        return result;
    }

    /**
     * The one rule for an article's address: its slug, unique site-wide. The first published (then by file) keeps a
     * slug and each later one gets the next free {@code -2}, {@code -3}; a slug of four digits is taken from the start,
     * by the archive of that year. Both with a warning, since the maintainer can settle it with a {@code slug:}.
     */
    private List<Article> withUniqueSlugs(List<Article> articles, Problems problems) {
        List<Article> firstPublishedFirst = new ArrayList<>(articles);
        firstPublishedFirst.sort(Article.FIRST_PUBLISHED);
        Set<String> wanted = new HashSet<>();
        articles.forEach(a -> wanted.add(a.slug()));
        Map<String, Article> taken = new HashMap<>();
        Map<Article, Article> renamed = new IdentityHashMap<>();
        for (Article article : firstPublishedFirst) {
            String slug = article.slug();
            Article owner = taken.get(slug);
            if (owner == null && !isYear(slug)) {
                taken.put(slug, article);
                continue;
            }
            // never a slug another article asks for itself, which would move that one instead
            int n = 2;
            while (taken.containsKey(slug + "-" + n) || wanted.contains(slug + "-" + n)) {
                n++;
            }
            String free = slug + "-" + n;
            taken.put(free, article);
            renamed.put(article, article.withSlug(free));
            if (owner == null) {
                problems.warning(SourcePosition.ofFile(article.source()), "its slug " + Quote.of(slug)
                        + " is four digits, the address of the archive of the year " + slug + "; publishing it as "
                        + Quote.of(free) + ". Give it a 'slug:' with a letter in it");
            } else {
                problems.warning(SourcePosition.ofFile(article.source()), "its slug " + Quote.of(slug) + " is already that of "
                        + DisplayPaths.show(owner.source(), base) + ", published first; publishing it as " + Quote.of(free)
                        + ". Give one of them a 'slug:' of its own");
            }
        }
        return articles.stream().map(a -> renamed.getOrDefault(a, a)).toList();
    }

    private static boolean isYear(String slug) {
        return slug.length() == 4 && slug.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Names that are the same name ({@link Slugs#nameKey}) share a page; different names never do, even where their
     * slugs agree ({@code C++} and {@code C-Plus-Plus}): the name first seen, oldest article first, keeps the slug
     * and each later one gets the next free {@code -2}, {@code -3}, with a warning naming both.
     */
    private List<Article> withDistinctNameSlugs(List<Article> articles, Problems problems) {
        List<Article> oldestFirst = new ArrayList<>(articles);
        oldestFirst.sort(Article.NEWEST_FIRST.reversed());
        // a few thousand names among tens of thousands of uses; normalising one is the costly part
        Map<String, String> keys = new HashMap<>();
        Function<String, String> nameKey = name -> keys.computeIfAbsent(name, Slugs::nameKey);
        Map<String, String> topicSlugs = distinctSlugs(oldestFirst, Article::topics, Topic::name, Topic::slug, "topic",
                nameKey, problems);
        Map<String, String> providerSlugs = distinctSlugs(oldestFirst, a -> List.of(a.provider()), Provider::name,
                Provider::slug, "provider", nameKey, problems);
        return articles.stream().map(a -> {
            List<Topic> topics = a.topics().stream().map(t -> new Topic(t.name(), topicSlugs.get(nameKey.apply(t.name())))).toList();
            Provider provider = new Provider(a.provider().name(), a.provider().domain(),
                    providerSlugs.get(nameKey.apply(a.provider().name())));
            return topics.equals(a.topics()) && provider.equals(a.provider()) ? a : new Article(a.source(), a.slug(), a.title(),
                    a.excerpt(), a.publishedAt(), a.originalUrl(), a.webUrl(), a.ampWebUrl(), a.cdnAmpWebUrl(), a.type(),
                    a.category(), a.quality(), a.heat(), a.published(), provider, topics, a.images(), a.related(), a.aliases(), a.bodyHtml());
        }).toList();
    }

    /** The slug of each name (by its {@link Slugs#nameKey}). */
    private <K> Map<String, String> distinctSlugs(List<Article> oldestFirst, Function<Article, List<K>> keysOf,
            Function<K, String> nameOf, Function<K, String> slugOf, String kind, Function<String, String> nameKey,
            Problems problems) {
        Map<String, K> firstByName = new LinkedHashMap<>();
        Map<String, Article> firstArticle = new HashMap<>();
        for (Article article : oldestFirst) {
            for (K key : keysOf.apply(article)) {
                String name = nameKey.apply(nameOf.apply(key));
                if (firstByName.putIfAbsent(name, key) == null) {
                    firstArticle.put(name, article);
                }
            }
        }
        Set<String> natural = new HashSet<>();
        firstByName.values().forEach(k -> natural.add(slugOf.apply(k)));
        Map<String, String> nameBySlug = new HashMap<>();
        Map<String, String> slugByName = new HashMap<>();
        firstByName.forEach((name, key) -> {
            String wanted = slugOf.apply(key);
            String owner = nameBySlug.get(wanted);
            String slug = wanted;
            if (owner != null) {
                int n = 2;
                while (natural.contains(wanted + "-" + n) || nameBySlug.containsKey(wanted + "-" + n)) {
                    n++;
                }
                slug = wanted + "-" + n;
                problems.warning(SourcePosition.ofFile(firstArticle.get(name).source()), "the " + kind + " "
                        + Quote.of(nameOf.apply(key)) + " and the " + kind + " " + Quote.of(nameOf.apply(firstByName.get(owner)))
                        + " of " + DisplayPaths.show(firstArticle.get(owner).source(), base) + " are different names with the same slug "
                        + Quote.of(wanted) + "; " + Quote.of(nameOf.apply(key)) + " gets a page of its own as " + Quote.of(slug)
                        + ". If they are one " + kind + ", spell them the same");
            }
            nameBySlug.put(slug, name);
            slugByName.put(name, slug);
        });
        return slugByName;
    }

    /** The display name of each slug: the spelling most articles use, ties broken alphabetically. */
    private static <K> Map<String, K> canonicalNames(List<Article> articles, Function<Article, List<K>> keys,
            Function<K, String> slugOf, Function<K, String> nameOf, java.util.function.BiFunction<String, String, K> make) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        for (Article article : articles) {
            for (K key : keys.apply(article)) {
                spellings.computeIfAbsent(slugOf.apply(key), s -> new TreeMap<>()).merge(nameOf.apply(key), 1, Integer::sum);
            }
        }
        Map<String, K> names = new HashMap<>();
        spellings.forEach((slug, counts) -> {
            String best = counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            names.put(slug, make.apply(best, slug));
        });
        return names;
    }

    private static Article withCanonicalNames(Article article, Map<String, Topic> topics, Map<String, Provider> providers) {
        List<Topic> canonical = article.topics().stream().map(t -> topics.get(t.slug())).distinct().toList();
        Provider provider = article.provider();
        Provider named = new Provider(providers.get(provider.slug()).name(), provider.domain(), provider.slug());
        return new Article(article.source(), article.slug(), article.title(), article.excerpt(), article.publishedAt(),
                article.originalUrl(), article.webUrl(), article.ampWebUrl(), article.cdnAmpWebUrl(), article.type(),
                article.category(), article.quality(), article.heat(), article.published(), named, canonical,
                article.images(), article.related(), article.aliases(), article.bodyHtml());
    }

    /** One listing per slug, sorted by name without regard to case, then by slug. */
    private static <K> List<Digest.Listing<K>> listings(List<Article> newestFirst, Function<Article, List<K>> keysOf,
            Function<K, String> slugOf, Function<K, String> nameOf) {
        Map<String, K> keyBySlug = new HashMap<>();
        Map<String, List<Article>> articlesBySlug = new HashMap<>();
        for (Article article : newestFirst) {
            for (K key : keysOf.apply(article)) {
                keyBySlug.putIfAbsent(slugOf.apply(key), key);
                articlesBySlug.computeIfAbsent(slugOf.apply(key), k -> new ArrayList<>()).add(article);
            }
        }
        Comparator<K> byName = Comparator.comparing((K k) -> nameOf.apply(k).toLowerCase(Locale.ROOT)).thenComparing(slugOf);
        return keyBySlug.values().stream().sorted(byName)
                .map(key -> new Digest.Listing<>(key, articlesBySlug.get(slugOf.apply(key))))
                .toList();
    }
}
