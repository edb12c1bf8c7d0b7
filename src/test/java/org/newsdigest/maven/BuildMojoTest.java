package org.newsdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.SiteLock;
import org.newsdigest.testing.InlineSite;

class BuildMojoTest {

    private static final String CONFIG = """
            -- site-config.yml --
            title: Problems
            description: A site with an invalid article.
            baseUrl: https://digest.example.com/
            language: en
            timeZone: UTC
            content: articles
            output: output
            """;

    private static String article(String name, String quality, String webUrl) {
        return "-- articles/" + name + ".md --\n" + """
                ---
                title: "A %s article"
                excerpt: "It builds."
                publishedDateTime: 2024-01-15T09:00:00Z
                originalUrl: "%s"
                webUrl: "%s"
                type: article
                quality: %s
                heat: 10
                published: true
                provider:
                  name: Example News
                  domain: example.org
                topics:
                  - Testing
                ---
                Text.
                """.formatted(name, webUrl, webUrl, quality);
    }

    private final RecordingLog log = new RecordingLog();

    private BuildMojo mojo(Path site) {
        return log.runs(new BuildMojo(), site);
    }

    @Test
    void aBadBaseUrlPropertyIsBlamedOnThePropertyNotOnTheCommandLineOption(@TempDir Path site) {
        InlineSite.write(site, CONFIG + article("good", "50", "https://example.org/good"));
        BuildMojo mojo = mojo(site);
        mojo.baseUrl = "https://u:p@x.example/";

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        String problem = "news-digest.baseUrl: error: 'baseUrl' must not contain a user name or password; found "
                + "'https://***@x.example/'; they would be published in every page and the feed: remove the part before '@'";
        assertEquals("news-digest: the configuration has 1 problem; nothing was built" + System.lineSeparator() + "  " + problem,
                failure.getMessage());
        assertEquals(List.of("[ERROR] " + problem.replace(": error:", ":")), log.lines());
    }

    @Test
    void theThreadsPropertyIsUsedAndABadOneIsBlamedOnTheProperty(@TempDir Path site) throws Exception {
        InlineSite.write(site, CONFIG + article("good", "50", "https://example.org/good"));
        BuildMojo mojo = mojo(site);
        mojo.threads = 0;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        String problem = "news-digest.threads: error: 'threads' must be a whole number of at least 1; found '0'; "
                + "leave it out to use one thread per core";
        assertEquals("news-digest: the configuration has 1 problem; nothing was built" + System.lineSeparator() + "  " + problem,
                failure.getMessage());
        assertEquals(OptionalInt.empty(), mojo(site).overrides(Optional.empty(), Optional.empty(), false).threads(),
                "no property, no override");

        BuildMojo two = mojo(site);
        two.threads = 2;
        assertEquals(2, two.loadConfig(false).threads());
        two.execute();
        assertTrue(Files.isRegularFile(site.resolve("output/articles/good/index.html")));
    }

    @Test
    void anInvalidArticleIsAWarningWithItsPositionAndTheBuildPublishes(@TempDir Path site) throws Exception {
        InlineSite.write(site, CONFIG + article("good", "50", "https://example.org/good")
                + article("bad", "very high", "https://example.org/bad"));

        mojo(site).execute();

        assertEquals(List.of(
                "[WARNING] articles/bad.md:8:10: 'quality' must be a whole number; found 'very high'; the value is ignored. "
                        + "To fix: write a number such as 42",
                "[INFO] 2 files read: 2 published, 0 unpublished, 0 invalid",
                "[INFO] 26 files written (12 pages), 318 internal links checked, 2 external links not fetched, 0 errors, "
                        + "1 warning, 0.00 s",
                "[INFO] published to output"), log.lines());
        assertTrue(Files.isRegularFile(site.resolve("output/index.html")));
    }

