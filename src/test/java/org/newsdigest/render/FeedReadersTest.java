package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdigest.testing.NewsroomArticles.AI_RULES;
import static org.newsdigest.testing.NewsroomArticles.BASE;
import static org.newsdigest.testing.NewsroomArticles.CAMERAS;
import static org.newsdigest.testing.NewsroomArticles.CHIPS;
import static org.newsdigest.testing.NewsroomArticles.CPP;
import static org.newsdigest.testing.NewsroomArticles.CSHARP;
import static org.newsdigest.testing.NewsroomArticles.ROBOTS;
import static org.newsdigest.testing.NewsroomArticles.PHONE_CAMERAS;
import static org.newsdigest.testing.NewsroomArticles.TOKYO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.NewsroomArticles.Item;
import org.newsdigest.testing.TestClock;

/** The feeds of the newsroom fixture, read back with Rome (RSS, Atom) and Jackson (JSON Feed) as a reader would. */
class FeedReadersTest {

    /** The five newest published articles (feed.items is 5); the embargoed article is unpublished. */
    static final List<Item> NEWEST_FIVE = List.of(CSHARP, CPP, CAMERAS, AI_RULES, TOKYO);
    /** The AI rules article was corrected after it was published ({@code updatedDateTime}). */
    static final Instant AI_RULES_UPDATED = Instant.parse("2024-03-04T09:00:00Z");

    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        FixtureSites.buildPublished("newsroom", output);
    }

    @Test
    void rssFeedReadsAsTheFiveNewestArticles() throws Exception {
        SyndFeed feed = read("feed.xml");
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Newsroom & Co", feed.getTitle());
        assertEquals(BASE, feed.getLink());
        assertEquals("en-gb", feed.getLanguage());
        assertEquals(Instant.parse("2024-03-06T07:00:00Z"), feed.getPublishedDate().toInstant());
        assertRssItems(NEWEST_FIVE, feed);
    }

    @Test
    void topicFeedHoldsItsArticlesWithDatesCategoriesAndImages() throws Exception {
        SyndFeed ai = read("topics/ai/feed.xml");
        assertEquals("Newsroom & Co: AI", ai.getTitle());
        assertEquals(BASE + "topics/ai/", ai.getLink());
        assertEquals(AI_RULES_UPDATED, ai.getPublishedDate().toInstant(),
                "lastBuildDate is the newest change of an item: the AI rules' correction, after the cameras' publication");
        assertRssItems(List.of(CAMERAS, AI_RULES, TOKYO, ROBOTS), ai);

        SyndFeed cpp = read("topics/c-plus-plus/feed.xml");
        assertEquals("Newsroom & Co: C++", cpp.getTitle());
        assertRssItems(List.of(CPP), cpp);
    }

    @Test
    void providerFeedHoldsItsArticlesWithDatesCategoriesAndImages() throws Exception {
        SyndFeed techWire = read("providers/tech-wire/feed.xml");
        assertEquals("Newsroom & Co: Tech Wire", techWire.getTitle());
        assertEquals(BASE + "providers/tech-wire/", techWire.getLink());
        assertEquals(CSHARP.published(), techWire.getPublishedDate().toInstant());
        assertRssItems(List.of(CSHARP, CPP, CHIPS), techWire);

        SyndFeed exampleNews = read("providers/example-news/feed.xml");
        assertRssItems(List.of(CAMERAS, ROBOTS), exampleNews);
    }

    @Test
    void atomFeedHoldsTheSameItems() throws Exception {
        SyndFeed atom = read("atom.xml");
        assertEquals("atom_1.0", atom.getFeedType());
        // Atom's titles are declared HTML (type="html"): Rome hands over the HTML, which shows the title as typed
        assertEquals("html", atom.getTitleEx().getType());
        assertEquals("Newsroom &amp; Co", atom.getTitle());
        assertEquals(Instant.parse("2024-03-06T07:00:00Z"), atom.getPublishedDate().toInstant());
        assertEquals(titles(NEWEST_FIVE), atom.getEntries().stream()
                .map(entry -> Parser.unescapeEntities(entry.getTitle(), false)).toList());
        atom.getEntries().forEach(entry -> assertEquals("html", entry.getTitleEx().getType(), entry.getTitle()));
        for (int i = 0; i < NEWEST_FIVE.size(); i++) {
            Item expected = NEWEST_FIVE.get(i);
            SyndEntry entry = atom.getEntries().get(i);
            assertCommonFields(expected, entry);
            assertEquals(idOf(expected), entry.getUri(), expected.title());
            // an Atom <summary type="html"> is HTML, as an RSS description is: the excerpt's characters, escaped for HTML
            assertEquals("html", entry.getDescription().getType(), expected.title());
            assertEquals(expected.excerpt(), Parser.unescapeEntities(entry.getDescription().getValue(), false), expected.title());
            assertEquals(updated(expected), entry.getUpdatedDate().toInstant(), expected.title());
        }
    }

    private static Instant updated(Item item) {
        return item == AI_RULES ? AI_RULES_UPDATED : item.published();
    }

    @Test
    void jsonFeedHoldsTheSameItems() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(output.resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("Newsroom & Co", feed.get("title").asText());
        assertEquals(BASE, feed.get("home_page_url").asText());
        assertEquals(BASE + "feed.json", feed.get("feed_url").asText());
        assertEquals(NEWEST_FIVE.size(), feed.get("items").size());
        for (int i = 0; i < NEWEST_FIVE.size(); i++) {
            Item expected = NEWEST_FIVE.get(i);
            JsonNode item = feed.get("items").get(i);
            String title = expected.title();
            assertEquals(idOf(expected), item.get("id").asText(), title);
            assertEquals(expected.link(), item.get("url").asText(), title);
            assertEquals(title, item.get("title").asText());
            // JSON Feed 1.1: every item must have content_text or content_html
            assertEquals(expected.excerpt(), item.get("content_text").asText(), title);
            assertEquals(expected.excerpt(), item.get("summary").asText(), title);
            assertEquals(expected.published().toString(), item.get("date_published").asText(), title);
            assertEquals(expected == AI_RULES ? AI_RULES_UPDATED.toString() : null,
                    item.has("date_modified") ? item.get("date_modified").asText() : null, title);
            assertEquals(expected.creator(), item.get("authors").get(0).get("name").asText(), title);
            List<String> tags = new ArrayList<>();
            item.get("tags").forEach(tag -> tags.add(tag.asText()));
            assertEquals(expected.categories(), tags, title);
            if (expected.image() == null) {
                assertFalse(item.has("image"), title);
            } else {
                assertEquals(expected.image().url(), item.get("image").asText(), title);
            }
        }
    }

    @Test
    void anItemWithoutAnExcerptHasItsTitleAsItsTextInEveryFeed(@TempDir Path site) throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Plain
                baseUrl: https://example.org/
                -- seeds/a.md --
                ---
                title: "Only a headline"
                publishedDateTime: 2024-01-01T00:00:00Z
                published: true
                provider:
                  name: P
                ---
                """);
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()),
                site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());

        JsonNode item = new ObjectMapper().readTree(site.resolve("output/feed.json").toFile()).get("items").get(0);
        assertEquals("Only a headline", item.get("content_text").asText());
        assertFalse(item.has("summary"), "no summary without an excerpt: " + item);
        // every RSS item and Atom entry has text too (the W3C service warns of an entry without: MissingTextualContent)
        try (XmlReader rss = new XmlReader(site.resolve("output/feed.xml").toFile());
                XmlReader atom = new XmlReader(site.resolve("output/atom.xml").toFile())) {
            assertEquals("Only a headline", new SyndFeedInput().build(rss).getEntries().get(0).getDescription().getValue());
            assertEquals("Only a headline", new SyndFeedInput().build(atom).getEntries().get(0).getDescription().getValue());
        }
    }

    /** Every entry of an RSS feed, in order: the fields every feed item has, and the excerpt as a reader shows it. */
    private static void assertRssItems(List<Item> expected, SyndFeed feed) {
        assertEquals(titles(expected), feed.getEntries().stream().map(SyndEntry::getTitle).toList(), feed.getTitle());
        for (int i = 0; i < expected.size(); i++) {
            Item item = expected.get(i);
            SyndEntry entry = feed.getEntries().get(i);
            assertCommonFields(item, entry);
            assertEquals(idOf(item), entry.getUri(), "the guid is the urn:uuid of the article's webUrl");
            // an RSS <description> is HTML once the XML is read: the excerpt's characters, escaped for HTML
            assertEquals(item.excerpt(), Parser.unescapeEntities(entry.getDescription().getValue(), false), item.title());
        }
    }

    private static void assertCommonFields(Item expected, SyndEntry entry) {
        String title = expected.title();
        assertEquals(expected.link(), entry.getLink(), title);
        assertEquals(expected.published(), entry.getPublishedDate().toInstant(), title);
        assertEquals(expected.creator(), entry.getAuthor(), title);
        assertEquals(expected.categories(), entry.getCategories().stream().map(SyndCategory::getName).toList(), title);
        MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaModule.URI);
        if (expected.image() == null) {
            assertTrue(media == null || media.getMediaContents().length == 0, title + " has no image");
            return;
        }
        assertNotNull(media, title + " has Media RSS");
        assertEquals(1, media.getMediaContents().length, title);
        MediaContent image = media.getMediaContents()[0];
        assertEquals(expected.image().url(), image.getReference().toString(), title);
        assertEquals("image", image.getMedium(), title);
        assertEquals(expected.image().width(), image.getWidth(), title);
        assertEquals(expected.image().height(), image.getHeight(), title);
    }

    /**
     * The feed id of a newsroom article: urn:uuid of the version 5 UUID of its webUrl in the URL namespace (which
     * FeedIdsTest checks against Python's uuid5), so the same whatever its headline, date or page address.
     */
    static String idOf(Item item) {
        Map<Item, String> webUrls = Map.of(ROBOTS, "https://example.org/robots", CHIPS, "https://techwire.example/chips",
                PHONE_CAMERAS, "https://lens.example/night-phones", TOKYO, "https://nihon.example/lab",
                AI_RULES, "https://ukranews.example/ai-rules", CAMERAS, "https://example.org/night",
                CPP, "https://techwire.example/cpp", CSHARP, "https://techwire.example/csharp");
        return "urn:uuid:" + FeedIds.nameBased(FeedIds.URL_NAMESPACE, webUrls.get(item));
    }

    private static List<String> titles(List<Item> items) {
        return items.stream().map(Item::title).toList();
    }

    private static SyndFeed read(String path) throws Exception {
        try (XmlReader reader = new XmlReader(output.resolve(path).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }
}
