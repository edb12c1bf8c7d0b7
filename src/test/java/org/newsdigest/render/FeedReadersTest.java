package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.testing.FixtureSites;

/** The feeds of the newsroom fixture, read back with Rome (RSS, Atom) and Jackson (JSON Feed) as a reader would. */
class FeedReadersTest {

    static final String BASE = "https://example.github.io/news-digest/";
    /** The five newest published articles (feed.items is 5); the embargoed article is unpublished. */
    static final List<String> NEWEST_FIVE = List.of(
            "C# gets discriminated unions",
            "C++ 26 adds reflection",
            "Cameras that see in the dark",
            "Parliament agrees AI rules",
            "東京で新しいAIラボが開設");
    static final List<String> NEWEST_FIVE_LINKS = List.of(
            BASE + "articles/2024/03/06/c-sharp-gets-discriminated-unions/",
            BASE + "articles/2024/03/05/c-plus-plus-26-adds-reflection/",
            BASE + "articles/2024/03/04/cameras-that-see-in-the-dark/",
            BASE + "articles/2024/03/03/parliament-agrees-ai-rules/",
            BASE + "articles/2024/03/02/ai-53fcddea/");

    @TempDir
    static Path output;

    @BeforeAll
    static void build() {
        BuildResult result = FixtureSites.build("newsroom", output, null);
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
    }

    @Test
    void rssFeedReadsAsTheFiveNewestArticles() throws Exception {
        SyndFeed feed = read("feed.xml");
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Newsroom & Co", feed.getTitle());
        assertEquals(BASE, feed.getLink());
        assertEquals("en-gb", feed.getLanguage());
        assertEquals(Instant.parse("2024-03-06T07:00:00Z"), feed.getPublishedDate().toInstant());
        assertEquals(NEWEST_FIVE, titles(feed));
        assertEquals(NEWEST_FIVE_LINKS, feed.getEntries().stream().map(SyndEntry::getLink).toList());
        assertEquals(NEWEST_FIVE_LINKS, feed.getEntries().stream().map(SyndEntry::getUri).toList());

        SyndEntry cameras = feed.getEntries().get(2);
        assertEquals(Instant.parse("2024-03-04T08:15:00Z"), cameras.getPublishedDate().toInstant());
        assertEquals(List.of("Computer Vision", "AI"), cameras.getCategories().stream().map(SyndCategory::getName).toList());
        assertEquals("Example News", cameras.getAuthor());
        assertEquals("Night vision for phones 📷.", cameras.getDescription().getValue());
        MediaContent image = ((MediaEntryModule) cameras.getModule(MediaModule.URI)).getMediaContents()[0];
        assertEquals("http://photos.example/cameras.jpg", image.getReference().toString());
        assertEquals("image", image.getMedium());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
    }

    @Test
    void topicAndProviderFeedsHoldOnlyTheirArticles() throws Exception {
        SyndFeed ai = read("topics/ai/feed.xml");
        assertEquals("Newsroom & Co: AI", ai.getTitle());
        assertEquals(BASE + "topics/ai/", ai.getLink());
        assertEquals(List.of("Cameras that see in the dark", "Parliament agrees AI rules", "東京で新しいAIラボが開設",
                "Robots learn to fold laundry"), titles(ai));

        SyndFeed techWire = read("providers/tech-wire/feed.xml");
        assertEquals(List.of("C# gets discriminated unions", "C++ 26 adds reflection", "Chip makers race to 2 nm"),
                titles(techWire));
        assertTrue(techWire.getEntries().stream().allMatch(e -> e.getAuthor().equals("Tech Wire")));
    }

    @Test
    void atomFeedHoldsTheSameItems() throws Exception {
        SyndFeed atom = read("atom.xml");
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals("Newsroom & Co", atom.getTitle());
        assertEquals(NEWEST_FIVE, titles(atom));
        assertEquals(NEWEST_FIVE_LINKS, atom.getEntries().stream().map(SyndEntry::getLink).toList());
        SyndEntry cSharp = atom.getEntries().get(0);
        assertEquals(Instant.parse("2024-03-06T07:00:00Z"), cSharp.getPublishedDate().toInstant());
        assertEquals(List.of("C#"), cSharp.getCategories().stream().map(SyndCategory::getName).toList());
        assertEquals("Tech Wire", cSharp.getAuthor());
        assertEquals(Instant.parse("2024-03-06T07:00:00Z"), atom.getPublishedDate().toInstant());
    }

    @Test
    void jsonFeedHoldsTheSameItems() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(output.resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("Newsroom & Co", feed.get("title").asText());
        assertEquals(BASE, feed.get("home_page_url").asText());
        assertEquals(BASE + "feed.json", feed.get("feed_url").asText());
        List<String> titles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(item -> {
            titles.add(item.get("title").asText());
            ids.add(item.get("id").asText());
        });
        assertEquals(NEWEST_FIVE, titles);
        assertEquals(NEWEST_FIVE_LINKS, ids);
        JsonNode cameras = feed.get("items").get(2);
        assertEquals("2024-03-04T08:15:00Z", cameras.get("date_published").asText());
        assertEquals("http://photos.example/cameras.jpg", cameras.get("image").asText());
        assertEquals("Example News", cameras.get("authors").get(0).get("name").asText());
        assertEquals("[\"Computer Vision\",\"AI\"]", cameras.get("tags").toString());
    }

    private static SyndFeed read(String path) throws Exception {
        try (XmlReader reader = new XmlReader(output.resolve(path).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }
}
