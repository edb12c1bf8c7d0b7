package org.newsdigest.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsdigest.threads.BuildThreads;

/**
 * Checks every internal link of a built site. The site is read as it will be served: from {@code baseUrl},
 * so under a GitHub Pages project path ({@code /news-digest/}) a root-relative link that leaves that path
 * ({@code /topics/ai/}) is broken even if the file exists, because it would only work at the domain root.
 */
public final class LinkChecker {

    /** Attributes that link to something the browser loads or the reader follows. */
    private static final String LINK_SELECTOR = "a[href], link[href], area[href], img[src], script[src], source[src], "
            + "iframe[src], video[src], audio[src], track[src], form[action]";

    /** The tags {@link #LINK_SELECTOR} names: only these can match it, so only these are tested against it. */
    private static final Set<String> LINK_TAGS = Set.of("a", "link", "area", "img", "script", "source", "iframe", "video",
            "audio", "track", "form");

    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "action");

    private final URI baseUrl;
    private final BuildThreads threads;
    /** Compiled once: {@code Element.select} parses its query again on every call. Stateless while matching. */
    private final Evaluator linkElements = QueryParser.parse(LINK_SELECTOR);
    private final Evaluator withId = QueryParser.parse("[id]");
    private final Evaluator namedAnchors = QueryParser.parse("a[name]");

    /** @param threads the build's threads, which parse the pages */
    public LinkChecker(URI baseUrl, BuildThreads threads) {
        this.baseUrl = baseUrl;
        this.threads = threads;
    }

    /** Checks every page under {@code siteRoot}. */
    public LinkReport check(Path siteRoot) {
        Map<String, Path> all = new HashMap<>();
        for (Path file : listFiles(siteRoot)) {
            all.put(relative(siteRoot, file), file);
        }
        return check(new SiteToCheck(all.keySet(), all::get, all.keySet()));
    }

    /**
     * Checks the links of the pages {@code site} names to scan. Pages are parsed in parallel; a link is resolved as
     * soon as its page is parsed (the same root-relative target is resolved once for the whole site), except a link
     * into another page with a {@code #fragment}, which waits until the end and reads that page's ids then. So
     * memory holds a few links and each page's targets, not every link or id of a large site.
     */
    public LinkReport check(SiteToCheck site) {
        KnownFiles files = new KnownFiles(site.files());
        Map<String, Resolution> resolved = new ConcurrentHashMap<>();
        List<PageScan> scans = threads.map(site.toScan().stream().sorted().toList(),
                        path -> scan(path, site.location().apply(path), files, resolved)).stream()
                .flatMap(Optional::stream)
                .toList();
        Map<String, Set<String>> idsByFile = new HashMap<>();
        Function<String, Optional<Set<String>>> ids = file -> Optional.of(idsByFile.computeIfAbsent(file, target -> isHtml(target)
                ? ids(parse(site.location().apply(target), Parser.htmlParser())) : Set.of()));
        int internal = 0;
        int external = 0;
        List<Unresolvable> broken = new ArrayList<>();
        Map<String, PageLinks> linksByPage = new HashMap<>();
        for (PageScan scan : scans) {
            internal += scan.internal();
            external += scan.external();
            broken.addAll(scan.broken());
            Set<String> fragmentTargets = new HashSet<>();
            for (Link link : scan.intoOtherPages()) {
                Resolution resolution = resolve(link, files, ids);
                internal++;
                if (resolution.kind == Kind.OK) {
                    fragmentTargets.add(resolution.file);
                } else {
                    broken.add(new Unresolvable(link, resolution.reason));
                }
            }
            linksByPage.put(scan.path(), new PageLinks(scan.targets(), fragmentTargets));
        }
        return new LinkReport(scans.size(), internal, external, located(broken, site), linksByPage);
    }

    /** A broken link, and why, before its page is read again for the line and column. */
    private record Unresolvable(Link link, String reason) {
    }

    /**
     * Pages are parsed without source positions, which costs a good part of the check on a large site; only the few
     * pages with a broken link are parsed again, with positions, to say where each one is.
     */
    private List<BrokenLink> located(List<Unresolvable> broken, SiteToCheck site) {
        Map<String, List<Link>> positioned = new HashMap<>();
        List<BrokenLink> located = new ArrayList<>();
        for (Unresolvable each : broken) {
            String page = each.link().page;
            Link link = positioned.computeIfAbsent(page, p -> links(p, site.location().apply(p), true)).get(each.link().index);
            located.add(new BrokenLink(page, link.line, link.column, link.target, each.reason()));
        }
        located.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column));
        return located;
    }

    /** Every link of a page, in document order; with line and column only when {@code positions} is true. */
    private List<Link> links(String path, Path file, boolean positions) {
        List<Link> links = new ArrayList<>();
        if (isHtml(path)) {
            idsAndLinks(parse(file, Parser.htmlParser().setTrackPosition(positions)), path, links);
        } else if (isXml(path)) {
            collectXmlLinks(path, parse(file, Parser.xmlParser().setTrackPosition(positions)), links);
        }
        return links;
    }

    /**
     * What one page contributes: its links already resolved, the files they lead to, and the links with a fragment
     * into another page, which need that page's ids.
     */
    private record PageScan(String path, int internal, int external, List<Unresolvable> broken, Set<String> targets,
            List<Link> intoOtherPages) {
    }

    /** Empty for a file that is neither a page nor XML, which has no links. */
    private Optional<PageScan> scan(String path, Path file, KnownFiles files, Map<String, Resolution> resolved) {
        List<Link> links = new ArrayList<>();
        Set<String> ids;
        if (isHtml(path)) {
            ids = idsAndLinks(parse(file, Parser.htmlParser()), path, links);
        } else if (isXml(path)) {
            ids = Set.of();
            collectXmlLinks(path, parse(file, Parser.xmlParser()), links);
        } else {
            return Optional.empty();
        }
        int internal = 0;
        int external = 0;
        List<Unresolvable> broken = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        List<Link> intoOtherPages = new ArrayList<>();
        Function<String, Optional<Set<String>>> ownIdsOnly = target -> target.equals(path) ? Optional.of(ids) : Optional.empty();
        for (Link link : links) {
            Resolution resolution;
            if (link.target.indexOf('#') >= 0) {
                resolution = resolve(link, files, ownIdsOnly);
            } else {
                boolean pageIndependent = link.target.startsWith("/") && !link.target.startsWith("//") || link.target.contains("://");
                resolution = pageIndependent ? resolved.get(link.target) : null;
                if (resolution == null) {
                    // computeIfAbsent only on a miss: on the hits, nearly every link, it made a lambda for nothing
                    resolution = pageIndependent
                            ? resolved.computeIfAbsent(link.target, target -> resolve(link, files, NO_IDS))
                            : resolve(link, files, NO_IDS);
                }
            }
            switch (resolution.kind) {
                case WAITING -> intoOtherPages.add(link);
                case EXTERNAL -> external++;
                case OK -> {
                    internal++;
                    targets.add(resolution.file);
                }
                case BROKEN -> {
                    internal++;
                    broken.add(new Unresolvable(link, resolution.reason));
                }
            }
        }
        return Optional.of(new PageScan(path, internal, external, broken, Set.copyOf(targets), intoOtherPages));
    }

    private static boolean isHtml(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static boolean isXml(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** {@code index} is the link's place in its page's links in document order; line and column are 0 when unknown. */
    private record Link(String page, int index, int line, int column, String target) {
    }

    /** {@code WAITING}: a fragment into another page, resolved once that page's ids are read. */
    private enum Kind { OK, BROKEN, EXTERNAL, WAITING }

    /** {@code file} is the file an internal link leads to, {@code reason} why a broken one is broken. */
    private record Resolution(Kind kind, String file, String reason) {
        static final Resolution EXTERNAL = new Resolution(Kind.EXTERNAL, "", "");

        static Resolution ok(String file) {
            return new Resolution(Kind.OK, file, "");
        }

        static Resolution broken(String reason) {
            return new Resolution(Kind.BROKEN, "", reason);
        }
    }

    /** For links without a fragment, which need no page's ids. */
    private static final Function<String, Optional<Set<String>>> NO_IDS = file -> Optional.of(Set.of());
    private static final Resolution WAITING = new Resolution(Kind.WAITING, "", "");

    /**
     * @param idsOf the ids of a file of the site, or empty when they are not read yet: a link with a fragment into that
     *     file then waits
     */
    private Resolution resolve(Link link, KnownFiles files, Function<String, Optional<Set<String>>> idsOf) {
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
        Optional<String> served = fileFor(sitePath, files);
        if (served.isEmpty()) {
            String looked = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
            return Resolution.broken("no such file in the site (looked for " + looked + ")");
        }
        String file = served.get();
        String fragment = resolved.getFragment();
        if (fragment != null && !fragment.isEmpty() && (isHtml(file) || isXml(file))) {
            Optional<Set<String>> ids = idsOf.apply(file);
            if (ids.isEmpty()) {
                return WAITING;
            }
            if (!ids.get().contains(fragment)) {
                return Resolution.broken("no element with id '" + fragment + "' in " + file);
            }
        }
        return Resolution.ok(file);
    }

    /**
     * The file a site path is served from, as a static host does: folders serve their {@code index.html}. Returns
     * one string for each file however many links lead to it ({@link KnownFiles}), so that every page's targets share
     * one string per file.
     */
    private static Optional<String> fileFor(String sitePath, KnownFiles files) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            return files.get(sitePath + "index.html");
        }
        return files.get(sitePath).or(() -> files.get(sitePath + "/index.html"));
    }

    /**
     * The site's files, each one found given as the same string every time: read from the site's set as it is, rather
     * than a map of every file made first, since a rebuild checks a few pages of a site of tens of thousands of files.
     */
    private static final class KnownFiles {
        private final Set<String> files;
        private final Map<String, String> found = new ConcurrentHashMap<>();

        KnownFiles(Set<String> files) {
            this.files = files;
        }

        Optional<String> get(String file) {
            if (!files.contains(file)) {
                return Optional.empty();
            }
            String first = found.putIfAbsent(file, file);
            return Optional.of(first == null ? file : first);
        }
    }

    /** The URL path a file is served at: {@code a/index.html} is served as {@code a/}. */
    private static String servedPath(String file) {
        if (file.equals("index.html")) {
            return "";
        }
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /**
     * The page's ids, in one walk over its elements that also adds its links to {@code links} in document order: as
     * {@code select("[id]")}, {@code select("a[name]")} and {@code select(LINK_SELECTOR)} would give them, without
     * walking the page three times.
     */
    private Set<String> idsAndLinks(Document page, String path, List<Link> links) {
        Set<String> ids = new HashSet<>();
        for (Element element : page.getAllElements()) {
            if (element.attributesSize() == 0) {
                continue; // every selector here asks for an attribute; most elements of a page have none
            }
            addIds(page, element, ids);
            if (LINK_TAGS.contains(element.normalName()) && linkElements.matches(page, element)) {
                addHtmlLinks(path, element, links);
            }
        }
        return ids;
    }

    /** The page's ids, for the links with a fragment into it. */
    private Set<String> ids(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element element : page.getAllElements()) {
            if (element.attributesSize() > 0) {
                addIds(page, element, ids);
            }
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
    private static Document parse(Path file, Parser parser) {
        try (Reader page = new InputStreamReader(new ByteArrayInputStream(Files.readAllBytes(file)),
                StandardCharsets.UTF_8.newDecoder())) {
            return parser.parseInput(page, "");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return parseWhole(file, parser); // throws, with the exception (and message) a whole-file read gives
            }
            throw e;
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

    private static List<Path> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
