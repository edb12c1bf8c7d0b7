package org.newsdigest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.yaml.YamlMap;
import org.newsdigest.yaml.YamlValue;

/**
 * The most entries one header list (topics, images, related, aliases) keeps: the first that many in file order, and one
 * warning at the list naming how many there were, what was left out and the setting to raise. Every topic gets a
 * page that shows its articles' cards, so an article's list sizes multiply into the site's size; a 100,000-topic
 * article made gigabytes of pages before this cut.
 */
final class ListLimit {

    /** How many left-out entries the warning names before "… and N more". */
    private static final int NAMED = 2;

    private final String entries;
    private final String setting;
    private final int most;

    private ListLimit(String entries, String setting, int most) {
        this.entries = entries;
        this.setting = setting;
        this.most = most;
    }

    static ListLimit topics(Limits limits) {
        return new ListLimit("topics", "limits.topicsPerArticle", limits.topicsPerArticle());
    }

    static ListLimit images(Limits limits) {
        return new ListLimit("images", "limits.imagesPerArticle", limits.imagesPerArticle());
    }

    static ListLimit related(Limits limits) {
        return new ListLimit("related items", "limits.relatedPerArticle", limits.relatedPerArticle());
    }

    static ListLimit aliases(Limits limits) {
        return new ListLimit("aliases", "limits.aliasesPerArticle", limits.aliasesPerArticle());
    }

    /**
     * The entries of the optional list {@code key}, cut to the limit.
     *
     * @param read  an entry as kept, or empty when it is not a valid one (it reports why in the problems it is given)
     * @param label how the warning names an entry that is left out
     */
    <T> List<T> keep(HeaderFields fields, String key, BiFunction<YamlValue, Problems, Optional<T>> read,
            Function<T, String> label, Problems problems) {
        return keep(fields, key, read, label, entry -> Optional.empty(), problems);
    }

    /**
     * Like {@link #keep(HeaderFields, String, BiFunction, Function, Problems)}, but an entry with the same name as an
     * earlier one is skipped without a word, before or after the cut, so repeating a name costs nothing and the
     * count in the warning is of distinct entries. A set, not a search of the kept list: a search made a
     * 100,000-topic header take minutes.
     *
     * @param sameName what makes two entries one
     */
    <T> List<T> keepDistinct(HeaderFields fields, String key, BiFunction<YamlValue, Problems, Optional<T>> read,
            Function<T, String> label, Function<T, String> sameName, Problems problems) {
        return keep(fields, key, read, label, entry -> Optional.of(sameName.apply(entry)), problems);
    }

    private <T> List<T> keep(HeaderFields fields, String key, BiFunction<YamlValue, Problems, Optional<T>> read,
            Function<T, String> label, Function<T, Optional<String>> sameName, Problems problems) {
        List<T> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> named = new ArrayList<>();
        int leftOut = 0;
        // past the cut an invalid entry would be left out anyway: its warnings would only bury the one that says so
        Problems pastTheCut = new Problems();
        for (YamlValue item : fields.optionalList(key)) {
            boolean full = kept.size() == most;
            Optional<T> entry = read.apply(item, full ? pastTheCut : problems);
            if (entry.isEmpty() || sameName.apply(entry.get()).map(name -> !seen.add(name)).orElse(false)) {
                continue;
            }
            if (!full) {
                kept.add(entry.get());
            } else {
                leftOut++;
                if (named.size() < NAMED) {
                    named.add(label.apply(entry.get()));
                }
            }
        }
        if (leftOut > 0) {
            YamlMap.Entry list = fields.map().entry(key).orElseThrow();
            problems.warning(list.key().position(), (kept.size() + leftOut) + " " + entries + ", more than " + setting
                    + " (" + most + "); " + (most == 1 ? "the first is kept" : "the first " + most + " are kept") + ", the rest (" + names(named, leftOut) + ") "
                    + (leftOut == 1 ? "is" : "are") + " left out; raise '" + setting + "' in the config to keep more");
        }
        return kept;
    }

    private static String names(List<String> named, int leftOut) {
        String quoted = named.stream().map(Quote::of).collect(Collectors.joining(", "));
        return leftOut > named.size() ? quoted + ", … and " + (leftOut - named.size()) + " more" : quoted;
    }
}
