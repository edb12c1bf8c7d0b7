package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.TestClock;

/** What a test of rebuilds does to a fixture site copied into a folder: change a seed and build it as {@code build} does. */
final class SiteRebuilds {

    private SiteRebuilds() {
    }

    /** Builds the site from its {@code site-config.yml}, keeping what it learns on disk beside the output. */
    static BuildResult buildOnDisk(Path site) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir())).build();
    }

    /** Replaces {@code from}, which the seed must hold, by {@code to}. */
    static void editSeed(Path site, String seed, String from, String to) throws IOException {
        Path file = site.resolve("seeds").resolve(seed);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> seed + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
