package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * The pages at articles' earlier addresses ({@code aliases:}): one per alias of a published article, sending the reader
 * on; an alias that would take the place of a page the site makes (letter case aside), or that is the article's own
 * address, is left out with a warning; one two published articles claim stops the build; an unpublished article's
 * aliases make nothing.
 */
class RedirectPagesTest {

    @TempDir
    static Path site;
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Redirects
                baseUrl: https://example.org/digest/
                timeZone: UTC
                -- seeds/a.md --
                ---
                title: "Alpha <b>&</b>"
                publishedDateTime: 2021-07-01T08:00:00Z
                published: true
                provider:
                  name: Wire
                topics: [World]
                aliases:
                  - /articles/2021/07/01/alpha/
                  - old/alpha.html
                  - /shared/
                  - /feed.xml/
                  - /topics/world/
                  - /articles/b/
                  - /articles/a/
                  - /Topics/World/
                  - /OLD/Alpha.html
                  - /articles/A/
                ---
                Text.
                -- seeds/b.md --
                ---
                title: "Beta"
                publishedDateTime: 2021-07-02T08:00:00Z
                published: true
                provider:
                  name: Wire
                aliases:
                  - /articles/2021/07/02/beta
                ---
                -- seeds/c.md --
                ---
                title: "Gamma, not published"
                publishedDateTime: 2021-07-03T08:00:00Z
                published: false
                provider:
                  name: Wire
                aliases:
                  - /gamma-old/
                ---
                """);
        result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
        output = site.resolve("output");
    }

    @Test
    void eachAliasLeftOutIsAWarningNamingTheFileAndWhy() {
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
        assertEquals(List.of(), result.brokenLinks(), "the link check read the redirect pages too");
        assertEquals(List.of(
                "seeds/a.md:12:5: warning: its alias '/feed.xml/' would take the place of the site's own '/feed.xml'; that stays, "
                        + "and the alias is ignored. Remove it from 'aliases'",
                "seeds/a.md:13:5: warning: its alias '/topics/world/' would take the place of the site's own "
                        + "'/topics/world/'; that stays, and the alias is ignored. Remove it from 'aliases'",
                "seeds/a.md:14:5: warning: its alias '/articles/b/' would take the place of the page of the article seeds/b.md; "
                        + "that stays, and the alias is ignored. Remove it from 'aliases'",
                "seeds/a.md:15:5: warning: its alias '/articles/a/' is its own address; the alias is ignored. Remove it from 'aliases'",
                "seeds/a.md:16:5: warning: its alias '/Topics/World/' would take the place of the site's own "
                        + "'/topics/world/' on a disk that ignores case; that stays, and the alias is ignored. Remove it from 'aliases'",
                "seeds/a.md:17:5: warning: its alias '/OLD/Alpha.html' is the same page as its alias '/old/alpha.html' on a disk "
                        + "that ignores case; the alias is ignored. Remove it from 'aliases'",
                "seeds/a.md:18:5: warning: its alias '/articles/A/' is its own address on a disk that ignores case; the alias is "
                        + "ignored. Remove it from 'aliases'"),
                result.problems().stream().map(p -> p.format(site)).filter(p -> p.contains("alias")).toList());
    }

    @Test
    void aRedirectPageSendsTheReaderToTheArticleAndTellsSearchEnginesWhereItIsNow() throws Exception {
        String expected = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Moved: Alpha &lt;b&gt;&amp;&lt;/b&gt;</title>
                <link rel="canonical" href="https://example.org/digest/articles/a/">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url=/digest/articles/a/">
                <link rel="icon" href="/digest/static/icon.svg" type="image/svg+xml">
                </head>
                <body>
                <p>This article has moved to <a href="/digest/articles/a/"><bdi>Alpha &lt;b&gt;&amp;&lt;/b&gt;</bdi></a></p>
                </body>
                </html>
                """;
        assertEquals(expected, SiteFiles.text(output, "articles/2021/07/01/alpha/index.html"));
        assertEquals(expected, SiteFiles.text(output, "old/alpha.html"), "an alias ending in .html is that file");
        assertEquals(expected, SiteFiles.text(output, "shared/index.html"));
        assertTrue(SiteFiles.text(output, "articles/2021/07/02/beta/index.html").contains("url=/digest/articles/b/"),
                "an alias without a '/' at the end is a folder");
    }

    @Test
    void theRealPagesKeepTheirPlacesAndAnUnpublishedArticlesAliasesMakeNothing() {
        assertTrue(SiteFiles.text(output, "feed.xml").startsWith("<?xml"));
        assertFalse(Files.exists(output.resolve("feed.xml/index.html")));
        assertTrue(SiteFiles.text(output, "topics/world/index.html").contains("<h1"));
        assertTrue(SiteFiles.text(output, "articles/b/index.html").contains("<h1 dir=\"auto\">Beta</h1>"));
        assertTrue(SiteFiles.text(output, "articles/a/index.html").contains("<h1 dir=\"auto\">Alpha &lt;b&gt;&amp;&lt;/b&gt;</h1>"));
        assertFalse(Files.exists(output.resolve("gamma-old")));
        SiteFiles.read(output).forEach((path, bytes) -> assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .contains("Gamma"), path));
    }

    @Test
    void noFolderDiffersFromAnotherOnlyInCase() {
        Set<String> seen = new TreeSet<>();
        SiteFiles.read(output).keySet().forEach(path -> assertTrue(seen.add(path.toLowerCase(java.util.Locale.ROOT)), path));
        assertFalse(Files.exists(output.resolve("Topics")));
        assertFalse(Files.exists(output.resolve("OLD")));
    }

    @Test
    void anAliasTwoArticlesClaimStopsTheBuildAndTheLastSiteStays(@TempDir Path other) throws Exception {
        String alpha = """
                -- site-config.yml --
                title: Redirects
                baseUrl: https://example.org/digest/
                timeZone: UTC
                -- seeds/a.md --
                ---
                title: "Alpha"
                publishedDateTime: 2021-07-01T08:00:00Z
                published: true
                provider:
                  name: Wire
                aliases:
                  - /shared/
                ---
                """;
        InlineSite.write(other, alpha);
        assertTrue(buildAt(other).published());
        byte[] before = Files.readAllBytes(other.resolve("output/shared/index.html"));
        InlineSite.write(other, """
                -- seeds/b.md --
                ---
                title: "Beta"
                publishedDateTime: 2020-07-02T08:00:00Z
                published: true
                provider:
                  name: Wire
                aliases:
                  - /Shared/
                  - /shared/
                ---
                -- seeds/c.md --
                ---
                title: "Gamma"
                publishedDateTime: 2021-07-03T08:00:00Z
                published: false
                provider:
                  name: Wire
                aliases:
                  - /shared/
                ---
                """);

        BuildResult twice = buildAt(other);
        assertFalse(twice.published(), "an older article does not take the alias over");
        assertEquals(List.of(
                "seeds/b.md:8:5: error: its alias '/Shared/' is also an alias of seeds/a.md as '/shared/', the same page on a "
                        + "disk that ignores case; keep it under the 'aliases:' of the one article that was published at that "
                        + "address, and remove it from the other"),
                twice.problems().stream().map(p -> p.format(other)).toList(), "one error per alias; an unpublished article claims nothing");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(other.resolve("output/shared/index.html"))));
        assertFalse(Files.exists(other.resolve("output/articles/b")));
    }

    private static BuildResult buildAt(Path folder) throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(folder.resolve("site-config.yml"), ConfigOverrides.none()), folder,
                TestClock.FIXED).build();
    }

    @Test
    void noSitemapFeedSearchIndexOrListNamesARedirectPage() {
        Set<String> redirects = new TreeSet<>(Set.of("articles/2021/07/01/alpha/index.html", "old/alpha.html", "shared/index.html",
                "articles/2021/07/02/beta/index.html"));
        Map<String, byte[]> files = SiteFiles.read(output);
        assertEquals(redirects, files.keySet().stream().filter(path -> new String(files.get(path),
                java.nio.charset.StandardCharsets.UTF_8).contains("http-equiv=\"refresh\"")).collect(Collectors.toCollection(TreeSet::new)));
        for (String listing : List.of("sitemap.xml", "search-index.json", "feed.xml", "atom.xml", "feed.json", "index.html",
                "articles/2021/07/01/index.html", "articles/2021/07/index.html", "topics/world/index.html", "feeds.opml")) {
            String text = SiteFiles.text(output, listing);
            for (String alias : List.of("articles/2021/07/01/alpha/", "old/alpha.html", "/shared/", "articles/2021/07/02/beta")) {
                assertFalse(text.contains(alias), listing + " names " + alias);
            }
        }
    }
}
