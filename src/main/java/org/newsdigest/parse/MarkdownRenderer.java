package org.newsdigest.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * Renders an article body from Markdown to HTML. Raw HTML in the body is escaped, not passed through. Every link
 * and image is checked here, where the file and line are known, so that one article's bad link costs that link
 * and not the whole build's link check: a link may lead to an absolute http(s) address that parses (spaces,
 * non-ASCII and stray {@code %} are percent-encoded), a {@code mailto:} address, or an {@code #id} the body's own
 * HTML has; an image only to an http(s) address. Any other link is removed and its text kept, any other image
 * replaced by its description, each with a warning at its place in the file. Built once and reused: flexmark's
 * parser and renderer are thread-safe after construction.
 */
public final class MarkdownRenderer {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");
    private static final String KEPT_TEXT = "; the link is removed and its text kept. ";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MarkdownBounds bounds;

    /** A renderer that refuses a body over the default {@link Limits}. */
    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                // a second guard: the check below has already removed every link this pattern matches
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(?!https?:|mailto:|#).*")
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).linkResolverFactory(new EncodingResolverFactory()).build();
        this.bounds = new MarkdownBounds(Limits.DEFAULTS);
    }

    private MarkdownRenderer(Parser parser, HtmlRenderer renderer, MarkdownBounds bounds) {
        this.parser = parser;
        this.renderer = renderer;
        this.bounds = bounds;
    }

    /** This renderer (sharing its parser), refusing a body over {@code limits.nestingPerLine} or {@code limits.bodyWork}. */
    public MarkdownRenderer within(Limits limits) {
        return new MarkdownRenderer(parser, renderer, new MarkdownBounds(limits));
    }

    /**
     * A body flexmark cannot read in bounded stack or time is an error at its place in the file, and renders as
     * nothing.
     *
     * @param file      the article file, for the position of a warning
     * @param firstLine the file line (1-based) the body starts on
     */
    public String render(String markdown, Path file, int firstLine, Problems problems) {
        if (markdown.isBlank()) {
            return "";
        }
        Optional<MarkdownBounds.Refusal> refusal = bounds.check(markdown);
        if (refusal.isPresent()) {
            problems.error(new SourcePosition(file, firstLine + refusal.get().line(), 1), refusal.get().message());
            return "";
        }
        Problems own = new Problems();
        try {
            String html = renderChecked(markdown, file, firstLine, own);
            problems.addAll(own.list());
            return html;
        } catch (StackOverflowError e) {
            // flexmark recurses per nested emphasis, link or image too, which no cheap count of a line foresees; the
            // stack is unwound by now, and nothing the parse made is kept
            problems.error(new SourcePosition(file, firstLine, 1), "the body nests quotes, lists, emphasis or links too "
                    + "deep to be read; flatten it");
            return "";
        }
    }

    private String renderChecked(String markdown, Path file, int firstLine, Problems problems) {
        Document document = parser.parse(markdown);
        Check check = new Check(document, file, firstLine, problems);
        List<Node> anchors = check.removeBadLinks();
        String html = renderer.render(document);
        if (anchors.isEmpty()) {
            return html;
        }
        // an in-page link is good only if the HTML it is in has the id; the HTML is known only once rendered
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        boolean removed = false;
        for (Node anchor : anchors) {
            String target = check.urlOf(anchor);
            if (!ids.contains(target.substring(1))) {
                check.unwrap(anchor, target, "a link in the body leads to an id this article does not have; found "
                        + Quote.of(target) + KEPT_TEXT + "Link to an id in the article, or to a full https:// address");
                removed = true;
            }
        }
        return removed ? renderer.render(document) : html;
    }

    /** What a link's address is allowed to be. */
    private enum Target { WEB, MAIL, ANCHOR, REFUSED }

    private static Target targetOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (url.startsWith("#")) {
            return Target.ANCHOR;
        }
        if (lower.startsWith("mailto:")) {
            String address = url.substring("mailto:".length());
            return address.isEmpty() || address.codePoints().anyMatch(cp -> cp <= 0x20 || "\"<>\\`".indexOf(cp) >= 0)
                    ? Target.REFUSED : Target.MAIL;
        }
        return WebAddresses.parse(url).isPresent() ? Target.WEB : Target.REFUSED;
    }

    /** One body's pass over its links and images. */
    private static final class Check {
        private final Document document;
        private final Path file;
        private final int firstLine;
        private final Problems problems;
        private final Set<Reference> reported = new HashSet<>();

        Check(Document document, Path file, int firstLine, Problems problems) {
            this.document = document;
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        /** Removes links and images that may not stay; returns the in-page links, to check once the ids are known. */
        List<Node> removeBadLinks() {
            List<Node> nodes = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Link || node instanceof Image || node instanceof AutoLink || node instanceof LinkRef
                        || node instanceof ImageRef) {
                    nodes.add(node);
                }
            }
            List<Node> anchors = new ArrayList<>();
            for (Node node : nodes) {
                if (node instanceof RefNode ref && ref.getReferenceNode(document) == null) {
                    continue; // an undefined reference is shown as text already
                }
                String url = urlOf(node);
                Target target = targetOf(url);
                boolean image = node instanceof Image || node instanceof ImageRef;
                if (image && target != Target.WEB) {
                    unwrap(node, url, "an image in the body must have an absolute http(s) address; found " + Quote.of(url)
                            + "; the image is removed and its description kept. Write the full address, starting with https://");
                } else if (target == Target.REFUSED) {
                    unwrap(node, url, "a link in the body must lead to an absolute http(s) address, a mailto: address or an id "
                            + "in this article; found " + Quote.of(url) + KEPT_TEXT + "Write the full address, starting with https://");
                } else if (target == Target.ANCHOR) {
                    anchors.add(node);
                }
            }
            return anchors;
        }

        /** The address as the renderer will see it: entities and backslash escapes decoded. */
        String urlOf(Node node) {
            if (node instanceof RefNode ref) {
                return ref.getReferenceNode(document).getUrl().unescape();
            }
            if (node instanceof AutoLink auto) {
                String url = auto.getUrl().toString();
                // the autolink extension links a bare 'www.example.com'; the renderer adds the scheme
                return url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
            }
            return node instanceof Link link ? link.getUrl().unescape() : ((Image) node).getUrl().unescape();
        }

        /** Replaces a link or image by its text, warning once at the place its address is written. */
        void unwrap(Node node, String url, String message) {
            Node place = node;
            if (node instanceof RefNode ref) {
                Reference reference = ref.getReferenceNode(document);
                place = reported.add(reference) ? reference : null;
            }
            if (place != null) {
                problems.warning(position(addressOf(place)), message);
            }
            if (node instanceof AutoLink && !node.hasChildren()) {
                node.insertBefore(new Text(((AutoLink) node).getText()));
            }
            while (node.getFirstChild() != null) {
                node.insertBefore(node.getFirstChild());
            }
            node.unlink();
        }

        private static int addressOf(Node node) {
            BasedSequence url = node instanceof Link link ? link.getUrl()
                    : node instanceof Image image ? image.getUrl()
                    : node instanceof Reference reference ? reference.getUrl()
                    : node instanceof AutoLink auto ? auto.getUrl() : BasedSequence.NULL;
            return url.isNull() || url.isEmpty() ? node.getStartOffset() : url.getStartOffset();
        }

        private SourcePosition position(int offset) {
            BasedSequence text = document.getChars();
            int line = document.getLineNumber(offset);
            int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            int column = text.subSequence(lineStart, offset).toString().codePointCount(0, offset - lineStart) + 1;
            return new SourcePosition(file, firstLine + line, column);
        }
    }

    /** Writes every web address the check kept in its encoded form, so the page holds a valid URL. */
    private static final class EncodingResolverFactory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ignored, link) -> {
                if (node instanceof MailLink) {
                    return link;
                }
                Optional<String> encoded = WebAddresses.parse(link.getUrl()).map(Object::toString);
                return encoded.map(url -> link.withUrl(url).withStatus(LinkStatus.VALID)).orElse(link);
            };
        }
    }
}
