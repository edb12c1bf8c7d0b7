package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final ClassValue<List<Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.add(component.getAccessor());
            }
            return List.copyOf(accessors);
        }
    };

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
        hash.value(new TreeMap<>(model));
        room.set(hash.chars);
        return hash.value.value();
    }

    /** A fingerprint of {@code fingerprint} and {@code number} together: a different one for every number. */
    static long of(long fingerprint, long number) {
        return new Hash64().add(fingerprint).add(number).value();
    }

    private static final class Hash {
        private final ModelFingerprint memo;
        private final Hash64 value = new Hash64();
        private char[] chars;

        /** @param chars room to copy strings into, shared by the hashes of one thread */
        Hash(ModelFingerprint memo, char[] chars) {
            this.memo = memo;
            this.chars = chars;
        }

        void add(long v) {
            value.add(v);
        }

        /** From a bulk copy into the thread's room: a call of {@code charAt} per character was the largest cost. */
        void string(String s) {
            int n = s.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            s.getChars(0, n, chars, 0);
            value.add(chars, n);
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
                new TreeMap<>(map).forEach((key, item) -> {
                    string((String) key);
                    value(item);
                });
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
                    known = memo.ofRecord(shared, chars);
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

        void components(Record record) {
            for (Method accessor : COMPONENTS.get(record.getClass())) {
                try {
                    value(accessor.invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor + " of a view record", e);
                }
            }
        }
    }

    private long ofRecord(Record record, char[] chars) {
        Hash hash = new Hash(this, chars);
        hash.components(record);
        return hash.value.value();
    }

    private static String markup(TemplateHTMLOutputModel html) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused its own markup", e);
        }
    }
}
