package org.newsdigest.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    private final StoryMemory stories;

    /**
     * @param base    the folder that paths in warnings are shown relative to
     * @param threads the build's threads
     */
    public DigestBuilder(Path base, BuildThreads threads) {
        this(base, threads, StoryMemory.NONE);
    }

    /** @param stories what the last grouping of the site's stories found, and where this one keeps what it finds */
    public DigestBuilder(Path base, BuildThreads threads, StoryMemory stories) {
        this.base = base;
        this.threads = threads;
        this.stories = stories;
    }

    /**
     * @param published   the valid articles marked {@code published: true}
     * @param withheld    what identifies the articles that are not published, to keep them out of related lists
     */
    public Digest build(List<Article> published, Withheld withheld, Problems problems) {
        List<Article> sorted = new ArrayList<>(threads.map(published, a -> withoutWithheldRelated(a, withheld)));
        sorted.sort(Article.NEWEST_FIRST);
        List<Article> unique = withoutDuplicateStories(sorted, problems);
        StoryGrouper grouper = new StoryGrouper(stories);
        // at the same time, each reporting apart so that the problems keep one order: stories and the checks of
        // addresses, which read the articles, and the slugs and names of topics and providers, all that changes below
        Problems clashes = new Problems();
        Problems names = new Problems();
        BuildThreads.Both<int[], List<Article>> settled = threads.both(() -> {
            checkDistinctAddresses(unique, clashes);
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
        RelatedList related = article.related();
        int[] kept = new int[related.size()];
        int count = 0;
        for (int i = 0; i < related.size(); i++) {
            if (!withheld.describes(related, i)) {
                kept[count++] = i;
            }
        }
        return count == related.size() ? article : article.withRelated(related.only(Arrays.copyOf(kept, count)));
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
     * Reports slugs and aliases two articles share, each past the first by file: the articles are sorted by file only
     * where such a clash can be, since a large digest has none or few.
     */
    private void checkDistinctAddresses(List<Article> articles, Problems problems) {
        Set<String> slugs = new HashSet<>(articles.size() * 2);
        boolean slugsClash = false;
        List<Article> withAliases = new ArrayList<>();
        for (Article article : articles) {
            slugsClash |= !slugs.add(article.slug());
            if (!article.aliases().isEmpty()) {
                withAliases.add(article);
            }
        }
        if (slugsClash) {
            checkDistinctSlugs(byFile(articles), problems);
        }
        checkDistinctAliases(byFile(withAliases), problems);
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
     * Each topic and provider as its page names it ({@link NamePages}): one topic object for each page, and an article
     * copied only where one of them changes.
     */
    private List<Article> withDistinctNamesAndSlugs(List<Article> newestFirst, Problems problems) {
        // a few thousand names among tens of thousands of uses; normalising one is the costly part
        Map<String, String> keys = new HashMap<>();
        Function<String, String> nameKey = name -> keys.computeIfAbsent(name, Slugs::nameKey);
        Map<String, NamePages.Page> topicPages = new NamePages<>(Article::topics, Topic::name, Topic::slug, "topic")
                .of(newestFirst, nameKey, base, problems);
        Map<String, NamePages.Page> providerPages = new NamePages<>((Article a) -> List.of(a.provider()), Provider::name,
                Provider::slug, "provider").of(newestFirst, nameKey, base, problems);
        Map<NamePages.Page, Topic> topicOfPage = new HashMap<>();
        Map<String, Topic> topicByName = new HashMap<>();
        for (Map.Entry<String, NamePages.Page> spelling : topicPages.entrySet()) {
            topicByName.put(spelling.getKey(), topicOfPage.computeIfAbsent(spelling.getValue(), p -> new Topic(p.name(), p.slug())));
        }
        List<Article> placed = new ArrayList<>(newestFirst.size());
        for (Article article : newestFirst) {
            Provider provider = article.provider();
            NamePages.Page page = providerPages.get(provider.name());
            boolean sameProvider = page.name().equals(provider.name()) && page.slug().equals(provider.slug());
            if (sameProvider && topicsAsNamed(article.topics(), topicByName)) {
                placed.add(article);
                continue;
            }
            List<Topic> topics = new ArrayList<>(article.topics().size());
            for (Topic topic : article.topics()) {
                Topic canonical = topicByName.get(topic.name());
                if (!topics.contains(canonical)) {
                    topics.add(canonical);
                }
            }
            placed.add(article.toBuilder().provider(new Provider(page.name(), provider.domain(), page.slug())).topics(topics).build());
        }
        return placed;
    }

    /** Whether each topic is already its page's, once: then the list of pages is the list itself. */
    private static boolean topicsAsNamed(List<Topic> topics, Map<String, Topic> topicByName) {
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            if (!topicByName.get(topic.name()).equals(topic) || topics.indexOf(topic) != i) {
                return false;
            }
        }
        return true;
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
