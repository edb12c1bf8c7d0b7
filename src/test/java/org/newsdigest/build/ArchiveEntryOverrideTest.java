package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.SiteFiles;

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
        PartialOverride builds = PartialOverride.of(work, "archive-entry.ftlh", HEADLINE_FIRST);

        Set<String> archives = new TreeSet<>(builds.before().keySet());
        archives.removeIf(file -> !SiteFiles.isDateArchive(file));
        assertEquals(8, archives.size(), "the year, the month and its six days: " + archives);
        assertEquals(archives, builds.changed(), "the files that changed are the date archives");
        for (String file : archives) {
            assertTrue(LINE.matcher(builds.textBefore(file)).find(), file);
            assertEquals(withHeadlinesFirst(builds.textBefore(file)), builds.textAfter(file), file);
        }
    }

    /** The page with each built-in line replaced by what {@link #HEADLINE_FIRST} makes of the same article. */
    private static String withHeadlinesFirst(String page) {
        return LINE.matcher(page).replaceAll(line -> Matcher.quoteReplacement("<li class=\"archive-entry headline-first\">"
                + line.group(2) + " <span class=\"archive-provider\">" + line.group(3) + " · " + line.group(1) + "</span></li>\n"));
    }
}
