package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.Fifos;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/** The site's static files: the theme's, replaced or added to by {@code templates/static/}, under the link rule. */
class ThemeAssetsTest {

    private static final String OUTSIDE = "refused: it leads outside the templates folder, and links are followed only "
            + "inside it; copy what it leads to into the templates folder instead, or remove the link";

    @TempDir
    Path dir;

    @Test
    void theSitesFilesReplaceAndAddToTheThemesAndAFolderLinkInsideIsFollowed() throws Exception {
        InlineSite.write(dir, """
                -- templates/static/style.css --
                body { color: red }
                -- templates/static/.well-known/security.txt --
                Contact: mailto:desk@example.org
                -- templates/static/.DS_Store --
                -- templates/images/logo.svg --
                <svg/>
                """);
        Files.createSymbolicLink(dir.resolve("templates/static/images"), Path.of("../images"));

        Map<String, RenderedPage> files = new ThemeAssets(dir.resolve("templates")).collect();

        assertEquals("body { color: red }\n", text(files, "static/style.css"));
        assertEquals("<svg/>\n", text(files, "static/images/logo.svg"));
        assertTrue(files.containsKey("static/.well-known/security.txt"));
        assertFalse(files.containsKey("static/.DS_Store"));
        assertTrue(files.containsKey("static/search.js"), "the theme's own files stay");
    }

    /** The built-in files are read by name from the jar, so the list of names must be the folder's. */
    @Test
    void theBuiltInListNamesEveryFileOfTheThemesStaticFolder() throws Exception {
        Path folder = Path.of("templates", ThemeAssets.FOLDER);
        try (Stream<Path> files = Files.walk(folder)) {
            assertEquals(files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList(), ThemeAssets.BUILT_IN.stream().sorted().toList());
        }
    }

    @Test
    void aLinkToProcSelfEnvironIsRefusedAndNothingOfItIsRead() throws Exception {
        InlineSite.write(dir, "-- templates/static/style.css --\n");
        Files.createSymbolicLink(dir.resolve("templates/static/env.txt"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(dir.resolve("templates/static/etc"), Path.of("/etc"));

        TemplateFailure failure = assertThrows(TemplateFailure.class, () -> new ThemeAssets(dir.resolve("templates")).collect());

        assertEquals(List.of("templates/static/env.txt:1:1: error: symbolic link to '/proc/self/environ' " + OUTSIDE,
                "templates/static/etc: error: symbolic link to '/etc' " + OUTSIDE), formatted(failure));
    }

    @Test
    void aNamedPipeFailsTheBuildInsteadOfHangingIt() throws Exception {
        InlineSite.write(dir, "-- templates/static/style.css --\n");
        Fifos.make(dir.resolve("templates/static/feed.json"));

        // a guard against the hang of opening a pipe, not a time limit on the walk
        TemplateFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(TemplateFailure.class, () -> new ThemeAssets(dir.resolve("templates")).collect()));

        assertEquals(List.of("templates/static/feed.json:1:1: error: is a named pipe, socket or device, not a regular file, and "
                + "news-digest reads only regular files; remove it from the templates folder"), formatted(failure));
    }

    /** The attack, end to end: the environment never reaches the output, and the last good site stays. */
    @Test
    void aBuildWithALinkOutOfTheTemplatesFolderPublishesNothing() throws Exception {
        // no article is needed: the theme's files are published with any site, an empty one too
        InlineSite.write(dir, """
                -- site-config.yml --
                title: Test Digest
                baseUrl: https://example.github.io/news-digest/
                -- seeds/.keep --
                -- templates/static/style.css --
                """);
        BuildResult first = build();
        assertTrue(first.published(), () -> first.problems() + " " + first.brokenLinks());
        Map<String, byte[]> before = SiteFiles.read(dir.resolve("output"));
        Files.createSymbolicLink(dir.resolve("templates/static/env.txt"), Path.of("/proc/self/environ"));

        BuildResult result = build();

        assertFalse(result.published());
        assertEquals(List.of("templates/static/env.txt:1:1: error: symbolic link to '/proc/self/environ' " + OUTSIDE),
                result.problems().stream().map(p -> p.format(dir)).toList());
        Map<String, byte[]> after = SiteFiles.read(dir.resolve("output"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    private BuildResult build() throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(dir.resolve("site-config.yml"), ConfigOverrides.none()), dir,
                TestClock.FIXED).build();
    }

    private static String text(Map<String, RenderedPage> files, String path) {
        return new String(files.get(path).content(), StandardCharsets.UTF_8);
    }

    private List<String> formatted(TemplateFailure failure) {
        return failure.problems().stream().map(p -> p.format(dir)).sorted().toList();
    }
}
