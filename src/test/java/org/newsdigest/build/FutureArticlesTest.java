package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.TestClock;

/** An article dated after the build waits, unless the config says {@code publishFuture: true}. */
class FutureArticlesTest {

    @TempDir
    Path site;

    private BuildResult build(String extraConfig) throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Future
                baseUrl: https://example.org/
                """ + extraConfig + """
                -- seeds/now.md --
                ---
                title: "Now"
                publishedDateTime: 2025-12-31T23:59:59Z
                published: true
                provider:
                  name: P
                ---
                -- seeds/later.md --
                ---
                title: "Later"
                publishedDateTime: 2026-01-01T00:00:01Z
                published: true
                provider:
                  name: P
                ---
                """);
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }

    @Test
    void aFutureArticleIsNotPublishedAndTheWarningSaysWhen() throws Exception {
        BuildResult result = build("");
        assertTrue(result.published());
        assertEquals(List.of("seeds/later.md:1:1: warning: dated 2026-01-01T00:00:01Z, in the future: it is not published now "
                + "and will appear in the first build after that time. Set 'publishFuture: true' in the config to publish "
                + "future articles at once"), result.problems().stream().map(p -> p.format(site)).toList());
        assertEquals(1, result.summary().published());
        assertEquals(1, result.summary().unpublished());
        assertTrue(Files.exists(site.resolve("output/articles/now/index.html")));
        assertFalse(Files.exists(site.resolve("output/articles/2026")));
    }

    @Test
    void publishFuturePublishesItNow() throws Exception {
        BuildResult result = build("publishFuture: true\n");
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.summary().published());
        assertTrue(Files.exists(site.resolve("output/articles/later/index.html")));
    }

    @Test
    void strictInTheConfigMakesTheWarningFatal() throws Exception {
        BuildResult result = build("strict: true\n");
        assertFalse(result.published());
        assertEquals(1, result.warningCount());
        assertFalse(Files.exists(site.resolve("output")));
    }
}
