package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FeedValidatorRules;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.TestClock;

/**
 * The W3C Feed Validation Service's rules on plain text, textual content and enclosures ({@link FeedValidatorRules})
 * find nothing to warn of in any RSS or Atom feed of the repository's own site ({@code seeds}) and of the fixtures.
 */
class FeedWarningsTest {

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "newsroom", "hostile-feeds", "one-story", "arabic"})
    void noFeedOfTheSiteHasAWarning(String site, @TempDir Path work) throws Exception {
        Path config = site.equals("seeds") ? Path.of("site-config.yml").toAbsolutePath() : FixtureSites.config(site);
        Path output = work.resolve("output");
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(config, new ConfigOverrides(Optional.of(output),
                Optional.empty())), config.getParent(), TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
        List<Path> feeds;
        try (Stream<Path> walk = Files.walk(output)) {
            feeds = walk.filter(path -> List.of("feed.xml", "atom.xml").contains(path.getFileName().toString())).sorted().toList();
        }
        assertTrue(feeds.size() > 2, "the site's feeds and its topics' and providers': " + feeds);
        List<String> warnings = new ArrayList<>();
        for (Path feed : feeds) {
            FeedValidatorRules.warnings(Files.readAllBytes(feed)).forEach(warning -> warnings.add(output.relativize(feed) + ": " + warning));
        }
        assertEquals(List.of(), warnings);
    }
}
