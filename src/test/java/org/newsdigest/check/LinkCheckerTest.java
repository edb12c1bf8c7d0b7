package org.newsdigest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.threads.BuildThreads;

class LinkCheckerTest {

    private static final URI BASE_URL = URI.create("https://example.github.io/news-digest/");

    private final BuildThreads threads = new BuildThreads(3);

    @AfterEach
    void endThreads() {
        threads.close();
    }
    private static final String OUTSIDE_BASE = "points outside the site's base path /news-digest/ "
            + "(it would only work if the site were served from the domain root); link with the base path";

    @TempDir
    Path site;

    @Test
    void goodLinksOfEveryFormPass() {
        InlineSite.write(site, """
                -- index.html --
                <!DOCTYPE html>
                <html><head><link rel="stylesheet" href="/news-digest/static/style.css"></head>
                <body id="top">
                <a href="topics/ai/">relative</a>
                <a href="/news-digest/topics/ai/#articles">root-relative with the base path</a>
                <a href="https://example.github.io/news-digest/topics/ai/">absolute under the base</a>
                <a href="#top">same page</a>
                <a href="">this page</a>
                <a href="topics/ai">folder without slash</a>
                </body></html>
                -- topics/ai/index.html --
                <!DOCTYPE html>
                <html><body>
                <h1 id="articles">AI</h1>
                <a href="../../">home</a>
                <a href="../../index.html#top">home, top</a>
                <a name="old-anchor"></a><a href="#old-anchor">named anchor</a>
                </body></html>
                -- static/style.css --
                body {}
                """);

        LinkReport report = new LinkChecker(BASE_URL, threads).check(site);

        assertEquals(List.of(), formatted(report));
        assertTrue(report.passed());
        assertEquals(List.of(2, 10, 0), counts(report));
        assertEquals(Map.of(
                "index.html", new PageLinks(Set.of("static/style.css", "topics/ai/index.html", "index.html"),
                        Set.of("topics/ai/index.html")),
                "topics/ai/index.html", new PageLinks(Set.of("index.html", "topics/ai/index.html"), Set.of("index.html"))),
                report.linksByPage());
    }

    @Test
    void onlyThePagesToScanAreReadAndAFragmentIntoAnUnreadPageIsCheckedAgainstItsIds() {
        InlineSite.write(site, """
                -- index.html --
                <h1 id="top">Home</h1>
                <a href="/news-digest/topics/ai/#gone">AI</a>
                <a href="/news-digest/missing/">missing</a>
                -- topics/ai/index.html --
                <h1 id="articles">AI</h1>
                <a href="/news-digest/nowhere/">broken, but not read</a>
                """);
        SiteToCheck files = new SiteToCheck(Set.of("index.html", "topics/ai/index.html"), site::resolve, Set.of("index.html"));

        LinkReport report = new LinkChecker(BASE_URL, threads).check(files);

        assertEquals(List.of(
                "index.html:2:10 → /news-digest/topics/ai/#gone: no element with id 'gone' in topics/ai/index.html",
                "index.html:3:10 → /news-digest/missing/: no such file in the site (looked for missing/index.html)"),
                formatted(report));
        assertEquals(List.of(1, 2, 0), counts(report));
    }

    private static List<Integer> counts(LinkReport report) {
        return List.of(report.pagesChecked(), report.internalLinks(), report.externalLinks());
    }

    @Test
    void aRootRelativeLinkWithoutTheBasePathIsBrokenEvenThoughTheFileExists() {
        InlineSite.write(site, """
                -- index.html --
                <p><a href="/topics/ai/">AI</a></p>
                -- topics/ai/index.html --
                <h1>AI</h1>
                """);

        LinkReport report = new LinkChecker(BASE_URL, threads).check(site);

        assertFalse(report.passed());
        assertEquals(List.of(new BrokenLink("index.html", 1, 13, "/topics/ai/", OUTSIDE_BASE)), report.broken());
        assertEquals(List.of("index.html:1:13 → /topics/ai/: " + OUTSIDE_BASE), formatted(report));
    }

    @Test
    void aRootRelativeLinkIsFineForASiteAtTheDomainRoot() {
        InlineSite.write(site, """
                -- index.html --
                <p><a href="/topics/ai/">AI</a></p>
                -- topics/ai/index.html --
                <h1>AI</h1>
                """);

        assertEquals(List.of(), new LinkChecker(URI.create("https://news.example.org/"), threads).check(site).broken());
    }

    @Test
    void aLinkToAMissingFileIsBroken() {
        InlineSite.write(site, """
                -- index.html --
                <!DOCTYPE html>
                <a href="/news-digest/nope/">page</a>
                <img src="static/missing.png" alt="">
                <a href="topics/ai">folder</a>
                """);

        assertEquals(List.of(
                "index.html:2:10 → /news-digest/nope/: no such file in the site (looked for nope/index.html)",
                "index.html:3:11 → static/missing.png: no such file in the site (looked for static/missing.png)",
                "index.html:4:10 → topics/ai: no such file in the site (looked for topics/ai)"),
                formatted(new LinkChecker(BASE_URL, threads).check(site)));
    }

