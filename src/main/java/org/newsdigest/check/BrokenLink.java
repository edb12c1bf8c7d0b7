package org.newsdigest.check;

/** A link that does not resolve; {@code page} is the path of the page inside the site. */
public record BrokenLink(String page, int line, int column, String link, String reason) {

    /** {@code topics/ai/index.html:12:9 → /news-digest/nope/: no such page in the site}. */
    public String format() {
        String where = line > 0 ? page + ":" + line + ":" + column : page;
        return where + " → " + link + ": " + reason;
    }
}
