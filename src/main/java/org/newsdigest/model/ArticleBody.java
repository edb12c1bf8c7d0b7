package org.newsdigest.model;

import java.util.Objects;

/**
 * An article's body, the Markdown rendered to safe HTML: the text itself, or where to read it back. Only the article's
 * own page shows it, so a large site keeps a reference per article rather than the text ({@code build}'s body store),
 * and reads each body back when its page is rendered.
 */
public interface ArticleBody {

    ArticleBody EMPTY = new Text("");

    /** The body's HTML; empty when the file has none. Read back each time when this body is a reference. */
    String html();

    static ArticleBody of(String html) {
        return html.isEmpty() ? EMPTY : new Text(html);
    }

    /** A body held as its text. */
    record Text(String html) implements ArticleBody {
        public Text {
            Objects.requireNonNull(html, "html");
        }
    }
}
