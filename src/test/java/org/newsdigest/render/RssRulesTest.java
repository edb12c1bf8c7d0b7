package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.NewsroomArticles;
import org.newsdigest.testing.NewsroomArticles.Item;
import org.newsdigest.testing.TestClock;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules of the W3C Feed Validation Service for RSS 2.0, one by one, on every RSS feed of the newsroom
 * fixture (the site's and each topic's and provider's).
 */
class RssRulesTest {

    static final String RSS_DATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
            + "\\d{2}:\\d{2}:\\d{2} \\+0000";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    @TempDir
    static Path output;
    /** A small inline site whose names and descriptions hold the characters XML and HTML escape. */
    @TempDir
    static Path apostrophes;

    @BeforeAll
    static void build() throws Exception {
        FixtureSites.buildPublished("newsroom", output);

        InlineSite.write(apostrophes, """
                -- site-config.yml --
                title: "Tom's Digest"
                description: "Tom's picks & more"
                baseUrl: https://example.org/
                -- seeds/a.md --
                ---
                title: "Barron's view on R&D"
                excerpt: "Barron's view: R&D <matters>"
                publishedDateTime: 2024-01-02T00:00:00Z
                published: true
                provider:
                  name: "Barron's & Co"
                topics: ["R&D's"]
                ---
                -- seeds/b.md --
                ---
                title: "An image of unknown size"
                publishedDateTime: 2024-01-01T00:00:00Z
                published: true
                provider:
                  name: "Other"
                images:
                  - url: "https://img.example/unsized.jpg"
                ---
                """);
        BuildResult inline = new SiteBuilder(new SiteConfigLoader().load(apostrophes.resolve("site-config.yml"),
                ConfigOverrides.none()), apostrophes, TestClock.FIXED).build();
        assertTrue(inline.published(), () -> inline.problems() + " " + inline.brokenLinks());
    }

    static Stream<String> feeds() throws Exception {
        try (Stream<Path> walk = Files.walk(output)) {
            List<String> feeds = walk.filter(p -> p.getFileName().toString().equals("feed.xml"))
                    .map(p -> output.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertEquals(13, feeds.size(), "the site's feed, 7 topic feeds and 5 provider feeds: " + feeds);
            return feeds.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void startsWithTheUtf8XmlDeclarationAndHasOnlyLegalCharacters(String feed) throws Exception {
        String text = Files.readString(output.resolve(feed), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""), feed);
        assertTrue(text.codePoints().allMatch(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)), feed);
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void channelHasEveryRequiredAndRecommendedElement(String feed) throws Exception {
        Element channel = channel(feed);
        assertFalse(text(channel, "title").isBlank());
        assertTrue(text(channel, "link").startsWith("https://example.github.io/news-digest/"), feed);
        assertFalse(text(channel, "description").isBlank());
        assertEquals("en-gb", text(channel, "language"));
        assertTrue(text(channel, "lastBuildDate").matches(RSS_DATE), text(channel, "lastBuildDate"));
        assertEquals("news-digest", text(channel, "generator"));
        Element self = (Element) channel.getElementsByTagNameNS(ATOM, "link").item(0);
        assertNotNull(self, feed + " has no atom:link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals("application/rss+xml", self.getAttribute("type"));
        assertEquals("https://example.github.io/news-digest/" + feed, self.getAttribute("href"));
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void itemsFollowTheRules(String feed) throws Exception {
        Element channel = channel(feed);
        List<Element> items = children(channel, "item");
        assertFalse(items.isEmpty(), feed);
        Set<String> guids = new HashSet<>();
        for (Element item : items) {
            String title = text(item, "title");
            assertFalse(title.contains("<") || title.isBlank(), "title is text without markup: " + title);
            String link = text(item, "link");
            assertTrue(link.startsWith("https://example.github.io/news-digest/articles/"), link);
            Element guid = children(item, "guid").get(0);
            // not the permalink, which changes with the headline or the site's address: the urn:uuid of the webUrl
            assertEquals("false", guid.getAttribute("isPermaLink"));
            assertEquals(FeedReadersTest.idOf(article(item)), guid.getTextContent());
            assertTrue(guids.add(guid.getTextContent()), "guid is unique: " + guid.getTextContent());
            assertTrue(text(item, "pubDate").matches(RSS_DATE), text(item, "pubDate"));
            assertFalse(text(item, "description").isBlank());
            assertTrue(children(item, "author").isEmpty(), "author must be an e-mail address, so the provider is dc:creator");
            assertEquals(1, item.getElementsByTagNameNS(DC, "creator").getLength());
        }
    }

    /** One {@code <category>} per topic of the article, in the article's order: no topic left out, none added. */
    @ParameterizedTest
    @MethodSource("feeds")
    void itemsHaveOneCategoryPerTopic(String feed) throws Exception {
        for (Element item : children(channel(feed), "item")) {
            Item article = article(item);
            assertEquals(article.categories(), children(item, "category").stream().map(Element::getTextContent).toList(),
                    feed + ": " + article.title());
        }
    }

    /**
     * Every article of the fixture but one has a lead image with width and height in its front matter; its item
     * has exactly one {@code media:content} with them. The one without an image has none.
     */
    @ParameterizedTest
    @MethodSource("feeds")
    void itemsHaveTheirLeadImageWithWidthAndHeight(String feed) throws Exception {
        for (Element item : children(channel(feed), "item")) {
            Item article = article(item);
            List<Element> media = mediaContents(item);
            if (article.image() == null) {
                assertEquals(List.of(), media, feed + ": " + article.title() + " has no image");
                assertEquals(List.of(), children(item, "enclosure"), feed + ": " + article.title() + " has no enclosure");
                continue;
            }
            assertEquals(1, media.size(), feed + ": " + article.title());
            Element image = media.get(0);
            assertEquals(article.image().url(), image.getAttribute("url"));
            assertEquals("image", image.getAttribute("medium"));
            assertEquals(Integer.toString(article.image().width()), image.getAttribute("width"), feed + ": " + article.title());
            assertEquals(Integer.toString(article.image().height()), image.getAttribute("height"), feed + ": " + article.title());
            // and as an enclosure, for the readers that know no Media RSS: every picture of the fixture is a .jpg
            List<Element> enclosures = children(item, "enclosure");
            assertEquals(1, enclosures.size(), feed + ": " + article.title());
            assertEquals(article.image().url(), enclosures.get(0).getAttribute("url"));
            assertEquals("image/jpeg", enclosures.get(0).getAttribute("type"));
            assertEquals("0", enclosures.get(0).getAttribute("length"), "the size in bytes is not known");
        }
    }

    /** Sizes are never invented: an image whose article gives no width and height is listed without them. */
    @Test
    void anImageWithoutWidthAndHeightIsListedWithoutThem() throws Exception {
        List<Element> items = children(channel(apostrophes.resolve("output"), "feed.xml"), "item");
        assertEquals("An image of unknown size", text(items.get(1), "title"));
        Element image = mediaContents(items.get(1)).get(0);
        assertEquals("https://img.example/unsized.jpg", image.getAttribute("url"));
        assertEquals("image", image.getAttribute("medium"));
        assertFalse(image.hasAttribute("width"), "no width");
        assertFalse(image.hasAttribute("height"), "no height");
        Element enclosure = children(items.get(1), "enclosure").get(0);
        assertEquals("https://img.example/unsized.jpg", enclosure.getAttribute("url"));
        assertEquals("0", enclosure.getAttribute("length"), "nor a size in bytes: 0 says it is not known");
    }

    private static Item article(Element item) {
        String link = text(item, "link");
        return NewsroomArticles.byLink(link).orElseThrow(() -> new AssertionError("no published article has the link " + link));
    }

    private static List<Element> mediaContents(Element item) {
        List<Element> found = new ArrayList<>();
        NodeList media = item.getElementsByTagNameNS(MEDIA, "content");
        for (int i = 0; i < media.getLength(); i++) {
            found.add((Element) media.item(i));
        }
        return found;
    }

    /**
     * The channel's description is text: a reader shows the site's, topic's or provider's words as they are. An
     * item's description is HTML, so its text arrives escaped for HTML once the XML is read.
     */
    @Test
    void channelDescriptionIsPlainTextAndItemDescriptionIsEscapedHtml() throws Exception {
        Path site = apostrophes.resolve("output");
        assertEquals("Tom's picks & more", text(channel(site, "feed.xml"), "description"));
        assertEquals("The latest articles from Barron's & Co.", text(channel(site, "providers/barrons-and-co/feed.xml"), "description"));
        assertEquals("The latest articles about R&D's.", text(channel(site, "topics/r-and-ds/feed.xml"), "description"));
        for (String feed : List.of("feed.xml", "providers/barrons-and-co/feed.xml", "topics/r-and-ds/feed.xml")) {
            Element item = children(channel(site, feed), "item").get(0);
            assertEquals("Barron's view on R&D", text(item, "title"), feed);
            assertEquals("Barron&#39;s view: R&amp;D &lt;matters&gt;", text(item, "description"), feed);
        }
    }

    @ParameterizedTest
    @MethodSource("feeds")
    void everyPrefixUsedIsDeclared(String feed) throws Exception {
        Document document = parse(feed);
        List<String> undeclared = new ArrayList<>();
        collectUndeclared(document.getDocumentElement(), undeclared);
        assertEquals(List.of(), undeclared);
    }

    private static void collectUndeclared(Node node, List<String> undeclared) {
        if (node instanceof Element element && element.getPrefix() != null && element.getNamespaceURI() == null) {
            undeclared.add(element.getTagName());
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collectUndeclared(children.item(i), undeclared);
        }
    }

    private static Element channel(String feed) throws Exception {
        return channel(output, feed);
    }

    private static Element channel(Path site, String feed) throws Exception {
        return (Element) parse(site, feed).getDocumentElement().getElementsByTagName("channel").item(0);
    }

    private static Document parse(String feed) throws Exception {
        return parse(output, feed);
    }

    /** A namespace-aware parse, which refuses undeclared prefixes and ill-formed XML. */
    private static Document parse(Path site, String feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(site.resolve(feed))));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getNamespaceURI() == null && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one <" + name + ">");
        return found.get(0).getTextContent();
    }
}
