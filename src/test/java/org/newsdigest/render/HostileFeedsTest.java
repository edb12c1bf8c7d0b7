package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.FeedParser;
import org.newsdigest.testing.FeedValidatorRules;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.HostileFeedsSite;
import org.newsdigest.testing.HostileFeedsSite.Article;
import org.newsdigest.testing.HostileFeedsSite.Feed;
import org.newsdigest.testing.HostileFeedsSite.Text;
import org.newsdigest.testing.RssParser;

/**
 * The feeds of the {@code hostile-feeds} fixture, whose names, headlines and excerpts are markup or look like it, read
 * back by the readers people use: Rome (Java), feedparser (Python), rss-parser (Node.js) and, for JSON Feed, Jackson
 * (neither Rome nor feedparser 6.0 reads JSON Feed). Atom's titles, subtitle and summaries are declared HTML and read,
 * once unescaped as HTML, exactly as typed; JSON Feed's text is exactly as typed; an RSS plain-text field and an Atom
 * name or category read as the inert text expected, or, where a reader takes the field as HTML, as typed. No reader
 * finds a tag in any of them; every entry has text; every id is the urn:uuid of the article's story key; and the W3C
 * validator's rules find nothing to warn of.
 */
class HostileFeedsTest {

    /** A tag, once the field is read: {@code <} followed by a letter or {@code /}. */
    static final Pattern TAG = Pattern.compile("<[A-Za-z/]");

    @TempDir
    static Path output;
    /** Every RSS feed of the site, by the feed it must be. */
    static final Map<Path, Feed> RSS = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        FixtureSites.buildPublished("hostile-feeds", output);
        List<Path> found;
        try (Stream<Path> walk = Files.walk(output)) {
            found = walk.filter(path -> path.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
        // a feed is known by its title, so that the test needs none of the site's addresses
        Map<String, Feed> byTitle = new LinkedHashMap<>();
        HostileFeedsSite.feeds().forEach(feed -> byTitle.put(feed.title().inert(), feed));
        for (Path path : found) {
            Feed feed = byTitle.remove(rome(path).getTitle());
            assertNotNull(feed, "a feed nobody expects: " + path + " titled " + rome(path).getTitle());
            RSS.put(path, feed);
        }
        assertEquals(Map.of(), byTitle, "feeds not written");
    }

    @Test
    void romeReadsEveryRssFeedsTextAsTyped() throws Exception {
        for (Map.Entry<Path, Feed> rss : RSS.entrySet()) {
            SyndFeed feed = rome(rss.getKey());
            Feed expected = rss.getValue();
            assertEquals(expected.description().inert(), feed.getDescription(), rss.getKey().toString());
            assertNoTag(feed.getTitle() + " " + feed.getDescription(), rss.getKey().toString());
            assertEquals(expected.articles().size(), feed.getEntries().size(), rss.getKey().toString());
            for (int i = 0; i < expected.articles().size(); i++) {
                Article article = expected.articles().get(i);
                SyndEntry entry = feed.getEntries().get(i);
                assertEquals(article.title().inert(), entry.getTitle());
                assertEquals(article.id(), entry.getUri());
                assertEquals(article.provider().inert(), entry.getAuthor());
                assertEquals(inert(article.topics()), entry.getCategories().stream().map(SyndCategory::getName).toList());
                assertNoTag(entry.getTitle() + " " + entry.getAuthor() + " " + entry.getCategories().stream()
                        .map(SyndCategory::getName).toList(), rss.getKey().toString());
                // the description is HTML: the words as typed, escaped for HTML
                assertEquals(article.text().raw(), Parser.unescapeEntities(entry.getDescription().getValue(), false));
                assertFalse(TAG.matcher(entry.getDescription().getValue()).find(), entry.getDescription().getValue());
                List<SyndEnclosure> enclosures = entry.getEnclosures();
                if (article.imageType() == null) {
                    assertEquals(List.of(), enclosures, article.title().raw());
                } else {
                    assertEquals(1, enclosures.size());
                    assertEquals(article.image(), enclosures.get(0).getUrl());
                    assertEquals(article.imageType(), enclosures.get(0).getType());
                    assertEquals(0, enclosures.get(0).getLength(), "the size is not known, and said so");
                }
            }
        }
    }

    @Test
    void romeReadsTheAtomFeedsTextAsTyped() throws Exception {
        SyndFeed feed = rome(output.resolve("atom.xml"));
        // Rome hands over a type="html" text construct as the HTML it is, and says so
        assertEquals("html", feed.getTitleEx().getType());
        assertEquals(HostileFeedsSite.SITE_TITLE.raw(), Parser.unescapeEntities(feed.getTitle(), false));
        assertEquals("html", feed.getDescriptionEx().getType());
        assertEquals(HostileFeedsSite.SITE_DESCRIPTION.raw(), Parser.unescapeEntities(feed.getDescription(), false));
        assertEquals(HostileFeedsSite.NEWEST_FIRST.size(), feed.getEntries().size());
        for (int i = 0; i < feed.getEntries().size(); i++) {
            Article article = HostileFeedsSite.NEWEST_FIRST.get(i);
            SyndEntry entry = feed.getEntries().get(i);
            assertEquals("html", entry.getTitleEx().getType());
            assertEquals(article.title().raw(), Parser.unescapeEntities(entry.getTitle(), false));
            assertNoTag(entry.getTitle(), "atom.xml");
            // a person's name and a category are not text constructs: inert text
            assertEquals(article.id(), entry.getUri());
            assertEquals(article.provider().inert(), entry.getAuthor());
            assertEquals(inert(article.topics()), entry.getCategories().stream().map(SyndCategory::getName).toList());
            assertEquals("html", entry.getDescription().getType());
            assertEquals(article.text().raw(), Parser.unescapeEntities(entry.getDescription().getValue(), false));
        }
        assertEquals("Chrome ships the &lt;dialog&gt; element &amp; more", feed.getEntries().get(0).getTitle());
    }

    @Test
    void theJsonFeedCarriesTheTextExactlyAsTyped() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(output.resolve("feed.json").toFile());
        assertEquals(HostileFeedsSite.SITE_TITLE.raw(), feed.get("title").asText());
        assertEquals(HostileFeedsSite.SITE_DESCRIPTION.raw(), feed.get("description").asText());
        assertEquals(HostileFeedsSite.NEWEST_FIRST.size(), feed.get("items").size());
        for (int i = 0; i < feed.get("items").size(); i++) {
            Article article = HostileFeedsSite.NEWEST_FIRST.get(i);
            JsonNode item = feed.get("items").get(i);
            assertEquals(article.id(), item.get("id").asText());
            assertEquals(article.title().raw(), item.get("title").asText());
            assertEquals(article.text().raw(), item.get("content_text").asText());
            if (article.text().equals(article.title())) {
                assertFalse(item.has("summary"), "no summary without an excerpt");
            } else {
                assertEquals(article.text().raw(), item.get("summary").asText());
            }
            assertEquals(article.provider().raw(), item.get("authors").get(0).get("name").asText());
            List<String> tags = new ArrayList<>();
            item.get("tags").forEach(tag -> tags.add(tag.asText()));
            assertEquals(article.topics().stream().map(Text::raw).toList(), tags);
            assertEquals(article.image(), item.get("image").asText());
        }
        assertEquals("Chrome ships the <dialog> element & more", feed.get("items").get(0).get("title").asText());
    }

