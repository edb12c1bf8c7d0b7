package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.TestClock;

/**
 * {@code limits.nestingPerLine} and {@code limits.bodyWork} bound an article body as the config sets them, and a
 * changed bound parses every file again: a body the cache kept as good may be over the new one.
 */
class BodyBoundsSiteTest {

    private static final String SITE = """
            -- site-config.yml --
            title: Bounds
            baseUrl: https://example.org/
            -- seeds/deep.md --
            ---
            title: "Deep"
            publishedDateTime: 2021-07-29T11:09:00Z
            published: true
            provider:
              name: P
            ---
            A first paragraph.

            > > > > quoted four deep
            -- seeds/links.md --
            ---
            title: "Links"
            publishedDateTime: 2021-07-29T12:09:00Z
            published: true
            provider:
              name: P
            ---
            [a](https://news.example.com/a) and [b](https://news.example.com/b)
            """;

    @TempDir
    Path site;

    @Test
    void aLowerNestingBoundRefusesTheDeeperBodyEvenWhenTheCacheHadItAsGood() throws IOException, ConfigException {
        InlineSite.write(site, SITE);
        BuildResult first = build();
        assertEquals(List.of(), formatted(first));
        assertTrue(first.published());
        assertTrue(Files.exists(site.resolve("output/articles/deep/index.html")));

        Files.writeString(site.resolve("site-config.yml"), "limits:\n  nestingPerLine: 3\n", StandardOpenOption.APPEND);
        BuildResult lowered = build();

        assertEquals(List.of("seeds/deep.md:10:1: error: the body nests block quotes or lists 4 levels deep on this line, "
                + "more than limits.nestingPerLine (3); flatten it"), formatted(lowered));
    }

    @Test
    void aLowerWorkBoundRefusesTheCostlierBody() throws IOException, ConfigException {
        InlineSite.write(site, SITE + """
                -- site-config.yml --
                title: Bounds
                baseUrl: https://example.org/
                limits:
                  bodyWork: 100
                """);

        BuildResult result = build();

        assertEquals(List.of("seeds/links.md:8:1: error: the paragraph starting here has 4 of the marks [ ] < & ` (links, code "
                + "spans, HTML) in 68 characters, and the body's paragraphs come to 272 marks × characters, more than "
                + "limits.bodyWork (100); split long paragraphs into shorter ones"), formatted(result));
        assertFalse(Files.exists(site.resolve("output/articles/links/index.html")), "left out like any invalid article");
        assertTrue(Files.exists(site.resolve("output/articles/deep/index.html")), "while the rest publishes");
    }

    private BuildResult build() throws ConfigException {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }

    private List<String> formatted(BuildResult result) {
        return result.problems().stream().map(p -> p.format(site)).toList();
    }
}
