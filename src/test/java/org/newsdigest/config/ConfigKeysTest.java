package org.newsdigest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsdigest.testing.ConfigYaml.withRequired;
import static org.newsdigest.testing.ConfigYaml.written;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.schema.KeyDescription;
import org.newsdigest.schema.Shape;

/** The description of the config's keys is what the loader reads, and what the README shows. */
class ConfigKeysTest {

    private static final String REQUIRED = "title: T\nbaseUrl: https://example.org/\n";

    /** A value other than the default for each key, and where the loaded config shows it. */
    private record Sample(String yaml, Function<SiteConfig, Object> shown, Object expected) {
    }

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void createSiteFolders() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("seeds"));
        Files.createDirectories(site.resolve("articles"));
    }

    private Map<String, Sample> samples() {
        int threads = Runtime.getRuntime().availableProcessors() == 1 ? 2 : 1;
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("title", new Sample("Other Digest", SiteConfig::title, "Other Digest"));
        samples.put("description", new Sample("Tech news.", SiteConfig::description, "Tech news."));
        samples.put("baseUrl", new Sample("https://news.example.org/x", SiteConfig::baseUrl, URI.create("https://news.example.org/x/")));
        samples.put("language", new Sample("de-AT", SiteConfig::language, "de-AT"));
        samples.put("timeZone", new Sample("Europe/Berlin", SiteConfig::timeZone, ZoneId.of("Europe/Berlin")));
        samples.put("pageSize", new Sample("7", SiteConfig::pageSize, 7));
        samples.put("feed.items", new Sample("9", SiteConfig::feedItems, 9));
        samples.put("content", new Sample("articles", SiteConfig::contentDir, site.resolve("articles")));
        samples.put("templates", new Sample("theme", SiteConfig::templatesDir, site.resolve("theme")));
        samples.put("output", new Sample("public", SiteConfig::outputDir, site.resolve("public")));
        samples.put("cname", new Sample("news.example.org", SiteConfig::cname, Optional.of("news.example.org")));
        samples.put("image", new Sample("https://cdn.example.org/card.png", SiteConfig::image,
                Optional.of(URI.create("https://cdn.example.org/card.png"))));
        samples.put("strict", new Sample("true", SiteConfig::strict, true));
        samples.put("publishFuture", new Sample("true", SiteConfig::publishFuture, true));
        samples.put("maxArticleBytes", new Sample("1000", SiteConfig::maxArticleBytes, 1000L));
        samples.put("threads", new Sample(Integer.toString(threads), SiteConfig::threads, threads));
        samples.put("limits.topicsPerArticle", new Sample("2", c -> c.limits().topicsPerArticle(), 2));
        samples.put("limits.imagesPerArticle", new Sample("3", c -> c.limits().imagesPerArticle(), 3));
        samples.put("limits.relatedPerArticle", new Sample("4", c -> c.limits().relatedPerArticle(), 4));
        samples.put("limits.aliasesPerArticle", new Sample("5", c -> c.limits().aliasesPerArticle(), 5));
        samples.put("limits.renderSeconds", new Sample("6", c -> c.limits().renderTime(), Duration.ofSeconds(6)));
        samples.put("limits.pageBytes", new Sample("7000", c -> c.limits().pageBytes(), 7000L));
        samples.put("limits.nestingPerLine", new Sample("8", c -> c.limits().nestingPerLine(), 8));
        samples.put("limits.bodyWork", new Sample("9000", c -> c.limits().bodyWork(), 9000L));
        return samples;
    }

    /**
     * A key described but not read stays at its default, and one read but not described is an unknown key: either way
     * this fails. A new key needs a sample here.
     */
    @Test
    void everyDescribedKeyIsReadFromTheConfig() throws ConfigException {
        Map<String, Sample> samples = samples();
        assertEquals(ConfigKeys.SHAPE.keys().stream().map(KeyDescription::name).toList(), List.copyOf(samples.keySet()),
                "one sample per described key, in order");
        SiteConfig defaults = load(REQUIRED);
        for (Map.Entry<String, Sample> sample : samples.entrySet()) {
            String name = sample.getKey();
            SiteConfig config = load(withRequired(written(name, sample.getValue().yaml())));
            assertEquals(sample.getValue().expected(), sample.getValue().shown().apply(config), name);
            assertNotEquals(sample.getValue().shown().apply(defaults), sample.getValue().expected(), name + " differs from its default");
        }
    }

    @Test
    void everyDefaultIsWhatALoadedConfigWithoutTheKeyHas() throws ConfigException {
        SiteConfig defaults = load(REQUIRED);
        assertEquals(Limits.DEFAULTS, defaults.limits());
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            if (key.whenMissing().isPresent() && !key.name().startsWith("limits.")) {
                Object shown = samples().get(key.name()).shown().apply(defaults);
                Object expected = switch (key.name()) {
                    case "timeZone" -> ZoneId.of("UTC");
                    case "content", "templates", "output" -> site.resolve((String) key.whenMissing().get());
                    case "maxArticleBytes" -> ((Integer) key.whenMissing().get()).longValue();
                    default -> key.whenMissing().get();
                };
                assertEquals(expected, shown, key.name());
            }
        }
    }

    /** A key misspelt by one letter is an unknown key, with the described key as the suggestion, in its own group. */
    @Test
    void everyKeyMisspeltIsSuggested() {
        for (KeyDescription key : ConfigKeys.SHAPE.keys()) {
            String typo = key.localName() + key.localName().charAt(key.localName().length() - 1);
            String prefix = key.group().isEmpty() ? "" : key.group() + ".";
            ConfigException e = assertThrows(ConfigException.class,
                    () -> load(withRequired(written(prefix + typo, "1"))), key.name());
            assertEquals("unknown key '" + prefix + typo + "'; did you mean '" + key.name() + "'?",
                    e.problems().get(0).message(), key.name());
        }
    }

    @Test
    void anUnknownKeyWithNoNearOneListsTheEntriesOfItsLevel() {
        ConfigException top = assertThrows(ConfigException.class, () -> load(REQUIRED + "colour: blue\n"));
        assertEquals("unknown key 'colour'; known keys are title, description, baseUrl, language, timeZone, pageSize, feed, "
                + "content, templates, output, cname, image, strict, publishFuture, maxArticleBytes, threads, limits",
                top.problems().get(0).message());
        ConfigException limits = assertThrows(ConfigException.class, () -> load(REQUIRED + "limits:\n  colour: 1\n"));
        assertEquals("unknown key 'limits.colour'; known keys are topicsPerArticle, imagesPerArticle, relatedPerArticle, "
                + "aliasesPerArticle, renderSeconds, pageBytes, nestingPerLine, bodyWork", limits.problems().get(0).message());
    }

    @Test
    void aBadBodyBoundGetsTheProblemOfAnyOtherLimit() throws IOException {
        Files.writeString(site.resolve("site-config.yml"), REQUIRED + "limits:\n  nestingPerLine: 0\n  bodyWork: lots\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()));

        assertEquals(List.of(
                "site/site-config.yml:4:19: error: 'limits.nestingPerLine' must be a whole number of at least 1; found '0'; "
                        + "write one such as 'nestingPerLine: 100'",
                "site/site-config.yml:5:13: error: 'limits.bodyWork' must be a whole number of at least 1; found 'lots'; "
                        + "write one such as 'bodyWork: 100000000'"),
                e.problems().stream().map(p -> p.format(dir)).toList());
    }

    /** The README's table under "## site-config.yml" is made from the description, so the two cannot drift apart. */
    @Test
    void theReadmeTableIsTheDescription() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("\n## site-config.yml\n"));
        int start = section.indexOf("\n|") + 1;
        int end = section.indexOf("\n\n", start);
        String table = section.substring(start, end + 1);

        assertEquals(ConfigKeys.SHAPE.markdownTable(List.of(Shape.Column.NAME, Shape.Column.DEFAULT, Shape.Column.MEANING),
                Map.of(Shape.Column.NAME, "key", Shape.Column.DEFAULT, "default", Shape.Column.MEANING, "meaning")), table);
    }

    private SiteConfig load(String yaml) throws ConfigException {
        try {
            Files.writeString(site.resolve("site-config.yml"), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
    }
}