    /**
     * feedparser decides per field whether it is text or HTML: an Atom text construct is what its {@code type} says
     * (here HTML), and an RSS field that has a reference in it is HTML to it. As text the field must read as the inert
     * text; as HTML it must have no tag and show the words as typed.
     */
    @Test
    void feedparserReadsEveryFeedsTextAsTypedWhetherItTakesItAsTextOrHtml() {
        List<Path> feeds = new ArrayList<>(RSS.keySet());
        feeds.add(output.resolve("atom.xml"));
        List<JsonNode> read = FeedParser.read(feeds);
        for (int f = 0; f < feeds.size(); f++) {
            JsonNode feed = read.get(f);
            Feed expected = f < RSS.size() ? RSS.get(feeds.get(f)) : HostileFeedsSite.feeds().get(0);
            String where = feeds.get(f).toString();
            assertFalse(feed.get("bozo").asBoolean(), where + ": " + feed.get("bozo_exception"));
            boolean rss = f < RSS.size();
            if (!rss) {
                assertEquals("text/html", feed.get("title_detail").get("type").asText(), where);
                assertEquals("text/html", feed.get("subtitle_detail").get("type").asText(), where);
            }
            assertShows(expected.title(), feed.get("title_detail"), where);
            assertShows(expected.description(), feed.get("subtitle_detail"), where);
            assertEquals(expected.articles().size(), feed.get("entries").size(), where);
            for (int i = 0; i < expected.articles().size(); i++) {
                Article article = expected.articles().get(i);
                JsonNode entry = feed.get("entries").get(i);
                assertEquals(article.id(), entry.get("id").asText(), where);
                if (!rss) {
                    assertEquals("text/html", entry.get("title_detail").get("type").asText(), where);
                }
                assertShows(article.title(), entry.get("title_detail"), where);
                assertEquals("text/html", entry.get("summary_detail").get("type").asText(), where);
                assertShows(article.text(), entry.get("summary_detail"), where);
                assertEquals(article.provider().inert(), entry.get("author").asText(), where);
                List<String> terms = new ArrayList<>();
                entry.get("tags").forEach(tag -> terms.add(tag.get("term").asText()));
                assertEquals(inert(article.topics()), terms, where);
                List<String> enclosures = new ArrayList<>();
                entry.get("enclosures").forEach(e -> enclosures.add(e.get("href").asText() + " " + e.get("type").asText()
                        + " " + e.get("length").asText()));
                assertEquals(rss && article.imageType() != null ? List.of(article.image() + " " + article.imageType() + " 0")
                        : List.of(), enclosures, where);
            }
        }
        // the site's RSS title, exactly as feedparser hands it to a reader (as HTML: it has a reference in it)
        JsonNode site = read.get(new ArrayList<>(RSS.keySet()).indexOf(output.resolve("feed.xml")));
        assertEquals("&lt;b>Bold&lt;/b> & Co", site.get("title").asText());
        assertEquals("text/html", site.get("title_detail").get("type").asText());
        // the tech headline, exactly as feedparser hands it over from Atom (HTML, as declared) and from RSS (HTML too,
        // for the reference in it): each shows "Chrome ships the <dialog> element & more"
        JsonNode atomDialog = read.get(RSS.size()).get("entries").get(0).get("title_detail");
        assertEquals("Chrome ships the &lt;dialog&gt; element &amp; more", atomDialog.get("value").asText());
        assertEquals("Chrome ships the <dialog> element & more", Parser.unescapeEntities(atomDialog.get("value").asText(), false));
        assertEquals("Chrome ships the &lt;dialog> element & more", site.get("entries").get(0).get("title").asText());
    }

