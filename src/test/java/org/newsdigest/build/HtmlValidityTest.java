package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.TestClock;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.NuHtmlChecker;
import org.newsdigest.testing.NuHtmlChecker.Message;
import org.newsdigest.testing.SiteFiles;

/**
 * Every HTML page of the newsroom and one-story fixture sites, of the repository's seeds and of a site with redirect
 * pages (aliases), built with the built-in theme, passes the Nu HTML Checker (the W3C's HTML checker, run in-process) with no error. Warnings are allowed.
 */
class HtmlValidityTest {

    static final Path NEWSROOM = Path.of("src/test/resources/sites/newsroom");

    @TempDir
    static Path newsroomOutput;
    @TempDir
    static Path seedSite;
    @TempDir
    static Path oneStoryOutput;
    @TempDir
    static Path redirectSite;
    static NuHtmlChecker checker;

    @BeforeAll
    static void buildSitesAndLoadChecker() throws Exception {
        Path config = NEWSROOM.resolve("site-config.yml").toAbsolutePath();
        BuildResult newsroom = new SiteBuilder(new SiteConfigLoader().load(config,
                new ConfigOverrides(Optional.of(newsroomOutput), Optional.empty())), NEWSROOM.toAbsolutePath(), TestClock.FIXED).build();
        assertTrue(newsroom.published(), () -> "newsroom: " + newsroom.problems() + " broken: " + newsroom.brokenLinks());

        InlineSite.write(seedSite, """
                -- site-config.yml --
                title: Seed Digest
                description: The seeds, built.
                baseUrl: https://example.github.io/news-digest/
                content: %s
                """.formatted(SiteFiles.seeds().toString().replace("\\", "/")));
        BuildResult seeds = new SiteBuilder(new SiteConfigLoader().load(seedSite.resolve("site-config.yml"),
                ConfigOverrides.none()), seedSite, TestClock.FIXED).build();
        assertTrue(seeds.published(), () -> "seeds: " + seeds.problems() + " broken: " + seeds.brokenLinks());

        BuildResult oneStory = FixtureSites.build("one-story", oneStoryOutput, null);
        assertTrue(oneStory.published(), () -> "one-story: " + oneStory.problems() + " broken: " + oneStory.brokenLinks());

        InlineSite.write(redirectSite, """
                -- site-config.yml --
                title: Moved Digest
                baseUrl: https://example.github.io/news-digest/
                -- seeds/moved.md --
                ---
                title: "Moved <here> & there"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: Wire
                aliases:
                  - /articles/2021/07/29/old-title/
                  - /old/page.html
                ---
                """);
        BuildResult redirects = new SiteBuilder(new SiteConfigLoader().load(redirectSite.resolve("site-config.yml"),
                ConfigOverrides.none()), redirectSite, TestClock.FIXED).build();
        assertTrue(redirects.published(), () -> "redirects: " + redirects.problems() + " broken: " + redirects.brokenLinks());
        assertTrue(Files.isRegularFile(redirectSite.resolve("output/old/page.html")));

        checker = new NuHtmlChecker();
    }

    @TestFactory
    Stream<DynamicNode> everyPageHasNoHtmlError() throws IOException {
        return Stream.of(
                dynamicContainer("newsroom", pages("newsroom", newsroomOutput)),
                dynamicContainer("seeds", pages("seeds", seedSite.resolve("output"))),
                dynamicContainer("one-story", pages("one-story", oneStoryOutput)),
                dynamicContainer("redirects", pages("redirects", redirectSite.resolve("output"))));
    }

    /** Both errors of a broken page are reported: a checker that finds nothing cannot pass the test above. */
    @Test
    void checkerReportsErrorsInAnInvalidPage() {
        List<Message> messages = checker.check("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Broken</title></head>
                <body>
                <p id="lead">One</p>
                <p id="lead">Two</p>
                <img src="photo.jpg">
                </body>
                </html>
                """, "broken.html");
        List<String> errors = errors("broken.html", messages);
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("broken.html:6:"), errors.get(0));
        assertTrue(errors.get(0).contains("Duplicate ID “lead”"), errors.get(0));
        assertTrue(errors.get(1).startsWith("broken.html:7:"), errors.get(1));
        assertTrue(errors.get(1).contains("An “img” element must have an “alt” attribute"), errors.get(1));
    }

    /** Warnings are not errors: a valid page with two of them gets both warnings and no error. */
    @Test
    void checkerTellsWarningsFromErrors() {
        List<Message> messages = checker.check("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Fine</title>
                <script type="text/javascript" src="a.js"></script></head>
                <body><section><p>No heading.</p></section><img src="photo.jpg" alt="A photo"></body>
                </html>
                """, "fine.html");
        assertEquals(List.of(), errors("fine.html", messages));
        assertEquals(List.of("fine.html:4:1: The “type” attribute is unnecessary for JavaScript resources. [info warning]",
                "fine.html:5:7: Section lacks heading. Consider using “h2”-“h6” elements to add identifying headings to"
                        + " all sections, or else use a “div” element instead for any cases where no heading is needed."
                        + " [info warning]"),
                messages.stream().map(m -> m.format("fine.html")).toList());
    }

    /** One test per {@code .html} file under {@code root}, named {@code site/path} so a failure names the page. */
    private static Stream<DynamicNode> pages(String site, Path root) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 5, () -> "only " + pages.size() + " pages in " + root);
        return pages.stream().map(page -> {
            String name = site + "/" + root.relativize(page).toString().replace('\\', '/');
            return dynamicTest(name, page.toUri(), () -> {
                List<String> errors = errors(name, checker.check(page));
                if (!errors.isEmpty()) {
                    fail(errors.size() + " HTML error(s) in " + name + ":\n" + String.join("\n", errors));
                }
            });
        });
    }

    private static List<String> errors(String page, List<Message> messages) {
        return messages.stream().filter(Message::error).map(m -> m.format(page)).collect(Collectors.toList());
    }
}
