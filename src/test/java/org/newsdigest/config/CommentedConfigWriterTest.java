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
            assertEquals(described.meaning().replace("`", "'") + (described.presence().required() ? " Required." : ""),
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
        assertTrue(config.contains("\nfeed:\n  # How many of the newest articles each feed holds: the site's RSS, Atom and "
                + "JSON feeds, and each\n  # topic's and provider's RSS feed.\n  items: 50\n"), config);
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
        Path site = initSite();
        Files.writeString(site.resolve("site-config.yml"), uncommented);

        SiteConfig loaded = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());

        assertEquals(new SiteConfig(site, "My News Digest", "The stories worth reading, grouped by topic.",
                URI.create("https://example.github.io/my-digest/"), "en", ZoneId.of("UTC"), 20, 50, site.resolve("seeds"),
                site.resolve("templates"), site.resolve("output"), Optional.of("news.example.org"),
                Optional.of(URI.create("https://news.example.org/card.png")), false, false, 5L * 1024 * 1024, Limits.DEFAULTS, 4), loaded);
        assertTrue(uncommented.contains("\nlimits:\n#   # Topics kept per article;"), uncommented);
    }

    /**
     * A user who takes up one commented example, as the comment above it says, gets a config that loads: each key in
     * turn, with only what its comment says to uncomment ({@code limits:} too for a limit).
     */
    @Test
    void eachCommentedKeyUncommentedAloneLoads() throws IOException, ConfigException {
        Path site = initSite();
        List<String> lines = config.lines().toList();
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!KEY_LINE.matcher(line).matches() || !line.startsWith("#") || line.endsWith(":")) {
                continue;
            }
            List<String> edited = new ArrayList<>(lines);
            if (line.startsWith("#   ")) {
                edited.set(i, "  " + line.substring(4));
                edited.set(edited.indexOf("# limits:"), "limits:");
            } else {
                edited.set(i, line.substring(2));
            }
            taken.add(edited.get(i).strip());
            Files.writeString(site.resolve("site-config.yml"), String.join("\n", edited) + "\n");
            new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        }
        assertEquals(List.of("cname: news.example.org", "image: https://news.example.org/card.png", "threads: 4",
                "topicsPerArticle: 50", "imagesPerArticle: 20", "relatedPerArticle: 50", "aliasesPerArticle: 20",
                "renderSeconds: 10", "pageBytes: 100000000", "nestingPerLine: 100", "bodyWork: 100000000"), taken);
    }

    @Test
    void theLimitsInstructionSaysBothLinesAreNeeded() {
        assertTrue(config.contains("\n# To change one, remove the '# ' before 'limits:' and the '# ' before that key: both are "
                + "needed.\n# limits:\n"), config);
    }

    /**
     * Comments wrap at spaces, but a code span (quoted, as problems quote) stays on one line, and no line starts with a
     * word that reads as a key commented out ({@code # own: the 404 page}).
     */
    @Test
    void commentsWrapWithoutSplittingCodeOrStartingALineWithAKeyLikeWord() {
        assertEquals("# " + "x".repeat(80) + " Same as\n# 'build --strict'.\n",
                CommentedConfigWriter.comment("", "x".repeat(80) + " Same as `build --strict`."));
        assertEquals("# " + "x".repeat(90) + "\n# their own: the 404 page.\n",
                CommentedConfigWriter.comment("", "x".repeat(90) + " their own: the 404 page."));
        assertTrue(config.contains(" Same as\n# 'build --strict'.\nstrict: false\n"), config);
        assertTrue(config.contains("('.output.staging', '.output.previous', '.output.spare', '.output.trash',\n"
                + "# '.output.cache' for 'output')"), config);
        for (String line : config.lines().toList()) {
            assertTrue(!line.matches("\\s*#(   #)? [^ ]+:( .*)?") || KEY_LINE.matcher(line).matches(), line);
        }
    }

    /** The folders {@code init} writes beside the config: the content and the (empty) templates. */
    private Path initSite() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("seeds"));
        Files.createDirectories(site.resolve("templates"));
        return site;
    }
}
