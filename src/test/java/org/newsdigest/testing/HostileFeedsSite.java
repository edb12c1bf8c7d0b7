package org.newsdigest.testing;

import java.util.List;

/**
 * The {@code hostile-feeds} fixture as its feeds must carry it, written out by hand from
 * {@code src/test/resources/sites/hostile-feeds/}: every name and headline as typed ({@code raw}), and as inert text
 * ({@code inert}: a {@code <} that would open a tag written {@code &lt;}, an {@code &} that would start a reference
 * {@code &amp;}), which is what a reader that takes an RSS plain-text field, or an Atom name or category, as text shows.
 * Atom's titles, subtitle and summaries and every JSON Feed field carry {@code raw}.
 */
public final class HostileFeedsSite {

    /** A plain-text value as typed, and as the feeds write it once their XML or JSON is read. */
    public record Text(String raw, String inert) {

        /** Joins two values with text that neither opens a tag nor starts a reference, as feed titles are made. */
        public Text plus(String between, Text other) {
            return new Text(raw + between + other.raw, inert + between + other.inert);
        }

        public Text around(String before, String after) {
            return new Text(before + raw + after, before + inert + after);
        }
    }

    /**
     * One published article: {@code text} is what its entry carries as text (its excerpt, else its headline),
     * {@code id} its feed id, {@code image} its lead image's address and {@code imageType} the media type of its
     * enclosure (null: no enclosure).
     */
    public record Article(Text title, Text text, Text provider, List<Text> topics, String id, String image, String imageType) {
    }

    public static final Text SITE_TITLE = new Text("<b>Bold</b> & Co", "&lt;b>Bold&lt;/b> & Co");
    public static final Text SITE_DESCRIPTION = new Text("<script>alert(1)</script> news from AT&T, &amp; and &#x41;",
            "&lt;script>alert(1)&lt;/script> news from AT&T, &amp;amp; and &amp;#x41;");

    static final Text SCRIPT = new Text("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>");
    static final Text ATT = new Text("AT&T", "AT&T");

    /** webUrl and originalUrl both given: the id is of the webUrl. */
    public static final Article SCRIPT_ARTICLE = new Article(new Text("<script>alert(1)</script> at AT&T",
            "&lt;script>alert(1)&lt;/script> at AT&T"), new Text("<b>Bold</b> & Co say &amp; is not &#x41;, and C++ < Rust.",
            "&lt;b>Bold&lt;/b> & Co say &amp;amp; is not &amp;#x41;, and C++ < Rust."),
            SITE_TITLE, List.of(SCRIPT, ATT),
            "urn:uuid:9d67fbd9-c05b-57d1-8bac-23fc097554dc", "https://img.example/lead.jpg?w=1024", "image/jpeg");
    static final Text RUST_TITLE = new Text("C++ < Rust, says a<b & &amp; &#x41;", "C++ < Rust, says a&lt;b & &amp;amp; &amp;#x41;");
    /** No excerpt, so its headline is its text; only an originalUrl; a picture whose type its address does not tell. */
    public static final Article RUST_ARTICLE = new Article(RUST_TITLE, RUST_TITLE,
            new Text("AT&T &amp; Sons", "AT&T &amp;amp; Sons"),
            List.of(new Text("C++ < Rust", "C++ < Rust"), new Text("a<b", "a&lt;b")),
            "urn:uuid:a4286936-e77e-549c-b670-59f824d44270", "https://img.example/picture.unknown", null);
    /** Neither webUrl nor originalUrl: the id is of {@code news-digest:03-plain.md}. */
    public static final Article PLAIN_ARTICLE = new Article(new Text("Plain &copy; 2024 </p>", "Plain &amp;copy; 2024 &lt;/p>"),
            new Text("Fish & chips <3; <!-- not a comment --> <?php ?>", "Fish & chips <3; &lt;!-- not a comment --> &lt;?php ?>"),
            new Text("&#x41;gency", "&amp;#x41;gency"),
            List.of(new Text("&amp;", "&amp;amp;"), SCRIPT),
            "urn:uuid:a2c3d5ef-77ae-5d21-8bf4-12ed2c92f483", "https://img.example/photo.WEBP", "image/webp");

    /** A tech headline that names an element: every reader of Atom and JSON Feed must show it exactly as typed. */
    public static final Article DIALOG_ARTICLE = new Article(new Text("Chrome ships the <dialog> element & more",
            "Chrome ships the &lt;dialog> element & more"),
            new Text("Write <dialog open> & close it with &lt;form method=\"dialog\"&gt;.",
                    "Write &lt;dialog open> & close it with &amp;lt;form method=\"dialog\"&amp;gt;."),
            SITE_TITLE, List.of(ATT),
            "urn:uuid:96570319-b270-5ce6-a67c-15532c18f927", "https://img.example/dialog.png", "image/png");

    /** Newest first, as every feed lists them; 04-draft.md is unpublished. */
    public static final List<Article> NEWEST_FIRST = List.of(DIALOG_ARTICLE, PLAIN_ARTICLE, RUST_ARTICLE, SCRIPT_ARTICLE);

    /** A feed of the site: its title and description as the feed writes them, and its articles. */
    public record Feed(Text title, Text description, List<Article> articles) {
    }

    /** The site's feed, each topic's and each provider's (their titles are the site's title and the name). */
    public static List<Feed> feeds() {
        List<Feed> feeds = new java.util.ArrayList<>();
        feeds.add(new Feed(SITE_TITLE, SITE_DESCRIPTION, NEWEST_FIRST));
        java.util.Set<Text> topics = new java.util.LinkedHashSet<>();
        java.util.Set<Text> providers = new java.util.LinkedHashSet<>();
        NEWEST_FIRST.forEach(article -> {
            topics.addAll(article.topics());
            providers.add(article.provider());
        });
        for (Text topic : topics) {
            feeds.add(new Feed(SITE_TITLE.plus(": ", topic), topic.around("The latest articles about ", "."),
                    NEWEST_FIRST.stream().filter(article -> article.topics().contains(topic)).toList()));
        }
        for (Text provider : providers) {
            feeds.add(new Feed(SITE_TITLE.plus(": ", provider), provider.around("The latest articles from ", "."),
                    NEWEST_FIRST.stream().filter(article -> article.provider().equals(provider)).toList()));
        }
        return feeds;
    }

    private HostileFeedsSite() {
    }
}
