package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * An {@code updatedDateTime} after the build is not told to feed readers and search engines yet: the article is as
 * published until the first build after that time, unless the config says {@code publishFuture: true}.
 */
class FutureUpdatesTest {

    @TempDir
    Path site;

    private BuildResult build(String extraConfig) throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Corrections
                baseUrl: https://example.org/
                """ + extraConfig + """
                -- seeds/corrected.md --
                ---
                title: "Corrected"
                publishedDateTime: 2024-03-01T10:00:00Z
                updatedDateTime: 2031-01-01T00:00:00Z
                published: true
                provider:
                  name: Wire
                ---
                """);
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }

    @Test
    void aFutureUpdateIsIgnoredWithAWarningThatSaysWhenItCounts() throws Exception {
        BuildResult result = build("");

        assertTrue(result.published());
        assertEquals(List.of("seeds/corrected.md:4:18: warning: 'updatedDateTime' 2031-01-01T00:00:00Z is in the future: "
                + "it is ignored now and counts from the first build after that time. Set 'publishFuture: true' in the "
                + "config to use future dates at once"), result.problems().stream().map(p -> p.format(site)).toList());
        assertEquals(List.of("<updated>2024-03-01T10:00:00Z</updated>", "<published>2024-03-01T10:00:00Z</published>",
                "<updated>2024-03-01T10:00:00Z</updated>"), lines("output/atom.xml", "<updated>", "<published>"));
        assertEquals(List.of(), lines("output/feed.json", "\"date_modified\""));
        assertEquals(List.of("2024-03-01T10:00:00Z"), lastmods());
    }

    @Test
    void publishFutureTellsTheUpdateNow() throws Exception {
        BuildResult result = build("publishFuture: true\n");

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("<updated>2031-01-01T00:00:00Z</updated>", "<published>2024-03-01T10:00:00Z</published>",
                "<updated>2031-01-01T00:00:00Z</updated>"), lines("output/atom.xml", "<updated>", "<published>"));
        assertEquals(List.of("2031-01-01T00:00:00Z"), lastmods());
    }

    /** The distinct {@code <lastmod>} dates of the sitemap: the article's page and every list page it is on. */
    private List<String> lastmods() throws Exception {
        String sitemap = Files.readString(site.resolve("output/sitemap.xml"));
        return java.util.regex.Pattern.compile("<lastmod>([^<]*)</lastmod>").matcher(sitemap).results()
                .map(match -> match.group(1)).distinct().toList();
    }

    private List<String> lines(String file, String... starts) {
        return SiteFiles.linesStartingWith(site.resolve(file), starts);
    }
}
