package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newsdigest.testing.ConfigYaml.withRequired;
import static org.newsdigest.testing.ConfigYaml.written;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigKeys;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.render.ThemeTemplates;
import org.newsdigest.schema.KeyDescription;

/**
 * Every config key is in the stamp of what it changes: a key the parser reads in the parse stamp, so that an
 * incremental build parses again (or it would publish what {@code --clean} does not), and every key that can change the
 * output in the output stamp. A key added to the config fails here until someone decides which it is.
 */
class BuildStampsTest {

    /** What changing a key must change. */
    private enum Stamped {
        /** The parser reads it: both stamps (the output depends on what was parsed). */
        PARSE,
        /** Only what is rendered and published depends on it. */
        OUTPUT,
        /** Neither: the output is the same with any value. */
        NEITHER
    }

    private static final String REQUIRED = "title: T\nbaseUrl: https://example.org/\n";

    @TempDir
    Path site;

    /** A value other than the default for each key, and which stamps it must change. */
    private static Map<String, Map.Entry<String, Stamped>> decisions() {
        int threads = Runtime.getRuntime().availableProcessors() == 1 ? 2 : 1;
        Map<String, Map.Entry<String, Stamped>> keys = new LinkedHashMap<>();
        keys.put("title", Map.entry("Other Digest", Stamped.OUTPUT));
        keys.put("description", Map.entry("Tech news.", Stamped.OUTPUT));
        // aliases are read as paths below the base URL
        keys.put("baseUrl", Map.entry("https://news.example.org/x/", Stamped.PARSE));
        keys.put("language", Map.entry("de-AT", Stamped.OUTPUT));
        // dates without an offset are read in it
        keys.put("timeZone", Map.entry("Europe/Berlin", Stamped.PARSE));
        keys.put("pageSize", Map.entry("7", Stamped.OUTPUT));
        keys.put("feed.items", Map.entry("9", Stamped.OUTPUT));
        // parse results are kept per file: other folders are other files, which are parsed anyway
        keys.put("content", Map.entry("articles", Stamped.OUTPUT));
        keys.put("templates", Map.entry("theme", Stamped.OUTPUT));
        keys.put("output", Map.entry("public", Stamped.OUTPUT));
        keys.put("cname", Map.entry("news.example.org", Stamped.OUTPUT));
        keys.put("image", Map.entry("https://cdn.example.org/card.png", Stamped.OUTPUT));
        keys.put("strict", Map.entry("true", Stamped.OUTPUT));
        keys.put("publishFuture", Map.entry("true", Stamped.OUTPUT));
        // larger files are refused before they are read
        keys.put("maxArticleBytes", Map.entry("1000", Stamped.PARSE));
        // the output is the same for any number of threads, and a cache restored on a machine with other cores is used
        keys.put("threads", Map.entry(Integer.toString(threads), Stamped.NEITHER));
        // the list limits cut what the parser keeps
        keys.put("limits.topicsPerArticle", Map.entry("2", Stamped.PARSE));
        keys.put("limits.imagesPerArticle", Map.entry("3", Stamped.PARSE));
        keys.put("limits.relatedPerArticle", Map.entry("4", Stamped.PARSE));
        keys.put("limits.aliasesPerArticle", Map.entry("5", Stamped.PARSE));
        // rendering limits: the parser does not read them
        keys.put("limits.renderSeconds", Map.entry("6", Stamped.OUTPUT));
        keys.put("limits.pageBytes", Map.entry("7000", Stamped.OUTPUT));
        // the body bounds refuse bodies
        keys.put("limits.nestingPerLine", Map.entry("8", Stamped.PARSE));
        keys.put("limits.bodyWork", Map.entry("9000", Stamped.PARSE));
        return keys;
    }

    @Test
    void everyConfigKeyChangesTheStampsOfWhatDependsOnIt() throws Exception {
        Map<String, Map.Entry<String, Stamped>> decisions = decisions();
        assertEquals(ConfigKeys.SHAPE.keys().stream().map(KeyDescription::name).toList(), List.copyOf(decisions.keySet()),
                "each key decided once, in the described order: a new key must say which stamps it changes");
        Files.createDirectories(site.resolve("seeds"));
        Files.createDirectories(site.resolve("articles"));
        SiteConfig defaults = load(REQUIRED);
        ThemeTemplates theme = ThemeTemplates.load(defaults);
        BuildStamps before = BuildStamps.of(defaults, theme);
        for (Map.Entry<String, Map.Entry<String, Stamped>> decision : decisions.entrySet()) {
            String key = decision.getKey();
            BuildStamps after = BuildStamps.of(load(withRequired(written(key, decision.getValue().getKey()))), theme);
            Stamped stamped = decision.getValue().getValue();
            if (stamped == Stamped.PARSE) {
                assertNotEquals(before.parse(), after.parse(), key + " changes what is parsed");
            } else {
                assertEquals(before.parse(), after.parse(), key + " is not read by the parser");
            }
            if (stamped == Stamped.NEITHER) {
                assertEquals(before.output(), after.output(), key + " changes no output");
            } else {
                assertNotEquals(before.output(), after.output(), key + " changes the output");
            }
        }
    }

    private SiteConfig load(String yaml) throws Exception {
        Files.writeString(site.resolve("site-config.yml"), yaml);
        return new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
    }
}