    @Test
    void rssParserReadsEveryFeedsTextAndTheEnclosure() {
        List<Path> feeds = new ArrayList<>(RSS.keySet());
        feeds.add(output.resolve("atom.xml"));
        List<JsonNode> read = RssParser.read(feeds);
        for (int f = 0; f < feeds.size(); f++) {
            boolean rss = f < RSS.size();
            JsonNode feed = read.get(f);
            Feed expected = rss ? RSS.get(feeds.get(f)) : HostileFeedsSite.feeds().get(0);
            String where = feeds.get(f).toString();
            // rss-parser hands over RSS's text as the inert text, and Atom's type="html" text as the HTML it is, without
            // its type: a reader built on it shows Atom's titles as typed when it takes them as HTML
            assertEquals(rss ? expected.title().inert() : expected.title().raw(), shown(rss, feed.get("title").asText()), where);
            if (rss) {
                assertEquals(expected.description().inert(), feed.get("description").asText(), where);
            }
            assertEquals(expected.articles().size(), feed.get("items").size(), where);
            for (int i = 0; i < expected.articles().size(); i++) {
                Article article = expected.articles().get(i);
                JsonNode item = feed.get("items").get(i);
                assertEquals(rss ? article.title().inert() : article.title().raw(), shown(rss, item.get("title").asText()), where);
                assertNoTag(item.get("title").asText(), where);
                if (rss) {
                    assertEquals(article.id(), item.get("guid").asText(), where);
                    assertEquals(article.provider().inert(), item.get("creator").asText(), where);
                    List<String> categories = new ArrayList<>();
                    item.get("categories").forEach(category -> categories.add(category.asText()));
                    assertEquals(inert(article.topics()), categories, where);
                    categories.forEach(category -> assertNoTag(category, where));
                    // rss-parser's contentSnippet is the description as a reader shows it: the words as typed
                    assertEquals(article.text().raw(), item.get("contentSnippet").asText(), where);
                    if (article.imageType() == null) {
                        assertTrue(item.get("enclosure").isNull(), where + ": " + item);
                    } else {
                        assertEquals(article.image(), item.get("enclosure").get("url").asText(), where);
                        assertEquals(article.imageType(), item.get("enclosure").get("type").asText(), where);
                        assertEquals("0", item.get("enclosure").get("length").asText(), where);
                    }
                } else {
                    assertEquals(article.id(), item.get("id").asText(), where);
                    assertEquals(article.provider().inert(), item.get("author").asText(), where);
                    assertEquals(article.text().raw(), Parser.unescapeEntities(item.get("summary").asText(), false), where);
                }
            }
        }
    }

    @Test
    void theValidatorsRulesFindNothingToWarnOf() throws Exception {
        List<Path> feeds = new ArrayList<>(RSS.keySet());
        feeds.add(output.resolve("atom.xml"));
        for (Path feed : feeds) {
            assertEquals(List.of(), FeedValidatorRules.warnings(Files.readAllBytes(feed)), feed.toString());
        }
    }

    /** A field as rss-parser hands it over, read as text from RSS and as HTML from Atom. */
    private static String shown(boolean rss, String value) {
        return rss ? value : Parser.unescapeEntities(value, false);
    }

    /**
     * What a person sees of a plain-text field: as text, the inert text; as HTML, the words as typed, and never a tag.
     */
    private static void assertShows(Text expected, JsonNode detail, String where) {
        String value = detail.get("value").asText();
        assertNoTag(value, where);
        if (detail.get("type").asText().equals("text/html")) {
            assertEquals(expected.raw(), Parser.unescapeEntities(value, false), where);
        } else {
            assertEquals("text/plain", detail.get("type").asText(), where);
            assertEquals(expected.inert(), value, where);
        }
    }

    private static void assertNoTag(String value, String where) {
        assertFalse(TAG.matcher(value).find(), where + ": a tag in " + value);
    }

    private static List<String> inert(List<Text> texts) {
        return texts.stream().map(Text::inert).toList();
    }

    private static SyndFeed rome(Path path) throws Exception {
        try (XmlReader reader = new XmlReader(path.toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }
}
