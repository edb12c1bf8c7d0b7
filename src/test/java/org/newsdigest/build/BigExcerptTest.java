package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/** A huge excerpt is shown whole on its article's page only; everywhere else it is cut short. */
class BigExcerptTest {

    @TempDir
    Path site;

    @Test
    void cardsFeedsMetaTagsAndTheSearchIndexHoldAShortExcerpt() throws Exception {
        String excerpt = "Robots take over the newsroom. ".repeat(40_000); // 1.2 MB
        InlineSite.write(site, """
                -- site-config.yml --
                title: Big
                baseUrl: https://example.org/
                -- seeds/big.md --
                ---
                title: "Big"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                excerpt: "%s"
                provider:
                  name: P
                topics: [AI]
                ---
                """.formatted(excerpt));
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()),
                site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems().toString());

        Map<String, byte[]> files = SiteFiles.read(site.resolve("output"));
        String page = SiteFiles.text(site.resolve("output"), "articles/big/index.html");
        assertTrue(page.contains("<p class=\"lede\" dir=\"auto\">" + excerpt.strip() + "</p>"), "the article's page keeps it whole");
        String shortened = "Robots take over the newsroom. ".repeat(16).strip() + "…";
        for (String path : new String[] {"index.html", "topics/ai/index.html", "providers/p/index.html", "feed.xml", "atom.xml",
                "feed.json", "search-index.json", "topics/ai/feed.xml"}) {
            String text = SiteFiles.text(site.resolve("output"), path);
            assertTrue(text.contains(shortened), path);
            assertTrue(text.length() < 30_000, path + " is " + text.length() + " characters");
        }
        // the page's own meta description is short too
        assertEquals(3, page.split(Pattern.quote(shortened), -1).length - 1, "description, og:description and twitter:description");
        long total = files.values().stream().mapToLong(b -> b.length).sum();
        assertTrue(total < 2 * excerpt.length(), "the site is " + total + " bytes");
    }
}
