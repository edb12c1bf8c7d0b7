package org.newsdigest.model;

import java.util.function.Supplier;
import org.newsdigest.hash.Hash64;

/**
 * An article's body, the Markdown rendered to safe HTML, with a hash of that HTML made once, when the body is made:
 * what a page key takes instead of the text. A body read from the parse cache is read back only when its text is
 * asked for ({@link #html}), which on a rebuild is when its page is rendered again; most are never asked for.
 * Two bodies are equal when their hashes are.
 */
public final class ArticleBody {

    public static final ArticleBody EMPTY = of("");

    private final long hash;
    /** The text when it is held, else null. */
    private final String text;
    /** Where the text is read back from when it is not held, else null. */
    private final Supplier<String> source;

    private ArticleBody(long hash, String text, Supplier<String> source) {
        this.hash = hash;
        this.text = text;
        this.source = source;
    }

    /** A body held as text. */
    public static ArticleBody of(String html) {
        return new ArticleBody(hashOf(html), html, null);
    }

    /**
     * A body read back from {@code source} each time its text is asked for, not held.
     *
     * @param hash the hash of the text {@code source} gives; {@code source} is to fail rather than give another text
     */
    public static ArticleBody readBack(long hash, Supplier<String> source) {
        return new ArticleBody(hash, null, source);
    }

    /** The hash a body of this text has. */
    public static long hashOf(String html) {
        return new Hash64().add(html).value();
    }

    public long hash() {
        return hash;
    }

    /** The HTML; read back, for a body that is not held, on each call. */
    public String html() {
        return text != null ? text : source.get();
    }

    /** Whether the text is held, rather than read back when asked for. */
    public boolean isHeld() {
        return text != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleBody that && that.hash == hash;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash);
    }

    @Override
    public String toString() {
        return text != null ? text : "(body " + Long.toHexString(hash) + ", read back when asked for)";
    }
}
