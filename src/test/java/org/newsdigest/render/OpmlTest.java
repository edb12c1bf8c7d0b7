package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdigest.testing.NewsroomArticles.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.XmlFiles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code feeds.opml} of the newsroom fixture, read with the JDK's XML parser: OPML 2.0 with a head and a title, the
 * site's feeds, each topic's and each provider's in three groups, and every {@code xmlUrl} a feed of the site that a
 * feed reader parses. The site's title ("Newsroom &amp; Co") shows that FreeMarker's XML output format escapes it.
 */
class OpmlTest {

    @TempDir
    static Path output;
    static Element opml;

    @BeforeAll
    static void build() throws Exception {
        FixtureSites.buildPublished("newsroom", output);
        opml = XmlFiles.parse(output.resolve("feeds.opml")).getDocumentElement();
    }

    @Test
    void itIsOpml2WithATitle() {
        assertEquals("opml", opml.getTagName());
        assertEquals("2.0", opml.getAttribute("version"));
        assertEquals(List.of("head", "body"), children(opml).stream().map(Element::getTagName).toList());
        Element head = children(opml).get(0);
        assertEquals("Newsroom & Co", child(head, "title").getTextContent());
        assertEquals("http://opml.org/spec2.opml", child(head, "docs").getTextContent());
    }

    @Test
    void theBodyGroupsTheSitesFeedsThenTopicsThenProviders() {
        List<Element> groups = children(body());
        assertEquals(List.of("Newsroom & Co", "Topics", "Providers"), groups.stream().map(g -> g.getAttribute("text")).toList());
        assertEquals(List.of(
                "Newsroom & Co (RSS) " + BASE + "feed.xml " + BASE,
                "Newsroom & Co (Atom) " + BASE + "atom.xml " + BASE,
                "Newsroom & Co (JSON Feed) " + BASE + "feed.json " + BASE),
                children(groups.get(0)).stream().map(f -> f.getAttribute("text") + " " + f.getAttribute("xmlUrl") + " "
                        + f.getAttribute("htmlUrl")).toList());
        assertEquals(termNames("topics/index.html"), texts(groups.get(1)), "the topics, in the topics page's order");
        assertEquals(termNames("providers/index.html"), texts(groups.get(2)), "the providers, in the providers page's order");
        Element ai = children(groups.get(1)).stream().filter(f -> f.getAttribute("text").equals("AI")).findFirst().orElseThrow();
        assertEquals("Newsroom & Co: AI (RSS)", ai.getAttribute("title"));
        assertEquals(BASE + "topics/ai/feed.xml", ai.getAttribute("xmlUrl"));
        assertEquals(BASE + "topics/ai/", ai.getAttribute("htmlUrl"));
    }

    @Test
    void everyXmlUrlIsAFeedOfTheSiteThatParsesAndEveryFeedIsListed() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (Element feed : feeds()) {
            assertEquals("rss", feed.getAttribute("type"), feed.getAttribute("text"));
            String xmlUrl = feed.getAttribute("xmlUrl");
            assertTrue(xmlUrl.startsWith(BASE), xmlUrl);
            Path file = output.resolve(xmlUrl.substring(BASE.length()));
            assertTrue(Files.isRegularFile(file), xmlUrl + " is in the output");
            assertEquals(feed.getAttribute("htmlUrl"), linkOfFeed(file), xmlUrl + " follows the page its htmlUrl names");
            listed.add(xmlUrl.substring(BASE.length()));
        }
        try (Stream<Path> files = Files.walk(output)) {
            Set<String> written = files.map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.matches("(.*/)?(feed\\.xml|atom\\.xml|feed\\.json)"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(written, listed);
        }
    }

    @Test
    void theFooterTheTopicsAndProvidersPagesLinkItAndEveryPageAdvertisesIt() {
        for (String path : List.of("index.html", "topics/index.html", "providers/index.html", "404.html")) {
            Document page = Jsoup.parse(SiteFiles.text(output, path));
            assertEquals(List.of("/news-digest/feeds.opml"), page.select("head link[rel=outline][type=text/x-opml]").eachAttr("href"), path);
            assertEquals(List.of("/news-digest/feeds.opml"), page.select("footer a[type=text/x-opml]").eachAttr("href"), path);
        }
        assertEquals(List.of("Subscribe to every topic at once (OPML)"),
                Jsoup.parse(SiteFiles.text(output, "topics/index.html")).select("main a[href$=feeds.opml]").eachText());
        assertEquals(List.of("Subscribe to every provider at once (OPML)"),
                Jsoup.parse(SiteFiles.text(output, "providers/index.html")).select("main a[href$=feeds.opml]").eachText());
    }

    /** The page a feed follows: an RSS channel's link or an Atom feed's alternate link, read by Rome; a JSON Feed's home_page_url. */
    private static String linkOfFeed(Path file) throws Exception {
        if (file.toString().endsWith(".json")) {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText());
            return json.get("home_page_url").asText();
        }
        try (XmlReader reader = new XmlReader(file.toFile())) {
            SyndFeed feed = new SyndFeedInput().build(reader);
            // an Atom feed links itself (rel="self") as well as its page (rel="alternate")
            return feed.getLinks().stream().filter(link -> "alternate".equals(link.getRel())).map(SyndLink::getHref)
                    .findFirst().orElse(feed.getLink());
        }
    }

    private static List<String> termNames(String page) {
        return Jsoup.parse(SiteFiles.text(output, page)).select("ul.terms li > a").eachText();
    }

    private static Element body() {
        return children(opml).get(1);
    }

    private static List<Element> feeds() {
        List<Element> feeds = new ArrayList<>();
        children(body()).forEach(group -> feeds.addAll(children(group)));
        return feeds;
    }

    private static List<String> texts(Element group) {
        return children(group).stream().map(f -> f.getAttribute("text")).toList();
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElseThrow();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
