package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/** The check every incremental build must pass: its output is, byte for byte, what a full build of its content gives. */
final class FullBuildComparison {

    private FullBuildComparison() {
    }

    /**
     * Builds the seeds, config and templates of {@code site} from scratch in {@code fresh} (emptied first) and compares
     * its output with {@code output}: the same files with the same bytes, and no empty folder left in {@code output}.
     */
    static void assertSameAsAFullBuild(Path site, Path output, Path fresh) throws Exception {
        PathUtils.cleanDirectory(fresh);
        PathUtils.copyDirectory(site.resolve("seeds"), fresh.resolve("seeds"));
        Files.copy(site.resolve("site-config.yml"), fresh.resolve("site-config.yml"));
        if (Files.isDirectory(site.resolve("templates"))) {
            PathUtils.copyDirectory(site.resolve("templates"), fresh.resolve("templates"));
        }
        BuildResult full = new SiteBuilder(new SiteConfigLoader().load(fresh.resolve("site-config.yml"),
                new ConfigOverrides(Optional.empty(), Optional.empty())), fresh, TestClock.FIXED).build();
        assertTrue(full.published());
        Map<String, byte[]> expected = SiteFiles.read(fresh.resolve("output"));
        Map<String, byte[]> actual = SiteFiles.read(output);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
        try (Stream<Path> folders = Files.walk(output)) {
            assertEquals(0, folders.filter(Files::isDirectory).filter(FullBuildComparison::isEmpty).count(), "no empty folder is left");
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
