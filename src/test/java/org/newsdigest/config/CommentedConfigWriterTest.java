package org.newsdigest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.schema.KeyDescription;

/** The config {@code init} writes names every described key, in order, set to its default or example. */
class CommentedConfigWriterTest {

    /**
     * A line that sets a described key or opens a group, commented out or not: {@code # cname: x}, {@code #   pageBytes: 1},
     * {@code   items: 50}, {@code # limits:}. Only described names count: a comment may wrap at a word that ends in ':'.
     */
    private static final Pattern KEY_LINE = Pattern.compile("(# |#   )?(  )?(" + ConfigKeys.SHAPE.keys().stream()
            .flatMap(key -> java.util.stream.Stream.of(key.localName(), key.name().split("\\.")[0]))
            .distinct().collect(Collectors.joining("|")) + "):( .*)?");

    private final String config = new CommentedConfigWriter().write();

    @TempDir
    Path dir;

    @Test
    void everyDescribedKeyIsWrittenInOrderUnderItsMeaning() {
        List<String> names = new ArrayList<>();
        String group = "";
        List<String> lines = config.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher key = KEY_LINE.matcher(lines.get(i));
            if (!key.matches()) {
                continue;
            }
            boolean inGroup = key.group(2) != null || "#   ".equals(key.group(1));
            if (key.group(4) == null) {
                group = key.group(3);
                continue;
            }
            group = inGroup ? group : "";
            String name = group.isEmpty() ? key.group(3) : group + "." + key.group(3);
            names.add(name);
            List<String> comment = new ArrayList<>();
            for (int above = i - 1; above >= 0 && lines.get(above).stripLeading().startsWith("#")
                    && !KEY_LINE.matcher(lines.get(above)).matches(); above--) {
                comment.add(0, lines.get(above).replaceFirst("^\\s*#(\\s*#)?\\s", ""));
            }
            KeyDescription described = ConfigKeys.SHAPE.key(name).orElseThrow();
            assertEquals(described.meaning().replace("`", "") + (described.presence().required() ? " Required." : ""),
                    String.join(" ", comment), name);
        }
        assertEquals(ConfigKeys.SHAPE.keys().stream().map(KeyDescription::name).toList(), names);
    }

    @Test
    void aKeyWithoutADefaultIsAnExampleCommentedOutAndLimitsKeepTheirDefaultsCommentedOut() {
        assertTrue(config.contains("\n# cname: news.example.org\n"), config);
        assertTrue(config.contains("\n# threads: 4\n"), config);
        assertTrue(config.contains("\n# limits:\n#   # Topics kept per article;"), config);
        assertTrue(config.contains("\n#   nestingPerLine: 100\n"), config);
        assertTrue(config.contains("\nfeed:\n  # How many of the newest articles the RSS feed holds.\n  items: 50\n"), config);
    }

    @Test
    void everyLineIsACommentAtMostAHundredCharactersLongOrAKey() {
        for (String line : config.lines().toList()) {
            assertTrue(line.length() <= 100, line);
            assertTrue(line.isEmpty() || line.stripLeading().startsWith("#") || KEY_LINE.matcher(line).matches(), line);
        }
    }

    /** With every key written in, the config loads to the described defaults and init's examples: each value is right. */
    @Test
    void everyValueWrittenInIsTheDefaultOrAGoodExample() throws IOException, ConfigException {
        String uncommented = config.lines()
                .map(line -> KEY_LINE.matcher(line).matches() && line.startsWith("# ") ? line.substring(2) : line)
                .map(line -> line.startsWith("#   ") && KEY_LINE.matcher(line).matches() ? "  " + line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"));
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("seeds"));
        Files.createDirectories(site.resolve("templates/static"));
        Files.write(site.resolve("templates/static/card.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(site.resolve("site-config.yml"), uncommented);

        SiteConfig loaded = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());

        assertEquals(new SiteConfig(site, "My News Digest", "The stories worth reading, grouped by topic.",
                URI.create("https://example.github.io/my-digest/"), "en", ZoneId.of("UTC"), 20, 50, site.resolve("seeds"),
                site.resolve("templates"), site.resolve("output"), Optional.of("news.example.org"),
                Optional.of(URI.create("static/card.png")), false, false, 5L * 1024 * 1024, Limits.DEFAULTS, 4), loaded);
        assertTrue(uncommented.contains("\nlimits:\n#   # Topics kept per article;"), uncommented);
    }
}
