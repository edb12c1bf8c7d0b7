package org.newsdigest.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Checks every internal link of a built site. The site is read as it will be served: from {@code baseUrl},
 * so under a GitHub Pages project path ({@code /news-digest/}) a root-relative link that leaves that path
 * ({@code /topics/ai/}) is broken even if the file exists, because it would only work at the domain root.
 */
public final class LinkChecker {

    /** Attributes that link to something the browser loads or the reader follows. */
    private static final String LINK_SELECTOR = "a[href], link[href], area[href], img[src], script[src], source[src], "
            + "iframe[src], video[src], audio[src], track[src], form[action]";

    private final URI baseUrl;

    public LinkChecker(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public LinkReport check(Path siteRoot) {
        Map<String, Set<String>> idsByFile = new HashMap<>();
        List<Link> links = new ArrayList<>();
        Set<String> files = new HashSet<>();
        int pages = 0;
        for (Path file : listFiles(siteRoot)) {
            String path = siteRoot.relativize(file).toString().replace('\\', '/');
            files.add(path);
            String name = path.toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                pages++;
                Document page = parse(file, Parser.htmlParser().setTrackPosition(true));
                idsByFile.put(path, ids(page));
                collectHtmlLinks(path, page, links);
            } else if (name.endsWith(".xml")) {
                pages++;
                collectXmlLinks(path, parse(file, Parser.xmlParser().setTrackPosition(true)), links);
            }
        }
        int internal = 0;
        int external = 0;
        List<BrokenLink> broken = new ArrayList<>();
        for (Link link : links) {
            Resolution resolution = resolve(link, files, idsByFile);
            switch (resolution.kind) {
                case EXTERNAL -> external++;
                case OK -> internal++;
                case BROKEN -> {
                    internal++;
                    broken.add(new BrokenLink(link.page, link.line, link.column, link.target, resolution.reason));
                }
            }
        }
        broken.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column));
        return new LinkReport(pages, internal, external, broken);
    }

    private record Link(String page, int line, int column, String target) {
    }

    private enum Kind { OK, BROKEN, EXTERNAL }

    private record Resolution(Kind kind, String reason) {
        static final Resolution OK = new Resolution(Kind.OK, "");
        static final Resolution EXTERNAL = new Resolution(Kind.EXTERNAL, "");

        static Resolution broken(String reason) {
            return new Resolution(Kind.BROKEN, reason);
        }
    }

    private Resolution resolve(Link link, Set<String> files, Map<String, Set<String>> idsByFile) {
        String target = link.target.strip();
        URI pageUrl = baseUrl.resolve(servedPath(link.page));
        URI resolved;
        try {
            resolved = target.isEmpty() ? pageUrl : pageUrl.resolve(new URI(target.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Resolution.broken("not a valid URL");
        }
        String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Resolution.EXTERNAL;
        }
        boolean sameOrigin = scheme.equals(baseUrl.getScheme()) && baseUrl.getRawAuthority() != null
                && baseUrl.getRawAuthority().equalsIgnoreCase(resolved.getRawAuthority());
        boolean writtenAsAbsolute = target.contains("://") || target.startsWith("//");
        String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
        if (!sameOrigin || (writtenAsAbsolute && !path.startsWith(baseUrl.getRawPath()))) {
            return Resolution.EXTERNAL;
        }
        if (!path.startsWith(baseUrl.getRawPath())) {
            return Resolution.broken("points outside the site's base path " + baseUrl.getRawPath()
                    + " (it would only work if the site were served from the domain root); link with the base path");
        }
        String sitePath = URLDecoder.decode(path.substring(baseUrl.getRawPath().length()).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        String file = fileFor(sitePath, files);
        if (file == null) {
            String looked = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
            return Resolution.broken("no such file in the site (looked for " + looked + ")");
        }
        String fragment = resolved.getFragment();
        if (fragment != null && !fragment.isEmpty() && idsByFile.containsKey(file)
                && !idsByFile.get(file).contains(fragment)) {
            return Resolution.broken("no element with id '" + fragment + "' in " + file);
        }
        return Resolution.OK;
    }

    /** The file a site path is served from, as a static host does: folders serve their {@code index.html}. */
    private static String fileFor(String sitePath, Set<String> files) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            return files.contains(sitePath + "index.html") ? sitePath + "index.html" : null;
        }
        if (files.contains(sitePath)) {
            return sitePath;
        }
        return files.contains(sitePath + "/index.html") ? sitePath + "/index.html" : null;
    }

    /** The URL path a file is served at: {@code a/index.html} is served as {@code a/}. */
    private static String servedPath(String file) {
        if (file.equals("index.html")) {
            return "";
        }
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    private static Set<String> ids(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            ids.add(element.id());
        }
        for (Element anchor : page.select("a[name]")) {
            ids.add(anchor.attr("name"));
        }
        return ids;
    }

    private static void collectHtmlLinks(String path, Document page, List<Link> links) {
        for (Element element : page.select(LINK_SELECTOR)) {
            for (String name : List.of("href", "src", "action")) {
                if (element.hasAttr(name)) {
                    Attribute attribute = element.attribute(name);
                    Range.Position start = attribute.sourceRange().valueRange().start();
                    links.add(new Link(path, start.lineNumber(), start.columnNumber(), attribute.getValue()));
                }
            }
        }
    }

    /** Feeds and sitemaps: {@code <link>}, {@code <loc>} and permalink {@code <guid>} text, and {@code href} attributes. */
    private static void collectXmlLinks(String path, Document feed, List<Link> links) {
        for (Element element : feed.getAllElements()) {
            String tag = element.tagName();
            boolean textLink = tag.equals("link") || tag.equals("loc")
                    || (tag.equals("guid") && !"false".equals(element.attr("isPermaLink")));
            if (textLink && !element.text().isBlank()) {
                Range.Position start = element.sourceRange().start();
                links.add(new Link(path, start.lineNumber(), start.columnNumber(), element.text()));
            }
            if (element.hasAttr("href")) {
                Range.Position start = element.attribute("href").sourceRange().valueRange().start();
                links.add(new Link(path, start.lineNumber(), start.columnNumber(), element.attr("href")));
            }
        }
    }

    private static Document parse(Path file, Parser parser) {
        try {
            return parser.parseInput(Files.readString(file, StandardCharsets.UTF_8), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
