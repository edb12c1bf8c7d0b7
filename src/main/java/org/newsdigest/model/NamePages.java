package org.newsdigest.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * The page of each spelling of a topic's or a provider's name. Names that are the same name ({@link Slugs#nameKey})
 * share a page; different names never do, even where their slugs agree ({@code C++} and {@code C-Plus-Plus}): the
 * name first seen, oldest article first, keeps the slug and each later one gets the next free {@code -2}, {@code -3},
 * with a warning naming both. Each page shows the spelling most articles use, ties broken alphabetically.
 *
 * <p>The articles are read once, and everything else is worked out per spelling: a large digest has tens of thousands
 * of uses of a few thousand spellings.
 */
final class NamePages<K> {

    /** The page a spelling is listed on: its slug, and the name it shows. */
    record Page(String slug, String name) {
    }

    /** One spelling: how many uses it has, and its first use, oldest article first. */
    private static final class Spelling<K> {
        final String name;
        int uses;
        /** The first use's place: the article's, counted from the oldest, in the high half; its place in the article's list in the low. */
        long firstUse;
        K firstKey;
        Article firstArticle;
        Name<K> of;

        Spelling(String name) {
            this.name = name;
        }
    }

    /** The spellings of one name: the one first used, and the one the page shows. */
    private static final class Name<K> {
        Spelling<K> first;
        Spelling<K> shown;
        Page page;
    }

    private final Function<Article, List<K>> keysOf;
    private final Function<K, String> nameOf;
    private final Function<K, String> slugOf;
    private final String kind;

    /**
     * @param keysOf the topics or the provider of an article
     * @param slugOf the slug a name was given where it was read
     * @param kind   "topic" or "provider", as the warning names it
     */
    NamePages(Function<Article, List<K>> keysOf, Function<K, String> nameOf, Function<K, String> slugOf, String kind) {
        this.keysOf = keysOf;
        this.nameOf = nameOf;
        this.slugOf = slugOf;
        this.kind = kind;
    }

    /**
     * The page of each spelling used by the articles.
     *
     * @param nameKey {@link Slugs#nameKey}, which may remember what it found
     * @param base    the folder that paths in warnings are shown relative to
     */
    Map<String, Page> of(List<Article> newestFirst, Function<String, String> nameKey, Path base, Problems problems) {
        Map<String, Spelling<K>> spellings = spellings(newestFirst);
        Map<String, Name<K>> names = new HashMap<>();
        for (Spelling<K> spelling : spellings.values()) {
            Name<K> name = names.computeIfAbsent(nameKey.apply(spelling.name), k -> new Name<>());
            spelling.of = name;
            if (name.first == null || spelling.firstUse < name.first.firstUse) {
                name.first = spelling;
            }
            if (name.shown == null || spelling.uses > name.shown.uses
                    || (spelling.uses == name.shown.uses && spelling.name.compareTo(name.shown.name) < 0)) {
                name.shown = spelling;
            }
        }
        List<Name<K>> firstSeenFirst = new ArrayList<>(names.values());
        firstSeenFirst.sort(Comparator.comparingLong(name -> name.first.firstUse));
        assignSlugs(firstSeenFirst, base, problems);
        Map<String, Page> pages = new HashMap<>(spellings.size() * 2);
        for (Spelling<K> spelling : spellings.values()) {
            pages.put(spelling.name, spelling.of.page);
        }
        return pages;
    }

    private Map<String, Spelling<K>> spellings(List<Article> newestFirst) {
        Map<String, Spelling<K>> spellings = new HashMap<>();
        int n = newestFirst.size();
        for (int i = 0; i < n; i++) {
            Article article = newestFirst.get(i);
            List<K> keys = keysOf.apply(article);
            for (int j = 0; j < keys.size(); j++) {
                K key = keys.get(j);
                String name = nameOf.apply(key);
                Spelling<K> spelling = spellings.get(name);
                if (spelling == null) {
                    spelling = new Spelling<>(name);
                    spellings.put(name, spelling);
                }
                spelling.uses++;
                // read newest first, so each article's uses come before all earlier uses, oldest first
                long use = ((long) (n - 1 - i) << 32) | j;
                if (spelling.firstKey == null || use < spelling.firstUse) {
                    spelling.firstUse = use;
                    spelling.firstKey = key;
                    spelling.firstArticle = article;
                }
            }
        }
        return spellings;
    }

    /** Gives each name its slug, in the order the names were first used. */
    private void assignSlugs(List<Name<K>> firstSeenFirst, Path base, Problems problems) {
        Set<String> natural = new HashSet<>();
        firstSeenFirst.forEach(name -> natural.add(slugOf.apply(name.first.firstKey)));
        Map<String, Name<K>> nameBySlug = new HashMap<>();
        for (Name<K> name : firstSeenFirst) {
            String wanted = slugOf.apply(name.first.firstKey);
            Name<K> owner = nameBySlug.get(wanted);
            String slug = wanted;
            if (owner != null) {
                int n = 2;
                while (natural.contains(wanted + "-" + n) || nameBySlug.containsKey(wanted + "-" + n)) {
                    n++;
                }
                slug = wanted + "-" + n;
                String spelt = nameOf.apply(name.first.firstKey);
                problems.warning(SourcePosition.ofFile(name.first.firstArticle.source()), "the " + kind + " "
                        + Quote.of(spelt) + " and the " + kind + " " + Quote.of(nameOf.apply(owner.first.firstKey))
                        + " of " + DisplayPaths.show(owner.first.firstArticle.source(), base) + " are different names with the same slug "
                        + Quote.of(wanted) + "; " + Quote.of(spelt) + " gets a page of its own as " + Quote.of(slug)
                        + ". If they are one " + kind + ", spell them the same");
            }
            nameBySlug.put(slug, name);
            name.page = new Page(slug, name.shown.name);
        }
    }
}
