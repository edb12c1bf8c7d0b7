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

/** A site's templates/partials/ overrides one piece of the theme; feeds and page kinds are named for templates. */
class ThemePartialsTest {

    @TempDir
    Path site;

    @BeforeEach
    void writeSite() {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Partials
                baseUrl: https://example.org/news/
                -- seeds/a.md --
                ---
                title: "Alpha"
                publishedDateTime: 2021-07-29T08:00:00Z
                published: true
                provider:
                  name: P
                ---
                """);
    }

    @Test
    void aSyntaxErrorInAPartialOverrideIsReportedAtItsPositionBeforeAnyPage() throws Exception {
        InlineSite.write(site, """
                -- templates/partials/card.ftlh --
                <#macro card article headingLevel=2 lead=false>
                <#if>
                </#macro>
                """);
        BuildResult result = build();
        assertFalse(result.published());
        assertEquals(List.of("templates/partials/card.ftlh:2:2: error: template syntax error: #if is an existing "
                + "directive, but the tag is malformed.  (See FreeMarker Manual / Directive Reference.); fix the template "
                + "or delete it to use the built-in one"),
                result.problems().stream().map((Problem problem) -> problem.format(site)).toList());
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void pageKindsAreNamedAndStillPrintTheirOldNames() throws Exception {
        InlineSite.write(site, """
                -- templates/404.ftlh --
                ${page.kind}|<#if page.kind.notFound>named</#if>|<#if page.kind == "notFound">compared</#if>|<#if page.kind.home>home</#if>
                """);
        assertTrue(build().published());
        assertEquals("notFound|named|compared|\n", SiteFiles.text(site.resolve("output"), "404.html"));
    }

    @Test
    void theSitesFeedsAreNamedByFormat() throws Exception {
        InlineSite.write(site, """
                -- templates/404.ftlh --
                ${site.feed.rss.url} ${site.feed.atom.url} ${site.feed.json.url} <#list site.feeds as feed>${feed.type} </#list>
                """);
        assertTrue(build().published());
        assertEquals("/news/feed.xml /news/atom.xml /news/feed.json application/rss+xml application/atom+xml "
                + "application/feed+json \n", SiteFiles.text(site.resolve("output"), "404.html"));
    }

    /** A partial of the site's own, imported by its override, is part of the theme: editing it renders the cards again. */
    @Test
    void editingAPartialOfTheSitesOwnRendersThePagesUsingItAgain() throws Exception {
        InlineSite.write(site, """
                -- templates/partials/card.ftlh --
                <#import "/partials/badge.ftlh" as badge>
                <#macro card article headingLevel=2 lead=false><p class="card"><@badge.badge/> ${article.title}</p>
                </#macro>
                -- templates/partials/badge.ftlh --
                <#macro badge>NEW</#macro>
                """);
        assertTrue(build().published());
        assertTrue(SiteFiles.text(site.resolve("output"), "index.html").contains("<p class=\"card\">NEW Alpha</p>\n"));

        InlineSite.write(site, """
                -- templates/partials/badge.ftlh --
                <#macro badge>FRESH</#macro>
                """);
        assertTrue(build().published());
        assertTrue(SiteFiles.text(site.resolve("output"), "index.html").contains("<p class=\"card\">FRESH Alpha</p>\n"));
    }

    private BuildResult build() throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }
}
