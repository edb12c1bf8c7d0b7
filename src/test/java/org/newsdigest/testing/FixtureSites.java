package org.newsdigest.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;

/** Builds the fixture sites under {@code src/test/resources/sites/} into a folder of the test's choosing. */
public final class FixtureSites {

    private FixtureSites() {
    }

    public static Path config(String name) {
        return Path.of("src/test/resources/sites", name, "site-config.yml").toAbsolutePath();
    }

    /** Builds the fixture for its own base URL and fails the test, naming the problems, unless it publishes. */
    public static BuildResult buildPublished(String name, Path output) {
        BuildResult result = build(name, output, null);
        if (!result.published()) {
            throw new AssertionError("fixture " + name + " did not publish: " + result.problems() + " " + result.brokenLinks());
        }
        return result;
    }

    public static BuildResult build(String name, Path output, String baseUrl) {
        try {
            ConfigOverrides overrides = new ConfigOverrides(Optional.of(output), Optional.ofNullable(baseUrl));
            return new SiteBuilder(new SiteConfigLoader().load(config(name), overrides), config(name).getParent(), TestClock.FIXED).build();
        } catch (ConfigException e) {
            throw new IllegalStateException("fixture " + name + " has a bad config: " + e.problems(), e);
        }
    }
}
