package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * The newsroom fixture's output before and after the site overrides one partial of the theme with its own file in
 * {@code templates/partials/}, built into the same output folder, so the rebuild must see the new partial as a
 * change of theme.
 */
record PartialOverride(Map<String, byte[]> before, Map<String, byte[]> after) {

    static PartialOverride of(Path work, String partial, String template) throws Exception {
        Path site = work.resolve("site");
        FolderCopies.copy(FixtureSites.config("newsroom").getParent(), site);
        Path output = work.resolve("output");
        build(site, output);
        Map<String, byte[]> before = SiteFiles.read(output);

        Files.createDirectories(site.resolve("templates/partials"));
        Files.writeString(site.resolve("templates/partials").resolve(partial), template);
        build(site, output);
        PartialOverride builds = new PartialOverride(before, SiteFiles.read(output));
        assertEquals(before.keySet(), builds.after().keySet());
        return builds;
    }

    /** The files whose bytes the override changed. */
    Set<String> changed() {
        Set<String> changed = new TreeSet<>();
        before.forEach((file, bytes) -> {
            if (!Arrays.equals(bytes, after.get(file))) {
                changed.add(file);
            }
        });
        return changed;
    }

    String textBefore(String file) {
        return new String(before.get(file), StandardCharsets.UTF_8);
    }

    String textAfter(String file) {
        return new String(after.get(file), StandardCharsets.UTF_8);
    }

    private static void build(Path site, Path output) throws Exception {
        Path config = site.resolve("site-config.yml");
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(config,
                new ConfigOverrides(Optional.of(output), Optional.empty())), site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
    }
}
