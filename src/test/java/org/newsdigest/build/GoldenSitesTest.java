package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * Golden sites: each folder under {@code src/test/resources/golden/} is the whole expected output of one site, built
 * with the fixed test clock, and a build must match it file by file, byte for byte. The folder {@code seeds} is the
 * repository's own site (its {@code site-config.yml}); any other folder {@code <name>} is the fixture site
 * {@code src/test/resources/sites/<name>/}. So every change to a template, string or date shows as a diff of these
 * files in review.
 *
 * <p>When a change to the output is meant, {@code mvn test -Dtest=GoldenSitesTest -Dgolden.update=true} rewrites every
 * golden folder from the build (review the result with {@code git diff}). To add a case, make an empty folder
 * {@code golden/<name>} for a fixture {@code sites/<name>} and run the same command.
 */
class GoldenSitesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final String UPDATE = "golden.update";

    static List<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSiteIsBuiltExactlyAsItsGoldenTree(String name, @TempDir Path work) throws Exception {
        Path config = siteOf(name);
        Path output = work.resolve("output");
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(config,
                new ConfigOverrides(Optional.of(output), Optional.empty())), config.getParent(), TestClock.FIXED).build();
        assertTrue(result.published(), () -> name + " did not publish: " + result.problems() + " " + result.brokenLinks());
        Map<String, byte[]> built = SiteFiles.read(output);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean(UPDATE)) {
            GoldenTree.rewrite(golden, built);
            return;
        }
        Optional<String> differences = GoldenTree.differences(golden.toString(), SiteFiles.read(golden), built);
        differences.ifPresent(text -> fail(text + "\nIf the change is meant, rewrite the golden trees with: mvn test "
                + "-Dtest=GoldenSitesTest -D" + UPDATE + "=true, and review them with git diff"));
        assertFalse(built.isEmpty());
    }

    private static Path siteOf(String name) {
        Path config = name.equals("seeds") ? Path.of("site-config.yml")
                : Path.of("src/test/resources/sites", name, "site-config.yml");
        if (!Files.isRegularFile(config)) {
            fail("the golden folder " + GOLDEN.resolve(name) + " names no site: add " + config + " or delete the folder");
        }
        return config.toAbsolutePath();
    }
}
