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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * A site overrides one partial of the theme, the line of a date archive, and only those lines change: on every day's,
 * month's and year's page each line becomes the site's, and every other byte of every file stays as it was. The
 * README's walk-through does the same.
 */
class ArchiveEntryOverrideTest {

    /** The README's line: the headline first, then its provider and the time. */
    static final String HEADLINE_FIRST = """
            <#macro archiveEntry entry>
            <li class="archive-entry headline-first"><a href="${entry.url}" dir="auto">${entry.title}</a> <span class="archive-provider"><bdi>${entry.provider.name}</bdi> · <time datetime="${entry.dateIso}">${entry.time}</time></span></li>
            </#macro>
            """;

    private static final Pattern LINE = Pattern.compile("<li class=\"archive-entry\">(<time datetime=\"[^\"]*\">[^<]*</time>) "
            + "(<a href=\"[^\"]*\" dir=\"auto\">.*?</a>) <span class=\"archive-provider\">(<bdi>.*?</bdi>)</span></li>\n");

    @Test
    void overridingTheArchiveLineChangesEveryLineAndNothingElse(@TempDir Path work) throws Exception {
        Path site = work.resolve("site");
        FolderCopies.copy(FixtureSites.config("newsroom").getParent(), site);
        Path output = work.resolve("output");
        build(site, output);
        Map<String, byte[]> before = SiteFiles.read(output);

        Files.createDirectories(site.resolve("templates/partials"));
        Files.writeString(site.resolve("templates/partials/archive-entry.ftlh"), HEADLINE_FIRST);
        // the same output folder: the rebuild must see the new partial as a change of theme
        build(site, output);
        Map<String, byte[]> after = SiteFiles.read(output);

        assertEquals(before.keySet(), after.keySet());
        Set<String> archives = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (String file : before.keySet()) {
            if (SiteFiles.isDateArchive(file)) {
                archives.add(file);
            }
            if (!Arrays.equals(before.get(file), after.get(file))) {
                changed.add(file);
            }
        }
        assertEquals(8, archives.size(), "the year, the month and its six days: " + archives);
        assertEquals(archives, changed, "the files that changed are the date archives");
        for (String file : archives) {
            String old = new String(before.get(file), StandardCharsets.UTF_8);
            assertTrue(LINE.matcher(old).find(), file);
            assertEquals(withHeadlinesFirst(old), new String(after.get(file), StandardCharsets.UTF_8), file);
        }
    }

    private static void build(Path site, Path output) throws Exception {
        Path config = site.resolve("site-config.yml");
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(config,
                new ConfigOverrides(Optional.of(output), Optional.empty())), site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
    }

    /** The page with each built-in line replaced by what {@link #HEADLINE_FIRST} makes of the same article. */
    private static String withHeadlinesFirst(String page) {
        return LINE.matcher(page).replaceAll(line -> Matcher.quoteReplacement("<li class=\"archive-entry headline-first\">"
                + line.group(2) + " <span class=\"archive-provider\">" + line.group(3) + " · " + line.group(1) + "</span></li>\n"));
    }
}
