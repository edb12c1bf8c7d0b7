package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Stories;
import org.newsdigest.render.Views.SitemapEntry;
import org.newsdigest.testing.SitemapSchemas;
import org.xml.sax.SAXException;

/**
 * The sitemap files the build writes for a list of entries, through the renderer the build uses
 * ({@link HostingFilesRenderer#sitemap}, the built-in templates, the sitemaps.org schemas): one urlset while the entries
 * fit, else an index of urlsets cut in entry order, each as full as its limits allow.
 */
class SitemapFilesTest {

    private static final String BASE = "https://example.github.io/news-digest/";
    /** The built-in urlset with no entry: what every urlset file has besides its entries. */
    private static final String EMPTY_URLSET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            </urlset>
            """;

    @TempDir
    Path site;
    @TempDir
    Path output;
    private SiteConfig config;
    private ThemeTemplates templates;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    @BeforeEach
    void loadTheTheme() throws Exception {
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("site-config.yml"), "title: Sitemaps\nbaseUrl: " + BASE + "\n");
        config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        templates = ThemeTemplates.load(config);
    }

    @Test
    void aHundredAndTwentyThousandUrlsMakeAnIndexOfThreeValidFiles() throws Exception {
        List<SitemapEntry> entries = entries(120_000);

        render(entries, SitemapLimits.PROTOCOL);

        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), List.copyOf(new TreeMap<>(written).keySet()));
        SitemapSchemas.validate(file("sitemap.xml"));
        assertEquals("sitemapindex", root("sitemap.xml"));
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"), SitemapSchemas.locs(file("sitemap.xml")));
        List<String> everyLoc = new ArrayList<>();
        List<String> newest = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            Path part = file("sitemap-" + number + ".xml");
            SitemapSchemas.validateUrlset(Files.readAllBytes(part));
            List<String> locs = SitemapSchemas.locs(part);
            assertTrue(locs.size() <= 50_000, part + " holds " + locs.size() + " URLs");
            everyLoc.addAll(locs);
            newest.add(SitemapSchemas.lastmods(part).stream().max(Comparator.comparing(Instant::parse)).orElseThrow());
        }
        assertEquals(List.of(50_000, 50_000, 20_000), IntStream.rangeClosed(1, 3).mapToObj(n -> count("sitemap-" + n + ".xml")).toList(),
                "each file as full as the protocol allows, in order");
        assertEquals(entries.stream().map(SitemapEntry::loc).toList(), everyLoc, "every URL once, in the order given");
        assertEquals(newest, SitemapSchemas.lastmods(file("sitemap.xml")), "each file's lastmod is its newest entry's");
        assertEquals(List.of("2024-07-24T21:00:00Z", "2024-07-25T04:00:00Z", "2024-07-25T05:00:00Z"), newest);
    }

    @Test
    void fiftyThousandUrlsStayOneUrlsetAndOneMoreMakesAnIndexOfTwo() throws Exception {
        render(entries(50_000), SitemapLimits.PROTOCOL);
        assertEquals(List.of("sitemap.xml"), List.copyOf(written.keySet()));
        assertEquals("urlset", root("sitemap.xml"));
        SitemapSchemas.validate(file("sitemap.xml"));
        assertEquals(50_000, count("sitemap.xml"));

        written.clear();
        render(entries(50_001), SitemapLimits.PROTOCOL);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"), List.copyOf(new TreeMap<>(written).keySet()));
        assertEquals("sitemapindex", root("sitemap.xml"));
        SitemapSchemas.validate(file("sitemap.xml"));
        assertEquals(List.of(50_000, 1), List.of(count("sitemap-1.xml"), count("sitemap-2.xml")));
        assertEquals(List.of(entries(50_001).get(50_000).loc()), SitemapSchemas.locs(file("sitemap-2.xml")));
    }

    /**
     * Each entry here is written as a line of exactly 100 bytes from a {@code loc} of 33 characters: "é" is two bytes
     * in UTF-8 and "&" is written "&amp;". With room for 399 bytes of entries, three fit in a file (400 bytes would
     * not), where counting characters (95 a line) would have put four.
     */
    @Test
    void theByteLimitCountsTheBytesAsWritten() throws Exception {
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            entries.add(new SitemapEntry("https://example.org/café?a=1&b=" + i, "2024-01-01T00:00:" + i + "Z"));
        }
        int framing = EMPTY_URLSET.getBytes(StandardCharsets.UTF_8).length;

        render(entries, new SitemapLimits(1_000, framing + 399));

        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap-4.xml", "sitemap.xml"),
                List.copyOf(new TreeMap<>(written).keySet()));
        assertEquals(List.of(3, 3, 3, 1), IntStream.rangeClosed(1, 4).mapToObj(n -> count("sitemap-" + n + ".xml")).toList());
        assertEquals(List.of(framing + 300, framing + 300, framing + 300, framing + 100),
                IntStream.rangeClosed(1, 4).mapToObj(n -> written.get("sitemap-" + n + ".xml").length).toList());
        assertTrue(new String(written.get("sitemap-1.xml"), StandardCharsets.UTF_8)
                .contains("<url><loc>https://example.org/café?a=1&amp;b=10</loc><lastmod>2024-01-01T00:00:10Z</lastmod></url>\n"));
        for (int number = 1; number <= 4; number++) {
            SitemapSchemas.validate(file("sitemap-" + number + ".xml"));
        }
        SitemapSchemas.validate(file("sitemap.xml"));
        List<String> everyLoc = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            everyLoc.addAll(SitemapSchemas.locs(file("sitemap-" + number + ".xml")));
        }
        assertEquals(entries.stream().map(SitemapEntry::loc).toList(), everyLoc);
        assertEquals(List.of("2024-01-01T00:00:12Z", "2024-01-01T00:00:15Z", "2024-01-01T00:00:18Z", "2024-01-01T00:00:19Z"),
                SitemapSchemas.lastmods(file("sitemap.xml")));
    }

    /** Entries of very different sizes: each file holds all it can, so the next file's first entry would not fit. */
    @Test
    void everyFileIsFilledUpToTheByteLimit() throws Exception {
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add(new SitemapEntry(BASE + "x".repeat((i * 37) % 200) + "&".repeat(i % 3) + "/" + i, "2024-01-01T00:00:00Z"));
        }
        int limit = 4_000;

        render(entries, new SitemapLimits(1_000, limit));

        int files = written.size() - 1;
        assertTrue(files > 10, files + " files");
        List<String> everyLoc = new ArrayList<>();
        for (int number = 1; number <= files; number++) {
            byte[] part = written.get("sitemap-" + number + ".xml");
            assertTrue(part.length <= limit, "sitemap-" + number + ".xml has " + part.length + " bytes");
            if (number < files) {
                String next = new String(written.get("sitemap-" + (number + 1) + ".xml"), StandardCharsets.UTF_8);
                String firstLine = next.lines().filter(line -> line.startsWith("<url>")).findFirst().orElseThrow() + "\n";
                assertTrue(part.length + firstLine.getBytes(StandardCharsets.UTF_8).length > limit,
                        "the first entry of sitemap-" + (number + 1) + ".xml would have fitted in sitemap-" + number + ".xml");
            }
            everyLoc.addAll(SitemapSchemas.locs(file("sitemap-" + number + ".xml")));
        }
        assertEquals(entries.stream().map(SitemapEntry::loc).toList(), everyLoc);
    }

    @Test
    void anEntryLargerThanAWholeFileIsATemplateProblem() {
        SitemapEntry entry = new SitemapEntry(BASE + "a/", "2024-01-01T00:00:00Z");
        int framing = EMPTY_URLSET.getBytes(StandardCharsets.UTF_8).length;

        TemplateFailure failure = assertThrows(TemplateFailure.class, () -> render(List.of(entry), new SitemapLimits(10, framing + 10)));

        // the entry's line: 62 bytes of markup and date around its 40-byte loc
        assertEquals(List.of("(built-in theme)/sitemap.ftlx:1:1: error: the sitemap entry of '" + BASE + "a/' alone makes a file of "
                + (framing + 102) + " bytes, more than the " + (framing + 10) + " a sitemap file may hold; make the template "
                + "write less for each page"), failure.problems().stream().map(p -> p.format(Path.of(""))).toList());
        assertEquals(Map.of(), written, "nothing is written");
    }

    /** The validator the tests rely on does refuse what the protocol refuses. */
    @Test
    void theSchemasRefuseWhatTheProtocolRefuses() {
        String urlset = "<urlset xmlns=\"" + SitemapSchemas.NAMESPACE + "\"><url><loc>" + BASE + "</loc><lastmod>%s</lastmod></url></urlset>";
        assertThrows(SAXException.class, () -> SitemapSchemas.validateUrlset(String.format(urlset, "yesterday").getBytes(StandardCharsets.UTF_8)));
        assertThrows(SAXException.class, () -> SitemapSchemas.validateUrlset(("<urlset xmlns=\"" + SitemapSchemas.NAMESPACE + "\"><url><loc>"
                + "a/</loc></url></urlset>").getBytes(StandardCharsets.UTF_8)), "a loc under 12 characters");
        assertThrows(SAXException.class, () -> SitemapSchemas.validateIndex(String.format(urlset, "2024-01-01T00:00:00Z").getBytes(StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> SitemapSchemas.validateUrlset(String.format(urlset, "2024-01-01T00:00:00Z").getBytes(StandardCharsets.UTF_8)));
    }

    // ---- helpers ----

    /**
     * {@code count} pages in order, with dates that go up and down (a few hours apart, wrapping every 40,000 entries),
     * so that the newest of a file is not simply its first or last.
     */
    private static List<SitemapEntry> entries(int count) {
        List<SitemapEntry> entries = new ArrayList<>(count);
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant lastmod = start.plusSeconds(3600L * ((i * 7L) % 40_000 + (i / 40_000) * 7));
            entries.add(new SitemapEntry(BASE + "articles/page-" + i + "/", lastmod.toString()));
        }
        return entries;
    }

    private void render(List<SitemapEntry> entries, SitemapLimits limits) throws TemplateFailure {
        UrlScheme urls = new UrlScheme(config.baseUrl(), config.timeZone());
        Digest nothing = new Digest(List.of(), List.of(), List.of(), new Stories(List.of()));
        ViewFactory views = new ViewFactory(config, urls, new DateFormats(config.timeZone(), config.locale()), templates.messages(), nothing);
        PageEmitter out = new PageEmitter(templates, new ModelFingerprint(), new Collecting(), new RenderWatch(config.limits()));
        new HostingFilesRenderer(out, views, config, limits).sitemap(entries);
    }

    private Path file(String name) throws IOException {
        Path file = output.resolve(name);
        Files.write(file, written.get(name));
        return file;
    }

    private String root(String name) throws Exception {
        return org.newsdigest.testing.XmlFiles.parse(file(name)).getDocumentElement().getLocalName();
    }

    private int count(String name) {
        String text = new String(written.get(name), StandardCharsets.UTF_8);
        return text.split("<url>", -1).length - 1;
    }

    /** A target with nothing from an earlier build: every file is written, here into a map. */
    private final class Collecting implements RenderTarget {
        @Override
        public boolean holds(String path, long fingerprint) {
            return false;
        }

        @Override
        public void keep(String path, long fingerprint) {
            throw new AssertionError("nothing to keep");
        }

        @Override
        public void write(RenderedPage page, long fingerprint) {
            written.put(page.path(), page.content());
        }
    }
}