    @Test
    void aLinkToAMissingFragmentIsBroken() {
        InlineSite.write(site, """
                -- index.html --
                <body id="top">
                <a href="#nothere">here</a>
                <a href="topics/ai/#nothere">there</a>
                <a href="#top">fine</a>
                </body>
                -- topics/ai/index.html --
                <h1 id="articles">AI</h1>
                """);

        assertEquals(List.of(
                "index.html:2:10 → #nothere: no element with id 'nothere' in index.html",
                "index.html:3:10 → topics/ai/#nothere: no element with id 'nothere' in topics/ai/index.html"),
                formatted(new LinkChecker(BASE_URL, threads).check(site)));
    }

    @Test
    void externalLinksAreCountedNotChecked() {
        InlineSite.write(site, """
                -- index.html --
                <a href="https://techcrunch.com/2021/07/26/nope/">other site</a>
                <a href="//cdn.example.org/x.js">protocol-relative</a>
                <a href="https://example.github.io/other-project/">same host, other project</a>
                <a href="mailto:editor@example.org">mail</a>
                <a href="/news-digest/">home</a>
                """);

        LinkReport report = new LinkChecker(BASE_URL, threads).check(site);

        assertEquals(List.of(1, 1, 4), counts(report));
        assertTrue(report.passed());
    }

    @Test
    void theSitesOwnHostOverPlainHttpAndTheBasePathWithoutItsSlashAreTheSite() {
        InlineSite.write(site, """
                -- index.html --
                <a href="http://example.github.io/news-digest/">home over http</a>
                <a href="/news-digest">base path without its final slash</a>
                <a href="http://example.github.io/news-digest/nope/">missing over http</a>
                """);

        LinkReport report = new LinkChecker(BASE_URL, threads).check(site);

        assertEquals(List.of("index.html:3:10 → http://example.github.io/news-digest/nope/: no such file in the site "
                + "(looked for nope/index.html)"), formatted(report));
        assertEquals(3, report.internalLinks());
    }

    @Test
    void feedLinksAreChecked() {
        InlineSite.write(site, """
                -- index.html --
                <h1>Home</h1>
                -- feed.xml --
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                <link>https://example.github.io/news-digest/</link>
                <atom:link href="https://example.github.io/news-digest/feed.xml" rel="self"/>
                <item><link>https://example.github.io/news-digest/articles/gone/</link><guid isPermaLink="false">abc</guid></item>
                <item><guid>https://example.github.io/news-digest/articles/also-gone/</guid></item>
                </channel></rss>
                """);

        LinkReport report = new LinkChecker(BASE_URL, threads).check(site);

        assertEquals(List.of(
                "feed.xml:5:7 → https://example.github.io/news-digest/articles/gone/: no such file in the site (looked for articles/gone/index.html)",
                "feed.xml:6:7 → https://example.github.io/news-digest/articles/also-gone/: "
                        + "no such file in the site (looked for articles/also-gone/index.html)"),
                formatted(report));
        assertEquals(2, report.pagesChecked());
        assertEquals(4, report.internalLinks());
        assertEquals(0, report.externalLinks());
    }

    @Test
    void brokenLinksAreListedByPageThenPosition() {
        InlineSite.write(site, """
                -- b.html --
                <a href="x">x</a> <a href="y">y</a>
                -- a/index.html --
                <p>
                  <a href="z">z</a>
                </p>
                -- a.html --
                <a href="w">w</a>
                """);

        assertEquals(List.of(
                "a.html:1:10 → w: no such file in the site (looked for w)",
                "a/index.html:2:12 → z: no such file in the site (looked for a/z)",
                "b.html:1:10 → x: no such file in the site (looked for x)",
                "b.html:1:28 → y: no such file in the site (looked for y)"),
                formatted(new LinkChecker(BASE_URL, threads).check(site)));
    }

    @Test
    void everyLinkAttributeOfALinkElementIsCheckedAndAttributesOfOtherElementsAreNot() {
        InlineSite.write(site, """
                -- index.html --
                <img src="s" href="h"><div href="d" src="e"></div><form action="f"></form>
                <video src="v"></video><a id="x" href="#x" src="a"></a><P ID="y"><A NAME="z" HREF="#y">y</A></P>
                <a href="#z">z</a>
                """);

        LinkReport report = new LinkChecker(BASE_URL, threads).check(site);

        assertEquals(List.of(
                "index.html:1:11 → s: no such file in the site (looked for s)",
                "index.html:1:20 → h: no such file in the site (looked for h)",
                "index.html:1:65 → f: no such file in the site (looked for f)",
                "index.html:2:13 → v: no such file in the site (looked for v)",
                "index.html:2:49 → a: no such file in the site (looked for a)"),
                formatted(report));
        assertEquals(8, report.internalLinks());
    }

    @Test
    void aPageIsReadAsUtf8AndOneThatIsNotFailsTheCheck() throws Exception {
        InlineSite.write(site, """
                -- a.html --
                <p>Новости – café 😀</p><a href="x">x</a>
                """);
        assertEquals(List.of("a.html:1:34 → x: no such file in the site (looked for x)"),
                formatted(new LinkChecker(BASE_URL, threads).check(site)));

        Files.write(site.resolve("b.html"), new byte[] {'<', 'p', '>', (byte) 0xE9, '<', '/', 'p', '>'});
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> new LinkChecker(BASE_URL, threads).check(site));
        assertInstanceOf(MalformedInputException.class, failure.getCause());
    }

    private static List<String> formatted(LinkReport report) {
        return report.broken().stream().map(BrokenLink::format).toList();
    }
}
