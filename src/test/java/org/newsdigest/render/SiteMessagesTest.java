package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/** A site's templates/messages.properties changes the theme's words; templates reach them through msg. */
class SiteMessagesTest {

    @TempDir
    Path site;

    @BeforeEach
    void writeSite() {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Words
                baseUrl: https://example.org/news/
                language: de-AT
                -- seeds/a.md --
                ---
                title: "Alpha"
                publishedDateTime: 2021-07-29T08:00:00Z
                published: true
                provider:
                  name: P
                topics: [KI]
                ---
                """);
    }

    @Test
    void theSitesMessagesOverTheBundleAndAnEditRendersThePagesAgain() throws Exception {
        assertTrue(build().published());
        assertTrue(page("index.html").contains(">Aktuell</a>"), page("index.html"));
        InlineSite.write(site, """
                -- templates/messages.properties --
                # Austrian, as this newsroom writes it
                nav.latest = Neuigkeiten
                terms.count = {0, plural, one{# Bericht} other{# Berichte}}
                """);
        BuildResult again = build();
        assertTrue(again.published(), () -> again.problems().toString());
        assertEquals(List.of(), again.problems());
        assertTrue(page("index.html").contains(">Neuigkeiten</a>"), page("index.html"));
        assertTrue(page("topics/index.html").contains("<span class=\"count\">1 Bericht</span>"), page("topics/index.html"));
        assertTrue(page("topics/index.html").contains(">Neuigkeiten</a>"), "every page, not only the front page");
    }

    @Test
    void anUnknownMessageInTheSitesFileFailsTheBuildBeforeAnyPage() throws Exception {
        InlineSite.write(site, """
                -- templates/messages.properties --
                nav.lattest = Neuigkeiten
                """);
        BuildResult result = build();
        assertFalse(result.published());
        assertEquals(List.of("templates/messages.properties:1: error: unknown message 'nav.lattest'; did you mean 'nav.latest'?"),
                result.problems().stream().map((Problem problem) -> problem.format(site)).toList());
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void anUnknownMessageInATemplateIsReportedAtItsPosition() throws Exception {
        InlineSite.write(site, """
                -- templates/404.ftlh --
                <p>
                ${msg("notFound.titel")}</p>
                """);
        BuildResult result = build();
        assertFalse(result.published());
        assertEquals(List.of("templates/404.ftlh:2:1: error: template failed: no message 'notFound.titel'; did you mean "
                + "'notFound.title'?; fix the template"), result.problems().stream().map((Problem problem) -> problem.format(site)).toList());
    }

    @Test
    void aNameInsideASentenceIsIsolatedAndEscaped() throws Exception {
        InlineSite.write(site, """
                -- templates/404.ftlh --
                ${msg.isolated("article.readOriginal", "<b>x.example</b>")}|${msg("article.readOriginal", "<b>")}
                """);
        assertTrue(build().published());
        assertEquals("Ganzen Artikel bei <bdi>&lt;b&gt;x.example&lt;/b&gt;</bdi> lesen\u00a0→|Ganzen Artikel bei &lt;b&gt; lesen\u00a0→\n",
                page("404.html"));
    }

    private String page(String path) {
        return SiteFiles.text(site.resolve("output"), path);
    }

    private BuildResult build() throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }
}
