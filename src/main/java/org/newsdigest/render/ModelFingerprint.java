package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.render.Views.ArticleView;

/**
 * A 64-bit hash of everything a template is given for one page. A page's bytes depend only on its template (the
 * theme as a whole is fingerprinted separately) and this data, so a page whose fingerprint matches the last
 * build's needs no rendering. The walk knows the value types view records use and refuses anything else: an
 * object hashed by identity would look changed on every build, or worse, unchanged when it is not.
 *
 * <p>An article's card appears on many list pages; each {@link ArticleView} instance is hashed once per build.
 */
final class ModelFingerprint {

    private static final long PRIME = 0x100000001b3L;
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

    private final Map<ArticleView, Long> articles = Collections.synchronizedMap(new IdentityHashMap<>());

    long of(String template, Map<String, Object> model) {
        Hash hash = new Hash(this);
        hash.string(template);
        hash.value(new TreeMap<>(model));
        return hash.value;
    }

    static long ofBytes(byte[] content) {
        Hash hash = new Hash(null);
        hash.add(content.length);
        for (byte b : content) {
            hash.add(b);
        }
        return hash.value;
    }

    static long ofTexts(List<String> texts) {
        Hash hash = new Hash(null);
        texts.forEach(hash::string);
        return hash.value;
    }

    private static final class Hash {
        private final ModelFingerprint memo;
        private long value = 0xcbf29ce484222325L;

        Hash(ModelFingerprint memo) {
            this.memo = memo;
        }

        void add(long v) {
            value = (value ^ v) * PRIME;
        }

        void string(String s) {
            add(s.length());
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i));
            }
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
            } else if (v instanceof ArticleView article) {
                add(8);
                add(memo.articles.computeIfAbsent(article, memo::ofRecord));
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

    private long ofRecord(Record record) {
        Hash hash = new Hash(this);
        hash.components(record);
        return hash.value;
    }

    private static String markup(TemplateHTMLOutputModel html) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused its own markup", e);
        }
    }
}
