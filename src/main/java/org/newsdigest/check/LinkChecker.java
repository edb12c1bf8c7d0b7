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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Checks every page under {@code siteRoot}. Pages are parsed in parallel; a link without a fragment is
     * resolved as soon as its page is parsed (the same root-relative target is resolved once for the whole
     * site), and only links with a fragment wait until every page's ids are known. So memory holds ids and a
     * few links, not every link of a large site.
     */
    public LinkReport check(Path siteRoot) {
        List<Path> all = listFiles(siteRoot);
        Set<String> files = new HashSet<>();
        for (Path file : all) {
            files.add(relative(siteRoot, file));
        }
        Map<String, Resolution> resolved = new ConcurrentHashMap<>();
        List<PageScan> scans = all.parallelStream()
                .map(file -> scan(siteRoot, file, files, resolved))
                .filter(Objects::nonNull)
                .toList();
        Map<String, Set<String>> idsByFile = new HashMap<>();
        for (PageScan scan : scans) {
            idsByFile.put(scan.path(), scan.ids());
        }
        int internal = 0;
        int external = 0;
        List<BrokenLink> broken = new ArrayList<>();
        for (PageScan scan : scans) {
            internal += scan.internal();
            external += scan.external();
            broken.addAll(scan.broken());
            for (Link link : scan.withFragments()) {
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
        }
        broken.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column));
        return new LinkReport(scans.size(), internal, external, broken);
    }

    /** What one page contributes: its ids, its links already resolved, and the links that need other pages' ids. */
    private record PageScan(String path, Set<String> ids, int internal, int external, List<BrokenLink> broken,
            List<Link> withFragments) {
    }

    private PageScan scan(Path siteRoot, Path file, Set<String> files, Map<String, Resolution> resolved) {
        String path = relative(siteRoot, file);
        String name = path.toLowerCase(Locale.ROOT);
        List<Link> links = new ArrayList<>();
        Set<String> ids;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            Document page = parse(file, Parser.htmlParser().setTrackPosition(true));
            ids = ids(page);
            collectHtmlLinks(path, page, links);
        } else if (name.endsWith(".xml")) {
            ids = Set.of();
            collectXmlLinks(path, parse(file, Parser.xmlParser().setTrackPosition(true)), links);
        } else {
            return null;
        }
        int internal = 0;
        int external = 0;
        List<BrokenLink> broken = new ArrayList<>();
        List<Link> withFragments = new ArrayList<>();
        for (Link link : links) {
            if (link.target.indexOf('#') >= 0) {
                withFragments.add(link);
                continue;
            }
            boolean pageIndependent = link.target.startsWith("/") && !link.target.startsWith("//") || link.target.contains("://");
            Resolution resolution = pageIndependent
                    ? resolved.computeIfAbsent(link.target, target -> resolve(link, files, Map.of()))
                    : resolve(link, files, Map.of());
            switch (resolution.kind) {
                case EXTERNAL -> external++;
                case OK -> internal++;
                case BROKEN -> {
                    internal++;
                    broken.add(new BrokenLink(link.page, link.line, link.column, link.target, resolution.reason));
                }
            }
        }
        return new PageScan(path, ids, internal, external, broken, withFragments);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
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
        // http and https addresses of the site's own host are the site: a link to either is checked
        boolean sameOrigin = baseUrl.getRawAuthority() != null
                && baseUrl.getRawAuthority().equalsIgnoreCase(resolved.getRawAuthority());
        boolean writtenAsAbsolute = target.contains("://") || target.startsWith("//");
        String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
        if ((path + "/").equals(baseUrl.getRawPath())) {
            path = baseUrl.getRawPath(); // the base path without its final slash: hosts redirect it to the site's root
        }
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
