package org.newsdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.newsdigest.build.SiteLock;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.InlineSite;

class CheckMojoTest {

    private final RecordingLog log = new RecordingLog();

    private CheckMojo mojo(Path site) {
        return log.runs(new CheckMojo(), site);
    }

    private static Path site(Path root) {
        return InlineSite.write(root, """
                -- site-config.yml --
                title: Checked
                description: A built site.
                baseUrl: https://digest.example.com/
                language: en
                timeZone: UTC
                content: articles
                output: output
                -- articles/.keep --
                -- output/index.html --
                <!doctype html><title>x</title><a href="/about/">About</a><a href="/missing/">Missing</a>
                -- output/about/index.html --
                <!doctype html><title>About</title>
                """);
    }

    @Test
    void aBrokenLinkInTheBuiltSiteFailsWithTheCliLines(@TempDir Path root) throws Exception {
        Path site = site(root);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

        String link = "index.html:1:68 → /missing/: no such file in the site (looked for missing/index.html)";
        assertEquals(List.of("[ERROR] 1 broken link:", "[ERROR]   1. " + link,
                "[INFO] 2 HTML and XML files checked: 2 internal links (1 broken), 0 external links not fetched"), log.lines());
        assertEquals("news-digest: 1 broken link in " + site.resolve("output") + System.lineSeparator() + "  " + link,
                failure.getMessage());
    }

    @Test
    void aCheckWhileABuildHoldsTheSiteLockFailsWithTheCliLine(@TempDir Path root) throws Exception {
        Path site = site(root);

        try (SiteLock held = SiteLock.take(SiteLock.beside(site.resolve("output")))) {
            MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

            assertEquals("news-digest: another build of this site is running (lock '.output.lock'); wait for it to end, "
                    + "then build again", failure.getMessage());
        }
    }

    @Test
    void withoutABuiltSiteItSaysToBuildFirst(@TempDir Path root) throws Exception {
        Path site = site(root);
        Files.walk(site.resolve("output")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(site)::execute);

        assertEquals(site.resolve("output") + ": no such folder; run news-digest:build first or pass -Dnews-digest.output=DIR",
                failure.getMessage());
    }
}