    @Test
    void strictFailsOnAWarningWithTheProblemInTheFailureMessage(@TempDir Path site) {
        InlineSite.write(site, CONFIG + article("bad", "very high", "https://example.org/bad"));
        BuildMojo mojo = mojo(site);
        mojo.strict = true;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("news-digest: build failed (strict mode: every problem fails the build); nothing was published and "
                + "output was left as it was" + System.lineSeparator()
                + "  articles/bad.md:8:10: warning: 'quality' must be a whole number; found 'very high'; the value is ignored. "
                + "To fix: write a number such as 42", failure.getMessage());
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void aBrokenLinkFailsTheBuildAndIsLoggedAsTheCliNumbersIt(@TempDir Path site) {
        InlineSite.write(site, CONFIG + article("good", "50", "https://digest.example.com/missing/"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

        String link = "articles/good/index.html:64:52 → https://digest.example.com/missing/: "
                + "no such file in the site (looked for missing/index.html)";
        assertEquals("news-digest: build failed; nothing was published and output was left as it was"
                + System.lineSeparator() + "  " + link, failure.getMessage());
        assertEquals(List.of("[ERROR] 1 broken link:", "[ERROR]   1. " + link), log.lines().subList(0, 2));
    }

    @Test
    void aConfigProblemFailsBeforeBuilding(@TempDir Path site) {
        InlineSite.write(site, CONFIG.replace("timeZone: UTC\n", "timeZone: UTC\ntimezone: UTC\n")
                + article("good", "50", "https://example.org/good"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

        assertEquals(List.of("[ERROR] site-config.yml:6:1: unknown key 'timezone'; did you mean 'timeZone'?"), log.lines());
        assertEquals("news-digest: the configuration has 1 problem; nothing was built" + System.lineSeparator()
                + "  site-config.yml:6:1: error: unknown key 'timezone'; did you mean 'timeZone'?", failure.getMessage());
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void aMissingConfigFileSaysHowToNameOne(@TempDir Path site) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

        assertEquals("site-config.yml: config file not found; create it, or name it with <config> in the plugin's "
                + "configuration or -Dnews-digest.config=FILE", failure.getMessage());
    }

    @Test
    void aBuildWhileAnotherHoldsTheSiteLockFailsWithTheCliLineAndNoTrace(@TempDir Path site) {
        InlineSite.write(site, CONFIG + article("good", "50", "https://example.org/good"));

        try (SiteLock held = SiteLock.take(SiteLock.beside(site.resolve("output")))) {
            MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

            assertEquals("news-digest: another build of this site is running (lock '.output.lock'); wait for it to end, "
                    + "then build again", failure.getMessage());
            assertEquals(null, failure.getCause());
        }
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void aFolderNewsDigestDidNotWriteIsNotReplaced(@TempDir Path site) throws Exception {
        InlineSite.write(site, CONFIG + article("good", "50", "https://example.org/good") + """
                -- output/notes.md --
                Mine.
                """);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

        assertTrue(failure.getMessage().startsWith("news-digest: output 'output' holds files news-digest did not write"),
                failure.getMessage());
        assertEquals(List.of("notes.md"), Files.list(site.resolve("output")).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void skipBuildsNothing(@TempDir Path site) throws Exception {
        InlineSite.write(site, CONFIG.replace("title: Problems\n", "titel: not even valid\n"));
        BuildMojo mojo = mojo(site);
        mojo.skip = true;

        mojo.execute();

        assertEquals(List.of("[INFO] news-digest: build skipped (news-digest.skip)"), log.lines());
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void aFailureMessageRepeatsTheFirstFiveProblemsAndCountsTheRest(@TempDir Path site) {
        StringBuilder sections = new StringBuilder(CONFIG);
        for (int i = 1; i <= 7; i++) {
            sections.append(article("bad" + i, "very high", "https://example.org/bad" + i));
        }
        InlineSite.write(site, sections.toString());
        BuildMojo mojo = mojo(site);
        mojo.strict = true;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        List<String> lines = failure.getMessage().lines().toList();
        assertEquals(7, lines.size());
        assertEquals("  articles/bad1.md:8:10: warning: 'quality' must be a whole number; found 'very high'; the value is "
                + "ignored. To fix: write a number such as 42", lines.get(1));
        assertEquals("  and 2 more in the log above", lines.get(6));
    }
}
