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
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.threads.BuildThreads;

/**
 * Assembles the {@link Digest} from the published articles: drops a second copy of the same story (same
 * {@code webUrl}), reports an address or alias two articles share as an error, groups articles by topic and provider slug so that names
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
        StoryGrouper grouper = new StoryGrouper();
        // at the same time, each reporting apart so that the problems keep one order: stories and the checks of
        // addresses, which read the articles, and the slugs and names of topics and providers, all that changes below
        Problems clashes = new Problems();
        Problems names = new Problems();
        BuildThreads.Both<int[], List<Article>> settled = threads.both(() -> {
            List<Article> byFile = byFile(unique);
            checkDistinctSlugs(byFile, clashes);
            checkDistinctAliases(byFile, clashes);
            return grouper.storyOf(unique);
        }, () -> withDistinctNamesAndSlugs(unique, names));
        problems.addAll(clashes.list());
        problems.addAll(names.list());
        List<Article> articles = settled.second();
        List<Object> parts = threads.invokeAll(List.<Callable<Object>>of(
                () -> listings(articles, Article::topics, Topic::slug, Topic::name),
                () -> listings(articles, a -> List.of(a.provider()), Provider::slug, Provider::name),
                () -> grouper.stories(articles, settled.first())));
        @SuppressWarnings("unchecked")
        List<Digest.Listing<Topic>> topics = (List<Digest.Listing<Topic>>) parts.get(0);
        @SuppressWarnings("unchecked")
        List<Digest.Listing<Provider>> providers = (List<Digest.Listing<Provider>>) parts.get(1);
        return new Digest(articles, topics, providers, (Stories) parts.get(2));
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
        // newer first, then higher quality: the copy a reader would want; a total order, as no two articles share a file
        Comparator<Article> preferred = Comparator.comparing(Article::publishedAt).reversed()
                .thenComparing(Comparator.comparingInt(Article::quality).reversed())
                .thenComparing(a -> a.source().toString());
        Map<URI, Article> kept = new HashMap<>();
        List<Article> dropped = new ArrayList<>();
        for (Article article : sorted) {
            if (article.webUrl().isEmpty()) {
                continue;
            }
            Article first = kept.putIfAbsent(article.webUrl().get(), article);
            if (first != null) {
                boolean better = preferred.compare(article, first) < 0;
                if (better) {
                    kept.put(article.webUrl().get(), article);
                }
                dropped.add(better ? first : article);
            }
        }
        if (dropped.isEmpty()) {
            return sorted;
        }
        // warned about in the order of preference, each naming the copy kept
        dropped.sort(preferred);
        for (Article article : dropped) {
            Article first = kept.get(article.webUrl().get());
            problems.warning(SourcePosition.ofFile(article.source()), "the same story (webUrl "
                    + article.webUrl().get() + ") is also in " + DisplayPaths.show(first.source(), base)
                    + "; publishing only that copy. Remove one of the two files");
        }
        // by identity: a record's own hashCode walks every field, the body included, on every lookup
        Set<Article> droppedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        droppedSet.addAll(dropped);
        List<Article> result = new ArrayList<>(sorted.size() - dropped.size());
        for (Article article : sorted) {
            if (!droppedSet.contains(article)) {
                result.add(article);
            }
        }
        return result;
    }

    /**
     * The one rule for an article's address: its slug, which no two published articles may share. No rule could tell
     * which of two is the one readers know, without a record of past builds: the older one may be a backfill, and a
     * renamed one would move the other's page without a trace. So each one past the first (by file) is an error, and
     * the maintainer settles it with a {@code slug:} and, for an address that was published, an alias.
     */
    private void checkDistinctSlugs(List<Article> byFile, Problems problems) {
        Map<String, Article> owners = new HashMap<>();
        for (Article article : byFile) {
            Article owner = owners.putIfAbsent(article.slug(), article);
            if (owner != null) {
                problems.error(article.slugAt(), "its address " + Quote.of(Slugs.articlePath(article.slug()))
                        + " is also that of " + DisplayPaths.show(owner.source(), base) + "; give one of them a 'slug:' of "
                        + "its own, and list the address it had under its 'aliases:' if it was published");
            }
        }
    }

    /**
     * An alias two published articles claim would send readers to one of them at random as the site changes, so it is an
     * error like a shared slug. Compared as files on a disk that ignores case, where sites are cloned and previewed.
     */
    private void checkDistinctAliases(List<Article> byFile, Problems problems) {
        record Claim(Article article, Alias alias) {
        }
        Map<String, Claim> claims = new HashMap<>();
        for (Article article : byFile) {
            Set<String> own = new HashSet<>();
            for (Alias alias : article.aliases()) {
                if (!own.add(alias.fileKey())) {
                    continue;
                }
                Claim first = claims.putIfAbsent(alias.fileKey(), new Claim(article, alias));
                if (first != null) {
                    String spelt = first.alias().path().equals(alias.path()) ? ""
                            : " as " + Quote.of("/" + first.alias().path()) + ", the same page on a disk that ignores case";
                    problems.error(alias.at(), "its alias " + Quote.of("/" + alias.path()) + " is also an alias of "
                            + DisplayPaths.show(first.article().source(), base) + spelt + "; keep it under the 'aliases:' of "
                            + "the one article that was published at that address, and remove it from the other");
                }
            }
        }
    }

    private static List<Article> byFile(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(a -> a.source().toString()));
        return sorted;
    }

    /**
     * Names that are the same name ({@link Slugs#nameKey}) share a page; different names never do, even where their
     * slugs agree ({@code C++} and {@code C-Plus-Plus}): the name first seen, oldest article first, keeps the slug
     * and each later one gets the next free {@code -2}, {@code -3}, with a warning naming both. Each page then shows
     * its {@link #canonicalName}.
     */
    private List<Article> withDistinctNamesAndSlugs(List<Article> newestFirst, Problems problems) {
        // Article.NEWEST_FIRST is a total order (no two articles share a file), so its reverse is the list reversed
        List<Article> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        // a few thousand names among tens of thousands of uses; normalising one is the costly part
        Map<String, String> keys = new HashMap<>();
        Function<String, String> nameKey = name -> keys.computeIfAbsent(name, Slugs::nameKey);
        Map<String, String> topicSlugs = distinctSlugs(oldestFirst, Article::topics, Topic::name, Topic::slug, "topic",
                nameKey, problems);
        Map<String, String> providerSlugs = distinctSlugs(oldestFirst, a -> List.of(a.provider()), Provider::name,
                Provider::slug, "provider", nameKey, problems);
        Map<String, String> topicNames = canonicalNames(newestFirst, Article::topics, Topic::name,
                name -> topicSlugs.get(nameKey.apply(name)));
        Map<String, String> providerNames = canonicalNames(newestFirst, a -> List.of(a.provider()), Provider::name,
                name -> providerSlugs.get(nameKey.apply(name)));
        // one topic object for each page, as every spelling of a name becomes its page's name
        Map<String, Topic> topicBySlug = new HashMap<>();
        Map<String, Topic> topicByName = new HashMap<>();
        Function<Topic, Topic> canonicalTopic = topic -> topicByName.computeIfAbsent(topic.name(), name -> {
            String slug = topicSlugs.get(nameKey.apply(name));
            return topicBySlug.computeIfAbsent(slug, s -> new Topic(topicNames.get(s), s));
        });
        Map<String, String> providerSlugByName = new HashMap<>();
        List<Article> placed = new ArrayList<>(newestFirst.size());
        for (Article article : newestFirst) {
            List<Topic> topics = new ArrayList<>(article.topics().size());
            for (Topic topic : article.topics()) {
                Topic canonical = canonicalTopic.apply(topic);
                if (!topics.contains(canonical)) {
                    topics.add(canonical);
                }
            }
            Provider provider = article.provider();
            String slug = providerSlugByName.computeIfAbsent(provider.name(), name -> providerSlugs.get(nameKey.apply(name)));
            Provider named = new Provider(providerNames.get(slug), provider.domain(), slug);
            placed.add(topics.equals(article.topics()) && named.equals(provider) ? article
                    : article.toBuilder().provider(named).topics(topics).build());
        }
        return placed;
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

    /**
     * The display name of each slug: the spelling most articles use, ties broken alphabetically.
     *
     * @param slugOf the slug of a name as written
     */
    private static <K> Map<String, String> canonicalNames(List<Article> articles, Function<Article, List<K>> keysOf,
            Function<K, String> nameOf, Function<String, String> slugOf) {
        // counted by spelling, a few thousand, not by slug and spelling for each of tens of thousands of uses
        Map<String, int[]> uses = new HashMap<>();
        for (Article article : articles) {
            for (K key : keysOf.apply(article)) {
                uses.computeIfAbsent(nameOf.apply(key), name -> new int[1])[0]++;
            }
        }
        // hashed, not sorted: the best spelling of each slug is the same in any order
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> bestUses = new HashMap<>();
        uses.forEach((name, count) -> {
            String slug = slugOf.apply(name);
            String best = names.get(slug);
            int most = best == null ? 0 : bestUses.get(slug);
            if (best == null || count[0] > most || (count[0] == most && name.compareTo(best) < 0)) {
                names.put(slug, name);
                bestUses.put(slug, count[0]);
            }
        });
        return names;
    }

    /** One listing per slug, sorted by name without regard to case, then by slug. */
    private static <K> List<Digest.Listing<K>> listings(List<Article> newestFirst, Function<Article, List<K>> keysOf,
            Function<K, String> slugOf, Function<K, String> nameOf) {
        record Listed<K>(K key, String slug, List<Article> articles) {
        }
        Map<String, Listed<K>> bySlug = new HashMap<>();
        for (Article article : newestFirst) {
            for (K key : keysOf.apply(article)) {
                String slug = slugOf.apply(key);
                Listed<K> listed = bySlug.get(slug);
                if (listed == null) {
                    listed = new Listed<>(key, slug, new ArrayList<>());
                    bySlug.put(slug, listed);
                }
                listed.articles().add(article);
            }
        }
        // each name lower-cased once, not at each of the sort's comparisons
        record Sorted<K>(String lowerName, Listed<K> listed) {
        }
        List<Sorted<K>> sorted = new ArrayList<>(bySlug.size());
        bySlug.values().forEach(listed -> sorted.add(new Sorted<>(nameOf.apply(listed.key()).toLowerCase(Locale.ROOT), listed)));
        sorted.sort(Comparator.comparing((Sorted<K> k) -> k.lowerName()).thenComparing(k -> k.listed().slug()));
        List<Digest.Listing<K>> listings = new ArrayList<>(sorted.size());
        for (Sorted<K> entry : sorted) {
            listings.add(new Digest.Listing<>(entry.listed().key(), entry.listed().articles()));
        }
        return listings;
    }
}
