package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.Fifos;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.testing.XmlFiles;

/**
 * The invalid-site corpus: each folder under {@code src/test/resources/invalid-sites/} is a small site with one
 * kind of bad input. It is copied to a temporary folder and built; the problems, formatted as the command line
 * prints them (paths relative to the case folder, in file order), must equal {@code expected-problems.txt} line by
 * line, and the file counts must equal {@code expected-summary.txt}. Where the point of a case is what reaches the
 * reader, a focused test below asserts the exact escaped output.
 *
 * <p>Run with {@code -DinvalidSites.regenerate=true} to rewrite the expected files from the current build; review
 * the diff like code.
 */
class InvalidSitesTest {

    static final Path CORPUS = Path.of("src/test/resources/invalid-sites").toAbsolutePath();
    static final boolean REGENERATE = Boolean.getBoolean("invalidSites.regenerate");
    static final String CONFIG_ERROR = "not built: configuration error";
    /** Cases where no article is merely left out: two claim one address, and publishing either would move the other. */
    static final java.util.Set<String> STOPS_THE_BUILD = java.util.Set.of("permalink-collision");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The one script element every page of the theme has. */
    private static final String THEME_SCRIPT = "<script src=\"/digest/static/search.js\" defer></script>";

    @Test
    void theCorpusHasAtLeastThirtyCases() throws IOException {
        assertTrue(cases().count() >= 30, "cases: " + cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name, @TempDir Path temp) throws IOException {
        Built built = build(name, temp);
        List<String> problems = built.problems().stream().sorted(Problem.IN_FILE_ORDER).map(p -> p.format(built.site())).toList();
        String summary = built.result() == null ? CONFIG_ERROR : summaryLine(built.result().summary());
        Path expectedProblems = CORPUS.resolve(name).resolve("expected-problems.txt");
        Path expectedSummary = CORPUS.resolve(name).resolve("expected-summary.txt");
        if (REGENERATE) {
            Files.writeString(expectedProblems, problems.stream().map(line -> line + "\n").reduce("", String::concat));
            Files.writeString(expectedSummary, summary + "\n");
        }
        assertEquals(Files.readAllLines(expectedProblems, StandardCharsets.UTF_8), problems);
        assertEquals(Files.readString(expectedSummary, StandardCharsets.UTF_8).strip(), summary);
        if (built.result() != null && !STOPS_THE_BUILD.contains(name)) {
            // bad articles are left out; they never stop the rest of the site from being published
            assertTrue(built.result().published(), () -> "not published; broken links: " + built.result().brokenLinks());
            assertEquals(List.of(), built.result().brokenLinks());
        }
    }

    // ---- focused assertions on what reaches the reader ----

    @Test
    void byteOrderMarkAndCrlfArePublishedAsIfTheyWereNotThere(@TempDir Path temp) {
        Built built = build("bom-and-crlf", temp);
        String page = built.text("articles/windows/index.html");
        assertTrue(page.contains("<h1 dir=\"auto\">Saved on Windows</h1>"), page);
        assertFalse(page.contains("\uFEFF"));
        assertFalse(page.contains("\r"));
    }

    @Test
    void hostileTitleExcerptAndProviderAreTextInEveryPageAndFeed(@TempDir Path temp) {
        Built built = build("hostile-text", temp);
        String slug = "articles/article/index.html";
        String page = built.text(slug);
        assertTrue(page.contains("<h1 dir=\"auto\">&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h1>"), page);
        assertTrue(page.contains("<p class=\"lede\" dir=\"auto\">&lt;script&gt;alert(&#39;excerpt&#39;)&lt;/script&gt; &quot;&gt;&lt;img src=x "
                + "onerror=alert(2)&gt; &amp; more</p>"), page);
        assertTrue(page.contains(">&lt;script&gt;alert(&#39;provider&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(3)&gt;</a>"), page);
        assertTrue(page.contains(">&lt;b onmouseover=alert(4)&gt;topic&lt;/b&gt;</a>"), page);
        assertTrue(page.contains(">&lt;script&gt;alert(&#39;related&#39;)&lt;/script&gt;</a>"), page);
        assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(5)&gt;"), page);
        assertTrue(page.contains("<meta property=\"og:title\" content=\"&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; "
                + "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">"), page);
        for (String html : List.of(page, built.text("index.html"), built.text("topics/index.html"), built.text("providers/index.html"))) {
            assertEquals(1, html.split("<script", -1).length - 1, html);
            assertTrue(html.contains(THEME_SCRIPT), "the only script is the theme's own: " + html);
            assertFalse(html.contains("<img src=x"), html);
            assertFalse(html.contains("<b onmouseover"), html);
        }

        // plain text in a feed is made inert (a '<' that would open a tag written &lt;), then escaped for XML with
        // hexadecimal references, so a reader that takes it as HTML shows the tags as text, as one that takes it as text
        String rss = built.text("feed.xml");
        assertTrue(rss.contains("<title>&#x26;lt;script&#x3E;alert(&#x27;title&#x27;)&#x26;lt;/script&#x3E; &#x22;&#x3E;"
                + "&#x26;lt;img src=x onerror=alert(1)&#x3E;</title>"), rss);
        // an RSS description is HTML to a feed reader, so text in it is escaped for HTML, then for XML: the reader shows the tags
        assertTrue(rss.contains("<description>&#x26;lt;script&#x26;gt;alert(&#x26;#39;excerpt&#x26;#39;)&#x26;lt;/script&#x26;gt; "
                + "&#x26;quot;&#x26;gt;&#x26;lt;img src=x onerror=alert(2)&#x26;gt; &#x26;amp; more</description>"), rss);
        assertTrue(rss.contains("<dc:creator>&#x26;lt;script&#x3E;alert(&#x27;provider&#x27;)&#x26;lt;/script&#x3E;&#x22;&#x3E;"
                + "&#x26;lt;img src=x onerror=alert(3)&#x3E;</dc:creator>"), rss);
        assertTrue(rss.contains("<category>&#x26;lt;b onmouseover=alert(4)&#x3E;topic&#x26;lt;/b&#x3E;</category>"), rss);

        // Atom's title and summary are declared HTML (type="html"): & < > escaped for HTML, then the whole for XML, so
        // every reader shows the tags as text; the author's name is not a text construct and is inert text, as in RSS
        String atom = built.text("atom.xml");
        assertTrue(atom.contains("<title type=\"html\">&#x26;lt;script&#x26;gt;alert(&#x27;title&#x27;)&#x26;lt;/script&#x26;gt; "
                + "&#x22;&#x26;gt;&#x26;lt;img src=x onerror=alert(1)&#x26;gt;</title>"), atom);
        assertTrue(atom.contains("<summary type=\"html\">&#x26;lt;script&#x26;gt;alert(&#x27;excerpt&#x27;)&#x26;lt;/script&#x26;gt; "
                + "&#x22;&#x26;gt;&#x26;lt;img src=x onerror=alert(2)&#x26;gt; &#x26;amp; more</summary>"), atom);
        assertTrue(atom.contains("<author><name>&#x26;lt;script&#x3E;alert(&#x27;provider&#x27;)&#x26;lt;/script&#x3E;&#x22;&#x3E;"
                + "&#x26;lt;img src=x onerror=alert(3)&#x3E;</name></author>"), atom);

        // JSON Feed's fields are plain text: exactly as typed, escaped for a JSON string (a '<' as \\u003c)
        String json = built.text("feed.json");
        assertTrue(json.contains("\"title\": \"\\u003cscript>alert('title')\\u003c/script> \\\">\\u003cimg src=x onerror=alert(1)>\""), json);
        assertTrue(json.contains("\"summary\": \"\\u003cscript>alert('excerpt')\\u003c/script> \\\">\\u003cimg src=x onerror=alert(2)> & more\""), json);
        assertTrue(json.contains("\"authors\": [{\"name\": \"\\u003cscript>alert('provider')\\u003c/script>\\\">\\u003cimg src=x onerror=alert(3)>\"}]"), json);
        assertTrue(json.contains("\"tags\": [\"\\u003cb onmouseover=alert(4)>topic\\u003c/b>\"]"), json);
    }

    @Test
    void rawHtmlAndScriptLinksInTheBodyAreEscapedOrSuppressed(@TempDir Path temp) {
        Built built = build("markdown-body", temp);
        String page = built.text("articles/article/index.html");
        String body = page.substring(page.indexOf("<div class=\"body\">"), page.indexOf("</div>", page.indexOf("<div class=\"body\">")) + 6);
        // raw HTML is shown as text; a link to anything but http(s), mailto or the page itself keeps only its text,
        // an image not over http(s) only its description
        assertEquals("""
                <div class="body"><p>Some <em>emphasis</em> and &lt;script&gt;alert('body')&lt;/script&gt; raw HTML.</p>
                <p>&lt;div onclick=&quot;alert(1)&quot;&gt;a block of HTML&lt;/div&gt;</p>
                <p>a javascript link and an upper-case one and data.</p>
                <p>an image <a href="https://example.com/">a good link</a> <a href="https://example.com/auto">https://example.com/auto</a></p>
                </div>""", body);
    }

    @Test
    void aBadLinkInOneBodyCostsThatLinkNotTheBuild(@TempDir Path temp) {
        Built built = build("body-links", temp);
        String page = built.text("articles/article/index.html");
        String body = page.substring(page.indexOf("<div class=\"body\">"), page.indexOf("</div>", page.indexOf("<div class=\"body\">")) + 6);
        assertEquals("""
                <div class="body"><p>An anchor to nowhere and a <a href="https://ok.example/%25">stray percent</a>.</p>
                <p>Brackets in a <a href="https://ok.example/%5Bx%5D">path</a>, a quote in \
                <a href="https://ok.example/%22onclick=alert(3)">https://ok.example/&quot;onclick=alert(3)</a>
                and a quote in an anchor.</p>
                <p>A <a href="https://example.com/">good link</a> and <a href="mailto:desk@good.example">mail</a> stay; so does
                <a href="https://example.org/digest/">the site's own front page</a>.</p>
                </div>""", body);
    }

    @Test
    void anInvalidArticleNeverShowsInAnotherArticlesRelatedList(@TempDir Path temp) {
        Built built = build("withheld-in-related", temp);
        // by headline (another dash, another case), by address (http, upper-case host, port 80, final slash), and by
        // the title line of a file whose YAML cannot be read
        String everything = String.join("\n", SiteFiles.read(built.output()).values().stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList());
        for (String hidden : List.of("Embargoed", "embargoed", "different headline", "Broken YAML", "wire.example", "WIRE.example")) {
            assertFalse(everything.contains(hidden), hidden);
        }
        assertTrue(built.text("articles/a-published/index.html").contains("Coverage that stays"));
    }

    @Test
    void controlCharactersAreRemovedSoEveryXmlFileParses(@TempDir Path temp) throws Exception {
        Built built = build("control-characters", temp);
        String page = built.text("articles/article/index.html");
        assertTrue(page.contains("<h1 dir=\"auto\">Bell and noncharacter</h1>"), page);
        assertTrue(page.contains("<p class=\"lede\" dir=\"auto\">Escape[31m red</p>"), page);
        assertTrue(page.contains(">Null provider</a>"), page);
        assertTrue(page.contains(">Verticaltab</a>"), page);
        assertTrue(page.contains("<p>Body with a  form feed.</p>"), page);
        for (String xml : List.of("feed.xml", "atom.xml", "sitemap.xml", "topics/verticaltab/feed.xml", "providers/null-provider/feed.xml")) {
            XmlFiles.parse(built.output().resolve(xml));
        }
        assertTrue(built.text("feed.xml").contains("<title>Bell and noncharacter</title>"));
    }

    @Test
    void onlyAbsoluteHttpAddressesReachThePage(@TempDir Path temp) {
        Built built = build("hostile-urls", temp);
        String page = built.text("articles/article/index.html");
        for (String bad : List.of("javascript", "JAVASCRIPT", "vbscript", "data:", "leading-space", "/relative/path", "&#58;", "no-host")) {
            assertFalse(page.contains(bad), bad + " in " + page);
        }
        assertFalse(page.contains("read-original"), "no original link when both addresses were dropped");
        assertTrue(page.contains("<li>\n      Relative\n"), page);
    }

    @Test
    void spacesAndAccentsInAnAddressAreEncodedNotDropped(@TempDir Path temp) {
        Built built = build("url-encoding", temp);
        String page = built.text("articles/article/index.html");
        assertTrue(page.contains("<a class=\"button\" href=\"https://example.com/a%20story/caf%C3%A9?q=%C3%BC%20%C3%B6\" rel=\"noopener\">"), page);
        // a host name in any script is written in its ASCII (IDNA) form, the path percent-encoded
        assertTrue(page.contains("<img src=\"https://bilder.xn--bcher-kva.example/stra%C3%9Fe%201.jpg\""), page);
    }

    @Test
    void anImageWithoutBothSizesGetsNoSizeRatherThanZero(@TempDir Path temp) {
        Built built = build("image-without-size", temp);
        String page = built.text("articles/article/index.html");
        assertTrue(page.contains("<img src=\"https://img.example/a.jpg\" alt=\"Image without a size\" decoding=\"async\">"), page);
        assertTrue(built.text("index.html").contains("<img src=\"https://img.example/a.jpg\" alt=\"\" loading=\"lazy\" decoding=\"async\">"));
        assertTrue(built.text("feed.xml").contains("<media:content url=\"https://img.example/a.jpg\" medium=\"image\"/>"));
    }

    @Test
    void theSameStoryTwiceIsPublishedOnce(@TempDir Path temp) {
        Built built = build("duplicate-web-url", temp);
        List<String> pages = articlePages(built);
        assertEquals(List.of("articles/a-first/index.html"), pages);
    }

    @Test
    void twoArticlesWithOneAddressStopTheBuildAndAYearIsNeverOne(@TempDir Path temp) {
        Built built = build("permalink-collision", temp);
        assertFalse(built.result().published(), "neither may take the address: the build publishes nothing");
        assertFalse(Files.exists(built.output()));
        assertEquals(List.of("seeds/b.txt:3:7: error: its address 'articles/same-headline/' is also that of seeds/a.txt; give one "
                + "of them a 'slug:' of its own, and list the address it had under its 'aliases:' if it was published"),
                built.problems().stream().filter(Problem::isError).map(p -> p.format(built.site())).toList(),
                "at the 'slug:' line that made the address");
    }

    @Test
    void aFourDigitSlugGetsAWordAfterItAndTheYearsArchiveStays(@TempDir Path temp) throws IOException {
        Built built = build("permalink-collision", temp);
        Files.delete(built.site().resolve("seeds/b.txt"));
        Built again = rebuild(built);
        assertTrue(again.result().published());
        assertEquals(List.of(
                "articles/2021-article/index.html",
                "articles/c/index.html",
                "articles/same-headline/index.html"), articlePages(again));
        assertTrue(again.text("articles/2021/index.html").contains("A year in review"), "the year's archive is where it was");
    }

    @Test
    void topicsDifferingOnlyInCaseShareAPageButCPlusPlusAndCSharpDoNot(@TempDir Path temp) {
        Built built = build("topic-case-and-symbols", temp);
        List<String> topicPages = SiteFiles.read(built.output()).keySet().stream()
                .filter(p -> p.startsWith("topics/") && p.endsWith("/index.html")).toList();
        assertEquals(List.of("topics/ai/index.html", "topics/c-plus-plus/index.html", "topics/c-sharp/index.html",
                "topics/c/index.html", "topics/index.html"), topicPages);
        String ai = built.text("topics/ai/index.html");
        assertEquals(3, ai.split("class=\"card-title\"", -1).length - 1, ai);
        assertTrue(built.text("topics/index.html").contains(">AI</a>"));
    }

    @Test
    void differentNamesWithOneSlugGetPagesOfTheirOwn(@TempDir Path temp) {
        Built built = build("distinct-names-one-slug", temp);
        List<String> pages = SiteFiles.read(built.output()).keySet().stream()
                .filter(p -> (p.startsWith("topics/") || p.startsWith("providers/")) && p.endsWith("/index.html")).toList();
        assertEquals(List.of("providers/c-plus-plus-weekly-2/index.html", "providers/c-plus-plus-weekly/index.html",
                "providers/index.html", "topics/ai-2/index.html", "topics/ai/index.html", "topics/c-plus-plus-2/index.html",
                "topics/c-plus-plus-3/index.html", "topics/c-plus-plus-4/index.html", "topics/c-plus-plus/index.html",
                "topics/c-sharp-2/index.html", "topics/c-sharp/index.html", "topics/index.html"), pages);
        // 'AI' and 'ai' with a zero-width space are one name; 'C++ Weekly' and 'c++' with a no-break space too
        String ai = built.text("topics/ai/index.html");
        assertEquals(2, ai.split("class=\"card-title\"", -1).length - 1, ai);
        assertTrue(built.text("topics/ai-2/index.html").contains("AI!"));
        String weekly = built.text("providers/c-plus-plus-weekly/index.html");
        assertEquals(2, weekly.split("class=\"card-title\"", -1).length - 1, weekly);
        assertTrue(built.text("providers/c-plus-plus-weekly-2/index.html").contains("C-Plus-Plus Weekly"));
    }

    @Test
    void aSymbolicLinkOutOfTheContentFolderIsNotRead(@TempDir Path temp) {
        Built built = build("symlink-outside-content", temp);
        // counted as a file read and invalid (read = published + unpublished + invalid), its content never read
        assertEquals(2, built.result().summary().filesRead());
        assertEquals(1, built.result().summary().invalid());
        assertFalse(SiteFiles.read(built.output()).keySet().stream().anyMatch(p -> p.contains("secret")));
    }

    @Test
    void hiddenFilesAndEditorBackupsAreNotRead(@TempDir Path temp) {
        Built built = build("hidden-and-backup-files", temp);
        assertEquals(1, built.result().summary().filesRead());
    }

    @Test
    void aRefusedOutputFolderLeavesTheSiteFolderUntouched(@TempDir Path temp) throws IOException {
        Built built = build("output-is-site-folder", temp);
        assertEquals(null, built.result());
        try (Stream<Path> files = Files.list(built.site())) {
            assertEquals(List.of("expected-problems.txt", "expected-summary.txt", "seeds", "site-config.yml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    // ---- helpers ----

    /** The articles' own pages, without the date archives around them ({@code articles/2021/07/29/}, …). */
    private static List<String> articlePages(Built built) {
        return SiteFiles.read(built.output()).keySet().stream()
                .filter(SiteFiles::isArticlePage).toList();
    }

    /** The first summary line, as the command line prints it. */
    static String summaryLine(BuildSummary s) {
        return String.format(Locale.ROOT, "%d %s read: %d published, %d unpublished, %d invalid",
                s.filesRead(), s.filesRead() == 1 ? "file" : "files", s.published(), s.unpublished(), s.invalid());
    }

    /** A built case: the problems (config or build), the result (null when the config was refused). */
    record Built(Path site, List<Problem> problems, BuildResult result) {
        Path output() {
            return site.resolve("output");
        }

        String text(String path) {
            return SiteFiles.text(output(), path);
        }
    }

    static Built build(String name, Path temp) {
        Path site = temp.resolve(name);
        copy(CORPUS.resolve(name), site);
        prepare(name, site);
        return builtAt(site);
    }

    static Built rebuild(Built built) {
        return builtAt(built.site());
    }

    private static Built builtAt(Path site) {
        try {
            var config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
            BuildResult result = new SiteBuilder(config, site, TestClock.FIXED).build();
            return new Built(site, result.problems(), result);
        } catch (ConfigException e) {
            return new Built(site, e.problems(), null);
        }
    }

    /** What git cannot hold portably (links, a named pipe) is made at run time. */
    private static void prepare(String name, Path site) {
        try {
            if (name.equals("symlink-outside-content")) {
                Files.createSymbolicLink(site.resolve("seeds/secret.txt"), Path.of("../outside/secret.txt"));
            } else if (name.equals("special-files-in-content")) {
                Fifos.make(site.resolve("seeds/pipe.txt"));
                Files.createSymbolicLink(site.resolve("seeds/again"), Path.of("."));
                Files.createSymbolicLink(site.resolve("seeds/moved.md"), Path.of("elsewhere.md"));
                Files.createSymbolicLink(site.resolve("seeds/environ.txt"), Path.of("/proc/self/environ"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> all = new ArrayList<>(walk.toList());
            for (Path source : all) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
