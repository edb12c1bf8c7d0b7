package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.newsdigest.hash.Hash64;
import org.newsdigest.render.Views.ArticleView;
import org.newsdigest.render.Views.FeedItemView;
import org.newsdigest.render.Views.SiteView;

/**
 * A 64-bit hash of everything a template is given for one page. A page's bytes depend only on its template (the
 * theme as a whole is fingerprinted separately) and this data, so a page whose fingerprint matches the last
 * build's needs no rendering. The walk knows the value types view records use and refuses anything else: an
 * object hashed by identity would look changed on every build, or worse, unchanged when it is not.
 *
 * <p>An article's card appears on many list pages, its feed item in several feeds, and every page has the same {@link
 * SiteView}: each {@link ArticleView}, {@link FeedItemView} and {@code SiteView} instance is hashed once per build.
 */
final class ModelFingerprint {

    /** Each record class's component accessors in declaration order, called directly rather than by reflection. */
    private static final ClassValue<List<Function<Object, Object>>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Function<Object, Object>> computeValue(Class<?> type) {
            List<Function<Object, Object>> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessors.add(ViewAccessors.direct(accessor).orElse(record -> reflectively(accessor, record)));
            }
            return List.copyOf(accessors);
        }
    };

    /** By key, as a {@link TreeMap} of the entries would iterate them. */
    private static final Comparator<Map.Entry<?, ?>> BY_KEY = (a, b) -> ((String) a.getKey()).compareTo((String) b.getKey());

    /**
     * By identity: an article view or feed item, like the site view, is one object however many pages show it, and its
     * own hash walks every field.
     */
    private final Map<Identity, Long> sharedViews = new ConcurrentHashMap<>();

    private record Identity(Object of) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    /** Room to copy strings into, one per rendering thread: an article's body is hashed from a copy of it. */
    private final ThreadLocal<char[]> room = ThreadLocal.withInitial(() -> new char[1 << 12]);

    long of(String template, Map<String, Object> model) {
        Hash hash = new Hash(this, room.get());
        hash.string(template);
        hash.value(model);
        room.set(hash.value.room());
        return hash.value.value();
    }

    /** A fingerprint of {@code fingerprint} and {@code number} together: a different one for every number. */
    static long of(long fingerprint, long number) {
        return new Hash64().add(fingerprint).add(number).value();
    }

    private static final class Hash {
        private final ModelFingerprint memo;
        private final KeyHash value;

        /** @param chars room to copy strings into, shared by the hashes of one thread */
        Hash(ModelFingerprint memo, char[] chars) {
            this.memo = memo;
            this.value = new KeyHash(chars);
        }

        void add(long v) {
            value.number(v);
        }

        void string(String s) {
            value.chars(s);
        }

        void value(Object v) {
            if (v == null) {
                add(0);
            } else if (v instanceof String s) {
                add(1);
                string(s);
            } else if (v instanceof Integer || v instanceof Long) {
                add(2);
                add(((Number) v).longValue());
            } else if (v instanceof Boolean b) {
                add(b ? 3 : 4);
            } else if (v instanceof List<?> list) {
                add(5);
                add(list.size());
                list.forEach(this::value);
            } else if (v instanceof Map<?, ?> map) {
                add(6);
                add(map.size());
                byKey(map);
            } else if (v instanceof TemplateHTMLOutputModel html) {
                add(7);
                string(markup(html));
            } else if (v instanceof ArticleView || v instanceof SiteView || v instanceof FeedItemView) {
                Record shared = (Record) v;
                add(v instanceof SiteView ? 10 : v instanceof FeedItemView ? 12 : 8);
                Identity key = new Identity(shared);
                Long known = memo.sharedViews.get(key);
                if (known == null) {
                    // outside any lock: two threads may both hash a card the first time, to the same value
                    known = memo.ofRecord(shared, value.room());
                    memo.sharedViews.putIfAbsent(key, known);
                }
                add(known);
            } else if (v instanceof Optional<?> optional) {
                // as a template sees it (ViewObjectWrapper): the value, or missing as null is
                value(optional.orElse(null));
            } else if (v instanceof Enum<?> constant) {
                add(11);
                string(constant.getDeclaringClass().getName());
                string(constant.name());
            } else if (v instanceof Record record) {
                add(9);
                string(record.getClass().getName());
                components(record);
            } else {
                throw new IllegalArgumentException("cannot fingerprint a " + v.getClass().getName() + " in a page model");
            }
        }

        /** The entries in the order of their keys, sorted in an array: copying each map into a TreeMap cost more. */
        private void byKey(Map<?, ?> map) {
            if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null) {
                sorted.forEach(this::entry);
                return;
            }
            Map.Entry<?, ?>[] entries = map.entrySet().toArray(new Map.Entry<?, ?>[0]);
            Arrays.sort(entries, BY_KEY);
            for (Map.Entry<?, ?> entry : entries) {
                entry(entry.getKey(), entry.getValue());
            }
        }

        private void entry(Object key, Object item) {
            string((String) key);
            value(item);
        }

        void components(Record record) {
            for (Function<Object, Object> accessor : COMPONENTS.get(record.getClass())) {
                value(accessor.apply(record));
            }
        }
    }

    private long ofRecord(Record record, char[] chars) {
        Hash hash = new Hash(this, chars);
        hash.components(record);
        return hash.value.value();
    }

    private static Object reflectively(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a view record", e);
        }
    }

    private static String markup(TemplateHTMLOutputModel html) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused its own markup", e);
        }
    }
}
