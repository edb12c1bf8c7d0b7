package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;

/** The command-line contract: arguments, exit statuses and what is printed. */
class BuildCommandTest {

    static final String ARTICLE = """
            ---
            title: "Robots learn to fold laundry"
            excerpt: "A lab shows a robot folding shirts."
            publishedDateTime: 2024-03-01T09:30:00Z
            webUrl: "https://example.org/robots"
            published: true
            provider:
              name: Example News
              domain: example.org
            topics:
              - Robotics
            ---
            The **body**, in Markdown.
            """;

    @TempDir
    Path site;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NewsDigest.run(args, new PrintWriter(out), new PrintWriter(err));
        String folder = site.toString() + "/";
        return new Run(status, out.toString().replace(folder, ""), err.toString().replace(folder, ""));
    }

    /** The one part of the summary that changes from run to run. */
    private static String maskTime(String out) {
        return out.replaceAll(", \\d+\\.\\d\\d s\n", ", 0.00 s\n");
    }

    private void writeSite(String extra) {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Test Digest
                baseUrl: https://example.github.io/news-digest/
                -- seeds/robots.md --
                """ + ARTICLE + extra);
    }

    @Test
    void aSecondBuildWritesNothingUnlessCleanIsAskedForAndTimingsNameEveryStep() {
        writeSite("");
        String config = site.resolve("site-config.yml").toString();
        assertEquals(0, run("build", "--config", config).status());

        Run again = run("build", "--config", config, "--timings");
        assertEquals(0, again.status(), again.err());
        assertEquals("""
                1 file read: 1 published, 0 unpublished, 0 invalid
                0 files written (0 pages), 0 internal links checked, 0 external links not fetched, 0 errors, 0 warnings, 0.00 s
                steps: templates 0.00 s, parse 0.00 s, model 0.00 s, render 0.00 s, check 0.00 s, publish 0.00 s, cache 0.00 s
                published to output
                """, maskTime(again.out()).replaceAll(" \\d+\\.\\d\\d s", " 0.00 s"));

        Run clean = run("build", "--config", config, "--clean");
        assertEquals(0, clean.status(), clean.err());
        assertEquals("""
                1 file read: 1 published, 0 unpublished, 0 invalid
                25 files written (11 pages), 278 internal links checked, 1 external link not fetched, 0 errors, 0 warnings, 0.00 s
                published to output
                """, maskTime(clean.out()));
    }

    @Test
    void buildsASiteFromOnlyAConfigAndSeedsWithTheBuiltInTheme() {
        writeSite("");
        Run run = run("build", "--config", site.resolve("site-config.yml").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                1 file read: 1 published, 0 unpublished, 0 invalid
                25 files written (11 pages), 278 internal links checked, 1 external link not fetched, 0 errors, 0 warnings, 0.00 s
                published to output
                """, maskTime(run.out()));
        String page = SiteFiles.text(site.resolve("output"), "articles/robots/index.html");
        assertTrue(page.contains("<p>The <strong>body</strong>, in Markdown.</p>"), page);
    }

    @Test
    void outputAndBaseUrlOptionsOverrideTheConfig() {
        writeSite("");
        Path elsewhere = site.resolve("public");
        Run run = run("build", "--config", site.resolve("site-config.yml").toString(), "--output", elsewhere.toString(),
                "--base-url", "https://news.example.org");
        assertEquals(0, run.status(), run.err());
        assertFalse(Files.exists(site.resolve("output")));
        String index = SiteFiles.text(elsewhere, "index.html");
        assertTrue(index.contains("href=\"/articles/robots/\""), index);
        assertTrue(index.contains("<link rel=\"canonical\" href=\"https://news.example.org/\">"), index);
    }

    @Test
    void anEmptyBaseUrlOptionKeepsTheConfigsBaseUrl() {
        writeSite("");
        Run run = run("build", "--config", site.resolve("site-config.yml").toString(), "--base-url=");
        assertEquals(0, run.status(), run.err());
        assertTrue(SiteFiles.text(site.resolve("output"), "index.html")
                .contains("<link rel=\"canonical\" href=\"https://example.github.io/news-digest/\">"));
    }

    @Test
    void aTemplateThatWritesABrokenLinkFailsTheBuildAndKeepsThePreviousOutput() {
        writeSite("");
        String config = site.resolve("site-config.yml").toString();
        assertEquals(0, run("build", "--config", config).status());
        Map<String, byte[]> before = SiteFiles.read(site.resolve("output"));

        InlineSite.write(site, """
                -- templates/topics.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>Topics</title></head>
                <body>
                <a href="${site.homeUrl}no-such-page/">gone</a>
                <a href="#nowhere">nowhere</a>
                </body></html>
                """);
        Run run = run("build", "--config", config);

        assertEquals(1, run.status());
        assertTrue(run.err().contains("""
                2 broken links:
                  1. topics/index.html:4:10 → /news-digest/no-such-page/: no such file in the site (looked for no-such-page/index.html)
                  2. topics/index.html:5:10 → #nowhere: no element with id 'nowhere' in topics/index.html
                """), run.err());
        assertTrue(run.err().endsWith("news-digest: build failed; nothing was published and output was left as it was\n"), run.err());
        assertEquals("""
                1 file read: 1 published, 0 unpublished, 0 invalid
                25 files rendered (11 pages), 258 internal links checked (2 broken), 1 external link not fetched, 0 errors, 0 warnings, 0.00 s
                """, maskTime(run.out()));
        Map<String, byte[]> after = SiteFiles.read(site.resolve("output"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertFalse(Files.exists(site.resolve(".output.staging")), "the staging folder is cleaned up");
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateLineAndColumn() {
        writeSite("");
        InlineSite.write(site, """
                -- templates/topics.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.frame>
                <#if>
                </@layout.frame>
                """);
        Run run = run("build", "--config", site.resolve("site-config.yml").toString());
        assertEquals(ExitStatus.TEMPLATE_FAILED, run.status());
        assertTrue(run.err().startsWith("templates/topics.ftlh:3:2: error: template syntax error: #if is an existing directive, but the tag is malformed."), run.err());
        assertEquals("""
                no article counted: the templates could not be loaded
                rendering failed, no links checked, 1 error, 0 warnings, 0.00 s
                """, maskTime(run.out()));
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void aTemplateSyntaxErrorStopsTheBuildWithItsOwnErrorAloneThoughTheArticlesWereReadMeanwhile() {
        writeSite("""
                -- seeds/broken.md --
                ---
                title: [unclosed
                ---
                """);
        InlineSite.write(site, """
                -- templates/topics.ftlh --
                <#if>
                """);
        Run run = run("build", "--config", site.resolve("site-config.yml").toString());
        assertEquals(ExitStatus.TEMPLATE_FAILED, run.status());
        assertEquals(1, run.err().lines().filter(line -> line.contains(": error: ")).count(), run.err());
        assertTrue(run.err().startsWith("templates/topics.ftlh:1:2: error: template syntax error: #if is an existing directive, but the tag is malformed."), run.err());
        assertFalse(run.err().contains("broken.md"), run.err());
        assertEquals("""
                no article counted: the templates could not be loaded
                rendering failed, no links checked, 1 error, 0 warnings, 0.00 s
                """, maskTime(run.out()));
        assertFalse(Files.exists(site.resolve("output")));
    }

    @Test
    void aTemplateRuntimeErrorNamesTheExpressionAndItsPlace() {
        writeSite("");
        InlineSite.write(site, """
                -- templates/topics.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.frame>
                  <p>${nosuch.thing}</p>
                  <p>${site.tittle}</p>
                </@layout.frame>
                """);
        String config = site.resolve("site-config.yml").toString();
        Run run = run("build", "--config", config);
        assertEquals(ExitStatus.TEMPLATE_FAILED, run.status());
        // FreeMarker blames the part that is missing: 'nosuch', not 'nosuch.thing'
        assertEquals("templates/topics.ftlh:3:8: error: template failed: 'nosuch' is null or missing; fix the template\n"
                + "news-digest: build failed; nothing was published and output was left as it was\n", run.err());

        InlineSite.write(site, """
                -- templates/topics.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.frame>
                  <p>${site.tittle}</p>
                </@layout.frame>
                """);
        assertEquals("templates/topics.ftlh:3:8: error: template failed: 'site.tittle' is null or missing; fix the template",
                run("build", "--config", config).err().lines().findFirst().orElseThrow());
    }

    @Test
    void aTemplateTypeErrorNamesTheExpression() {
        writeSite("");
        InlineSite.write(site, """
                -- templates/topics.ftlh --
                ${site.title * 2}
                """);
        Run run = run("build", "--config", site.resolve("site-config.yml").toString());
        assertEquals(ExitStatus.TEMPLATE_FAILED, run.status());
        assertEquals("templates/topics.ftlh:1:3: error: template failed: For \"*\" left-hand operand: Expected a number, "
                + "but 'site.title' has evaluated to a string; fix the template\n"
                + "news-digest: build failed; nothing was published and output was left as it was\n", run.err());
    }

    @Test
    void anArticleThatCannotBeReadIsReportedAndTheOthersPublish() {
        writeSite("""
                -- seeds/broken.txt --
                title: no front matter here
                """);
        Run run = run("build", "--config", site.resolve("site-config.yml").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("seeds/broken.txt:1:1: error: no front matter: an article must start with a '---' line; found "
                + "'title: no front matter here'; add '---', the YAML header and another '---' at the top\n", run.err());
        assertEquals("""
                2 files read: 1 published, 0 unpublished, 1 invalid
                25 files written (11 pages), 278 internal links checked, 1 external link not fetched, 1 error, 0 warnings, 0.00 s
                published to output
                """, maskTime(run.out()));
    }

    @Test
    void aConfigErrorExitsWithStatusTwoAndNamesTheKey() {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Test
                baseUrl: https://example.org/
                pagesize: 10
                -- seeds/.keep --
                """);
        Run run = run("build", "--config", site.resolve("site-config.yml").toString());
        assertEquals(2, run.status());
        assertEquals("""
                site-config.yml:3:1: error: unknown key 'pagesize'; did you mean 'pageSize'?
                news-digest: the configuration has 1 problem; nothing was built
                """, run.err());
    }

    @Test
    void threadsOnTheCommandLineWinOverTheConfigAndABadCountIsAConfigError() {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Test
                baseUrl: https://example.org/
                threads: 300
                -- seeds/.keep --
                """);
        String config = site.resolve("site-config.yml").toString();

        assertEquals(new Run(2, "", """
                site-config.yml:3:10: error: 'threads' is too large: at most 256; found '300'; leave it out to use one thread per core
                news-digest: the configuration has 1 problem; nothing was built
                """), run("build", "--config", config));

        Run zero = run("build", "--config", config, "--threads", "0");
        assertEquals(2, zero.status());
        assertEquals("""
                --threads: error: 'threads' must be a whole number of at least 1; found '0'; leave it out to use one thread per core
                news-digest: the configuration has 1 problem; nothing was built
                """, zero.err());

        Run notANumber = run("build", "--config", config, "--threads", "many");
        assertEquals(2, notANumber.status());
        assertTrue(notANumber.err().startsWith("Invalid value for option '--threads': 'many' is not an int\n"), notANumber.err());

        Run two = run("build", "--config", config, "--threads", "2");
        assertEquals(0, two.status(), two.err());
        assertTrue(Files.isRegularFile(site.resolve("output/index.html")));
        assertEquals(2, run("check", "--config", config, "--threads", "0").status());
        assertEquals(0, run("check", "--config", config, "--threads", "3").status());
    }

    @Test
    void aMissingContentFolderIsAConfigError() {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Test
                baseUrl: https://example.org/
                content: articles
                """);
        Run run = run("build", "--config", site.resolve("site-config.yml").toString());
        assertEquals(2, run.status());
        assertEquals("site-config.yml:3:10: error: the content folder 'articles' does not exist; create it or set 'content' "
                + "to the folder of article files\nnews-digest: the configuration has 1 problem; nothing was built\n", run.err());
    }

    @Test
    void strictModeFailsOnAWarningAndPublishesNothing() {
        writeSite("""
                -- seeds/extra.md --
                ---
                title: "Extra"
                publishedDateTime: 2024-03-02T09:30:00Z
                published: true
                provider:
                  name: Example News
                colour: blue
                ---
                """);
        String config = site.resolve("site-config.yml").toString();
        Run strict = run("build", "--config", config, "--strict");
        assertEquals(1, strict.status());
        assertEquals("seeds/extra.md:7:1: warning: unknown field 'colour'; it is ignored\n"
                + "news-digest: build failed (strict mode: every problem fails the build); nothing was published and output "
                + "was left as it was\n", strict.err());
        assertFalse(Files.exists(site.resolve("output")));

        Run lenient = run("build", "--config", config);
        assertEquals(0, lenient.status(), lenient.err());
        assertEquals("""
                2 files read: 2 published, 0 unpublished, 0 invalid
                27 files written (13 pages), 338 internal links checked, 1 external link not fetched, 0 errors, 1 warning, 0.00 s
                published to output
                """, maskTime(lenient.out()));
    }

    @Test
    void aMissingConfigFileExitsWithStatusTwo() {
        Run run = run("build", "--config", site.resolve("nope.yml").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("nope.yml: error: config file not found; create it or pass --config FILE"), run.err());
    }

    @Test
    void usageErrorsExitWithStatusTwoAndHelpWithZero() {
        assertEquals(2, run("build", "--no-such-option").status());
        assertEquals(2, run("frobnicate").status());
        assertEquals(2, run().status());
        Run help = run("build", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--base-url=URL"), help.out());
        assertEquals(0, run("check", "--help").status());
        assertEquals(0, run("--help").status());
    }

    @Test
    void checkRefusesAFolderWithNoSiteInItAndWritesNothingBesideIt() throws Exception {
        writeSite("");
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/guide.md"), "# Guide\n");

        Run foreign = run("check", "--config", site.resolve("site-config.yml").toString(), "--output", site.resolve("docs").toString());

        assertEquals(new Run(2, "", "news-digest: 'docs' holds no site built by news-digest (no .news-digest mark, no "
                + "index.html); build the site first, or check the folder it was built into\n"), foreign);
        assertFalse(Files.exists(site.resolve(".docs.lock")));
    }

    @Test
    void checkTakesNoLockFileWhereNoBuildLeftOne() throws Exception {
        writeSite("");
        String config = site.resolve("site-config.yml").toString();
        assertEquals(0, run("build", "--config", config).status());
        Files.move(site.resolve("output"), site.resolve("copied"));

        Run copied = run("check", "--config", config, "--output", site.resolve("copied").toString());

        assertEquals(0, copied.status(), copied.err());
        assertFalse(Files.exists(site.resolve(".copied.lock")), "check is read-only: it creates no lock file");
    }

    @Test
    void checkCommandReportsBrokenLinksOfAnExistingOutput() throws Exception {
        writeSite("");
        String config = site.resolve("site-config.yml").toString();
        assertEquals(0, run("build", "--config", config).status());
        Run clean = run("check", "--config", config);
        assertEquals(0, clean.status(), clean.err());
        assertEquals("16 HTML and XML files checked: 278 internal links (0 broken), 1 external link not fetched\n", clean.out());

        Files.delete(site.resolve("output/topics/robotics/index.html"));
        Run broken = run("check", "--config", config);
        assertEquals(1, broken.status());
        String missing = " → /news-digest/topics/robotics/: no such file in the site (looked for topics/robotics/index.html)\n";
        String missingAbsolute = " → https://example.github.io/news-digest/topics/robotics/: no such file in the site "
                + "(looked for topics/robotics/index.html)\n";
        assertEquals("6 broken links:\n"
                + "  1. articles/robots/index.html:58:16" + missing
                + "  2. index.html:64:16" + missing
                + "  3. providers/example-news/index.html:64:16" + missing
                + "  4. sitemap.xml:6:6" + missingAbsolute
                + "  5. topics/index.html:51:16" + missing
                + "  6. topics/robotics/feed.xml:5:1" + missingAbsolute, broken.err());
        assertEquals("15 HTML and XML files checked: 252 internal links (6 broken), 1 external link not fetched\n", broken.out());
    }

    @Test
    void checkReadsASiteBuiltWithBaseUrlWhenGivenTheSameUrl() {
        writeSite("");
        String config = site.resolve("site-config.yml").toString();
        assertEquals(0, run("build", "--config", config, "--base-url", "https://news.example.org/").status());

        Run asConfigured = run("check", "--config", config);
        assertEquals(1, asConfigured.status());
        assertEquals(List.of("234 broken links:", "  1. 404.html:10:30 → /static/style.css: points outside the site's base path "
                + "/news-digest/ (it would only work if the site were served from the domain root); link with the base path"),
                asConfigured.err().lines().limit(2).toList());

        Run asBuilt = run("check", "--config", config, "--base-url", "https://news.example.org/");
        assertEquals(0, asBuilt.status(), asBuilt.err());
        assertEquals("", asBuilt.err());
        assertEquals("16 HTML and XML files checked: 278 internal links (0 broken), 1 external link not fetched\n", asBuilt.out());
    }

    @Test
    void aPortNoSocketCanHaveIsAUsageError() {
        assertEquals(new Run(2, "", "news-digest: --port must be 0 to 65535 (0 picks a free port); found 80000\n"),
                run("serve", "--port", "80000"));
        assertEquals(new Run(2, "", "news-digest: --port must be 0 to 65535 (0 picks a free port); found -1\n"),
                run("serve", "--port", "-1"));
    }

    /** In a JVM of its own, whose temporary folder is the test's: the preview folder serve made is all there is to see. */
    @Test
    void aServeThatCannotBindItsPortSaysSoAndLeavesNoPreviewFolder() throws Exception {
        writeSite("");
        Path temporary = Files.createDirectories(site.resolve("tmp"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"), NewsDigest.class.getName(),
                    "serve", "--config", site.resolve("site-config.yml").toString(), "--port", Integer.toString(taken.getLocalPort()))
                    .redirectErrorStream(true).start();
            serve.getOutputStream().close();
            String said = new String(serve.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertEquals(2, serve.waitFor(), said);
            // the test class path has log4j, which FreeMarker finds and which warns that it has no configuration
            assertEquals(List.of("news-digest: port " + taken.getLocalPort() + " is in use; pass --port N"),
                    said.lines().filter(line -> !line.startsWith("log4j:")).toList());
        }
        try (java.util.stream.Stream<Path> left = Files.list(temporary)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aRefusedStaticFileFailsAsTheThemeAndSaysWhatItIs() throws Exception {
        writeSite("");
        Files.writeString(site.resolve("secret.txt"), "not for the site");
        Files.createDirectories(site.resolve("templates/static"));
        Files.createSymbolicLink(site.resolve("templates/static/secret.txt"), site.resolve("secret.txt"));

        Run run = run("build", "--config", site.resolve("site-config.yml").toString());

        assertEquals(3, run.status());
        assertEquals("""
                templates/static/secret.txt:1:1: error: symbolic link to 'secret.txt' refused: it leads outside the templates \
                folder, and links are followed only inside it; copy what it leads to into the templates folder instead, or \
                remove the link
                news-digest: build failed (a file in the theme's static folder was refused; it is copied as it is, not a \
                template); nothing was published and output was left as it was
                """, run.err());
    }

    @Test
    void refusedArticleLinksCountAsInvalidFilesRead() throws Exception {
        writeSite("");
        Files.writeString(site.resolve("secret.md"), "not an article of the site");
        Files.createSymbolicLink(site.resolve("seeds/secret.md"), site.resolve("secret.md"));
        Files.createSymbolicLink(site.resolve("seeds/gone.md"), site.resolve("gone.md"));

        Run run = run("build", "--config", site.resolve("site-config.yml").toString());

        assertEquals("3 files read: 1 published, 0 unpublished, 2 invalid\n", run.out().lines().findFirst().orElseThrow() + "\n",
                run.out());
        assertEquals(List.of(
                "seeds/gone.md:1:1: error: symbolic link to 'gone.md' leads nowhere: its target does not exist; fix the link "
                        + "or remove it",
                "seeds/secret.md:1:1: error: symbolic link to 'secret.md' refused: it leads outside the content folder, and "
                        + "links are followed only inside it; copy what it leads to into the content folder instead, or remove "
                        + "the link"), run.err().lines().filter(line -> line.startsWith("seeds/")).toList());
    }

    @Test
    void anEmptyOutputOptionIsRefusedAsEmpty() {
        writeSite("");

        assertEquals(new Run(2, "", """
                --output: error: 'output' is empty; name a folder of its own, such as 'output'
                news-digest: the configuration has 1 problem; nothing was built
                """), run("build", "--config", site.resolve("site-config.yml").toString(), "--output", ""));
    }

    @Test
    void checkHelpDescribesTheFolderItReads() {
        Run help = run("check", "--help");
        assertEquals(0, help.status());
        assertEquals("""
                Usage: news-digest check [-hV] [--debug] [--base-url=URL] [--config=FILE]
                                         [--output=DIR] [--threads=N]
                Check every internal link of an already built output folder, as served from
                'baseUrl' or --base-url.
                      --base-url=URL   The address the site is served from, as given to 'build
                                         --base-url'; overrides 'baseUrl'. Empty means the
                                         config's.
                      --config=FILE    The site's config file (default: ./site-config.yml).
                      --debug          On any failure, also print its stack trace (for a bug
                                         report).
                  -h, --help           Show this help message and exit.
                      --output=DIR     The built site to check (default: the config's 'output').
                      --threads=N      How many threads to work on; overrides the config's
                                         'threads' (default: one per core). The result is the
                                         same for any number.
                  -V, --version        Print version information and exit.

                Exit status: 0 done (built and published, or no broken link); 1 a content
                problem or broken link, nothing published; 2 usage or configuration error, or
                an output folder news-digest did not write; 3 a template or a static file of
                the theme failed; 4 an I/O failure (disk full, read-only, permission denied) or
                out of memory; 5 another build of this site is running; 130 interrupted; 70 a
                bug in news-digest (the trace is shown; --debug shows one for every failure).
                """, help.out());
    }

    @Test
    void buildHelpDescribesTheFolderItWrites() {
        Run help = run("build", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("\n      --output=DIR     Write the site here instead of the config's 'output'.\n"), help.out());
    }

    @Test
    void withoutACommandEveryCommandIsNamed() {
        Run run = run();
        assertEquals(2, run.status());
        assertEquals("news-digest: name a command: build, check, serve, init, generate-corpus or help",
                run.err().lines().findFirst().orElseThrow());
    }
}
