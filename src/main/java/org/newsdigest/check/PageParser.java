package org.newsdigest.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Reads the ids and links of an HTML page or an XML feed with jsoup, from its file or from its bytes. */
final class PageParser {

    /** Attributes that link to something the browser loads or the reader follows. */
    private static final String LINK_SELECTOR = "a[href], link[href], area[href], img[src], script[src], source[src], "
            + "iframe[src], video[src], audio[src], track[src], form[action]";

    /** The tags {@link #LINK_SELECTOR} names: only these can match it, so only these are tested against it. */
    private static final Set<String> LINK_TAGS = Set.of("a", "link", "area", "img", "script", "source", "iframe", "video",
            "audio", "track", "form");

    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "action");

    /** Compiled once: {@code Element.select} parses its query again on every call. Stateless while matching. */
    private final Evaluator linkElements = QueryParser.parse(LINK_SELECTOR);
    private final Evaluator withId = QueryParser.parse("[id]");
    private final Evaluator namedAnchors = QueryParser.parse("a[name]");

    static boolean isHtml(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    static boolean isXml(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** True for the files that have links: HTML pages and XML feeds. */
    static boolean isPage(String path) {
        return isHtml(path) || isXml(path);
    }

    /** The parser for a {@link #isPage page}; with {@code positions}, it records each node's line and column. */
    static Parser parserFor(String path, boolean positions) {
        return (isHtml(path) ? Parser.htmlParser() : Parser.xmlParser()).setTrackPosition(positions);
    }

    /**
     * The page's ids (none for XML), in one walk over its elements that also adds its links to {@code links} in
     * document order: as {@code select("[id]")}, {@code select("a[name]")} and {@code select(LINK_SELECTOR)} would give
     * them, without walking the page three times.
     */
    Set<String> idsAndLinks(String path, Document page, List<Link> links) {
        if (!isHtml(path)) {
            collectXmlLinks(path, page, links);
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (Element element : page.getAllElements()) {
            addIds(page, element, ids);
            if (LINK_TAGS.contains(element.normalName()) && linkElements.matches(page, element)) {
                addHtmlLinks(path, element, links);
            }
        }
        return ids;
    }

    /** The page's ids, for the links with a fragment into it. */
    Set<String> ids(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element element : page.getAllElements()) {
            addIds(page, element, ids);
        }
        return ids;
    }

    private void addIds(Document page, Element element, Set<String> ids) {
        if (withId.matches(page, element)) {
            ids.add(element.id());
        }
        if (namedAnchors.matches(page, element)) {
            ids.add(element.attr("name"));
        }
    }

    private static void addHtmlLinks(String path, Element element, List<Link> links) {
        for (String name : LINK_ATTRIBUTES) {
            if (element.hasAttr(name)) {
                Attribute attribute = element.attribute(name);
                Range.Position start = attribute.sourceRange().valueRange().start();
                links.add(link(path, links.size(), start, attribute.getValue()));
            }
        }
    }

    /** Feeds and sitemaps: {@code <link>}, {@code <loc>} and permalink {@code <guid>} text, and {@code href} attributes. */
    private static void collectXmlLinks(String path, Document feed, List<Link> links) {
        for (Element element : feed.getAllElements()) {
            String tag = element.tagName();
            boolean textLink = tag.equals("link") || tag.equals("loc")
                    || (tag.equals("guid") && !"false".equals(element.attr("isPermaLink")));
            String text = textLink ? element.text() : ""; // text() walks the element's nodes: once, not twice
            if (!text.isBlank()) {
                Range.Position start = element.sourceRange().start();
                links.add(link(path, links.size(), start, text));
            }
            if (element.hasAttr("href")) {
                Range.Position start = element.attribute("href").sourceRange().valueRange().start();
                links.add(link(path, links.size(), start, element.attr("href")));
            }
        }
    }

    private static Link link(String page, int index, Range.Position start, String target) {
        return new Link(page, index, Math.max(0, start.lineNumber()), Math.max(0, start.columnNumber()), target);
    }

    /**
     * Decoded as jsoup reads it, straight into its buffer: a whole-page String cost a second pass to decode into and
     * a copy out of. Strict: a page that is not UTF-8 fails as it did when read with {@code Files.readString}.
     */
    static Document parse(Path file, Parser parser) {
        try {
            return parse(Files.readAllBytes(file), parser);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return parseWhole(file, parser); // throws, with the exception (and message) a whole-file read gives
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws UncheckedIOException with a {@link CharacterCodingException} as its cause for bytes that are not UTF-8 */
    static Document parse(byte[] content, Parser parser) {
        try (Reader page = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder())) {
            return parser.parseInput(page, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parseWhole(Path file, Parser parser) {
        try {
            return parser.parseInput(Files.readString(file, StandardCharsets.UTF_8), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
