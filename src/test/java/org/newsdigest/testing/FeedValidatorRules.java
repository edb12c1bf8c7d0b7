package org.newsdigest.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.nodes.Entities;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rules of the W3C Feed Validation Service (rubys/feedvalidator) that the feeds' escaping is about, written again
 * for the tests: what the service would warn of in an RSS 2.0 or Atom 1.0 feed, one line per warning.
 *
 * <ul>
 * <li>Plain-text fields ({@code nonhtml} in validators.py; Atom text constructs of {@code type="text"}, the default, in
 * content.py): (1) the decoded text
 * holds an HTML end tag such as {@code </b>}: ContainsHTML (Atom: ContainsUndeclaredHTML); (2) it holds an entity or
 * character reference such as {@code &lt;}, and no raw line of the element holds {@code &#x}: the same; (3) in RSS
 * only, it matches {@code &#[x0-9]|<[/a-zA-Z]} and no raw line of the element holds {@code &#x}: CharacterData
 * ("Encode & and < in plain text using hexadecimal character references"). The raw lines are looked at one by one, as
 * {@code rssCharData} in __init__.py does.</li>
 * <li>Atom text constructs of {@code type="html"} ({@code validateSafe} in content.py, {@code HTMLValidator} in
 * validators.py): the decoded text is HTML, and each start tag in it must be an HTML element (NotHtml) that is safe
 * (SecurityRisk); {@code <?import} is a SecurityRisk. References are not looked at: the type says it is HTML.</li>
 * <li>An Atom entry without {@code summary} or {@code content}: MissingTextualContent (entry.py); and, beyond the
 * service, an RSS item without {@code description}: MissingDescription.</li>
 * <li>{@code enclosure} (item.py): {@code url} an http(s) address, {@code length} a whole number not below 0 (-1:
 * UseZeroForUnknown), {@code type} a media type, and one per item (DuplicateEnclosure).</li>
 * </ul>
 */
public final class FeedValidatorRules {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Pattern END_TAG = Pattern.compile("</(\\w+)>");
    private static final Pattern REFERENCE = Pattern.compile("&(#?\\w+)");
    private static final Pattern CHARACTER_DATA = Pattern.compile("&#[x0-9]|<[/a-zA-Z]");
    private static final Pattern MIME = Pattern.compile("[^\\s()<>,;:\\\\\"/\\[\\]?=]+/[^\\s()<>,;:\\\\\"/\\[\\]?=]+"
            + "(\\s*;\\s*[^\\s()<>,;:\\\\\"/\\[\\]?=]+=(\"(\\\\\"|[^\"])*\"|[^\\s()<>,;:\\\\\"/\\[\\]?=]+))*");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[a-z0-9.-]+(:\\d+)?(/[0-9a-zA-Z;/?:@&=+$.\\-_!~*'()%,#]*)?");
    /** The plain-text elements of RSS 2.0, as namespace and local name. */
    private static final Set<String> RSS_TEXT = Set.of("|title", "|description", "|category", DC + "|creator");
    /** Atom's text constructs (RFC 4287 §3.1), whose {@code type} says whether they are text or HTML. */
    private static final Set<String> ATOM_TEXT_CONSTRUCTS = Set.of(ATOM + "|title", ATOM + "|subtitle", ATOM + "|summary",
            ATOM + "|rights");
    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][-.a-zA-Z0-9:_]*)");
    /** {@code HTMLValidator.htmltags}. */
    private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "acronym", "address", "applet", "area", "article",
            "aside", "audio", "b", "base", "basefont", "bdo", "big", "blockquote", "body", "br", "button", "canvas",
            "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid", "datalist", "dd", "del",
            "details", "dialog", "dir", "div", "dfn", "dl", "dt", "em", "event-source", "fieldset", "figcaption", "figure",
            "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
            "html", "i", "iframe", "img", "input", "ins", "isindex", "kbd", "label", "legend", "li", "link", "m", "map",
            "menu", "meta", "meter", "nav", "noframes", "noscript", "object", "ol", "output", "optgroup", "option", "p",
            "param", "pre", "progress", "q", "s", "samp", "script", "section", "select", "small", "source", "span",
            "strike", "strong", "style", "sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time",
            "title", "tr", "tt", "u", "ul", "var", "xmp", "plaintext", "embed", "comment", "listing", "video", "wbr");
    /** The elements of {@link #HTML_TAGS} that are not in {@code HTMLValidator.acceptable_elements}. */
    private static final Set<String> UNSAFE_TAGS = Set.of("applet", "base", "basefont", "bdo", "body", "comment", "embed",
            "frame", "frameset", "head", "html", "iframe", "isindex", "link", "listing", "meta", "noframes", "object",
            "param", "plaintext", "script", "style", "title", "xmp");

    private FeedValidatorRules() {
    }

    /** The warnings for one feed's bytes; empty when there is none. */
    public static List<String> warnings(byte[] feed) {
        String text = new String(feed, StandardCharsets.UTF_8);
        List<Boolean> hexLines = text.lines().map(line -> line.contains("&#x")).toList();
        Handler handler = new Handler(hexLines);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(feed), handler);
        } catch (Exception e) {
            return List.of("not well-formed: " + e.getMessage());
        }
        return handler.warnings;
    }

    private static final class Open {
        final String key;
        final String name;
        final int startLine;
        final StringBuilder text = new StringBuilder();
        final List<String> children = new ArrayList<>();
        /** The {@code type} attribute, which only Atom's text constructs are read for; null when there is none. */
        final String type;

        Open(String key, String name, int startLine, String type) {
            this.key = key;
            this.name = name;
            this.startLine = startLine;
            this.type = type;
        }
    }

    private static final class Handler extends DefaultHandler {
        private final List<Boolean> hexLines;
        private final List<String> warnings = new ArrayList<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private Locator locator;
        private boolean rss;

        Handler(List<Boolean> hexLines) {
            this.hexLines = hexLines;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (open.isEmpty()) {
                rss = localName.equals("rss");
            }
            String key = uri + "|" + localName;
            if (!open.isEmpty()) {
                open.peek().children.add(key);
            }
            int line = locator.getLineNumber();
            if (key.equals(ATOM + "|category") && attributes.getValue("label") != null) {
                checkText("category/@label", attributes.getValue("label"), line, line, ContainsHtml.ATOM);
            }
            if (localName.equals("enclosure") && uri.isEmpty()) {
                checkEnclosure(attributes, line);
            }
            open.push(new Open(key, qName, line, attributes.getValue("type")));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            open.peek().text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open element = open.pop();
            int endLine = locator.getLineNumber();
            String parent = open.isEmpty() ? "" : open.peek().key;
            if (rss ? RSS_TEXT.contains(element.key) && !(element.key.equals("|description") && parent.equals("|item"))
                    : element.key.equals(ATOM + "|name")
                            || ATOM_TEXT_CONSTRUCTS.contains(element.key) && (element.type == null || element.type.equals("text"))) {
                checkText(element.name, element.text.toString(), element.startLine, endLine, rss ? ContainsHtml.RSS : ContainsHtml.ATOM);
            }
            if (!rss && ATOM_TEXT_CONSTRUCTS.contains(element.key) && "html".equals(element.type)) {
                checkSafeHtml(element.name, element.text.toString(), element.startLine);
            }
            if (element.key.equals("|item") && !element.children.contains("|description")) {
                warnings.add("line " + element.startLine + ": MissingDescription: item has no description");
            }
            if (element.key.equals(ATOM + "|entry") && !element.children.contains(ATOM + "|summary")
                    && !element.children.contains(ATOM + "|content")) {
                warnings.add("line " + element.startLine + ": MissingTextualContent: entry has no summary or content");
            }
            if (element.key.equals("|item") && element.children.stream().filter("|enclosure"::equals).count() > 1) {
                warnings.add("line " + element.startLine + ": DuplicateEnclosure");
            }
        }

        private void checkText(String name, String value, int startLine, int endLine, ContainsHtml message) {
            boolean hex = hexLines.subList(Math.max(0, startLine - 1), Math.min(hexLines.size(), endLine)).contains(true);
            Matcher endTag = END_TAG.matcher(value);
            if (endTag.find()) {
                warnings.add(at(startLine, name, value) + message.name + ": " + endTag.group());
                return;
            }
            Matcher reference = REFERENCE.matcher(value);
            if (reference.find()) {
                // as validators.py: once the text has something like a reference, rule 3 is not looked at
                do {
                    String found = reference.group(1);
                    if (!hex && (Entities.isNamedEntity(found) || found.equals("apos")
                            || !found.chars().allMatch(Character::isLetter))) {
                        warnings.add(at(startLine, name, value) + message.name + ": &" + found + ";");
                    }
                } while (reference.find());
            } else if (rss && CHARACTER_DATA.matcher(value).find() && !hex) {
                warnings.add(at(startLine, name, value) + "CharacterData: encode & and < in plain text using hexadecimal character references");
            }
        }

        private void checkSafeHtml(String name, String html, int line) {
            if (html.toLowerCase(java.util.Locale.ROOT).contains("<?import ")) {
                warnings.add(at(line, name, html) + "SecurityRisk: ?import");
            }
            Matcher tag = START_TAG.matcher(html);
            while (tag.find()) {
                String element = tag.group(1).toLowerCase(java.util.Locale.ROOT);
                if (!HTML_TAGS.contains(element)) {
                    warnings.add(at(line, name, html) + "NotHtml: " + element);
                } else if (UNSAFE_TAGS.contains(element)) {
                    warnings.add(at(line, name, html) + "SecurityRisk: " + element);
                }
            }
        }

        private void checkEnclosure(Attributes attributes, int line) {
            String where = "line " + line + ": enclosure: ";
            String length = attributes.getValue("length");
            String type = attributes.getValue("type");
            String url = attributes.getValue("url");
            if (length == null) {
                warnings.add(where + "MissingAttribute length");
            } else if (!length.matches("-?\\d+")) {
                warnings.add(where + "InvalidIntegerAttribute length " + length);
            } else if (length.equals("-1")) {
                warnings.add(where + "UseZeroForUnknown");
            } else if (length.startsWith("-")) {
                warnings.add(where + "InvalidNonNegativeInteger length " + length);
            }
            if (type == null) {
                warnings.add(where + "MissingAttribute type");
            } else if (!MIME.matcher(type).matches()) {
                warnings.add(where + "InvalidMIMEAttribute " + type);
            }
            if (url == null || !HTTP_URL.matcher(url).matches()) {
                warnings.add(where + "InvalidURLAttribute " + url);
            }
        }

        private static String at(int line, String name, String value) {
            return "line " + line + ": <" + name + "> " + value + ": ";
        }
    }

    private enum ContainsHtml {
        RSS("ContainsHTML"), ATOM("ContainsUndeclaredHTML");

        final String name;

        ContainsHtml(String name) {
            this.name = name;
        }
    }
}
