package org.newsdigest.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;

/** Each kind of snakeyaml failure, told apart by its exception type and marks, with its exact message and place. */
class YamlFailureKindsTest {

    private static final Path FILE = Path.of("article.md");

    private static String problem(String yaml) {
        Problems problems = new Problems();
        assertTrue(new YamlReader(100_000).read(yaml, FILE, 2, problems).isEmpty());
        List<Problem> list = problems.list();
        assertEquals(1, list.size(), list.toString());
        Problem only = list.get(0);
        return only.position().line() + ":" + only.position().column() + " " + only.message();
    }

    @Test
    void aQuotedValueNeverClosedPointsAtItsOpeningQuote() {
        assertEquals("3:8 a quoted value is never closed; found 'title: \"Budget'; add the closing quote",
                problem("date: 2024-01-01\ntitle: \"Budget\nsummary: x\n"));
        assertEquals("2:4 a quoted value is never closed; found 'a: 'x'; add the closing quote", problem("a: 'x\n"));
    }

    /** A closed quoted key that is missing its colon at the end is a syntax error, not an unclosed quote. */
    @Test
    void aClosedQuotedKeyWithoutItsColonIsASyntaxError() {
        assertEquals("4:1 YAML syntax error: while scanning a simple key: could not find expected ':'; "
                + "check quoting and indentation on this line", problem("a: 1\n\"b\"\n"));
    }

    @Test
    void tabsAreNamedAsTabs() {
        assertEquals("2:1 a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces",
                problem("\ttitle: x\n"));
        assertEquals("2:7 a tab after 'title:' is not allowed; found 'title:\\tx'; YAML separates a key from its value "
                + "with a space: replace the tab with a space", problem("title:\tx\n"));
    }

    /** A backslash and a t in an alias's name is not a tab, though snakeyaml's message spells it the same. */
    @Test
    void theTextOfAMessageIsNotTakenForATab() {
        assertEquals("2:4 YAML syntax error: found undefined alias a\\tb; found 'a: *a\\tb'; "
                + "check quoting and indentation on this line", problem("a: *a\\tb\n"));
    }

    @Test
    void aValueWithAColonGetsTheQuotingHint() {
        assertEquals("2:16 YAML syntax error: mapping values are not allowed here; found 'title: Breaking: news'; "
                + "a value that contains ': ' must be in quotes, like title: \"Breaking: news\"", problem("title: Breaking: news\n"));
    }

    @Test
    void aGlobalTagIsRefusedWhereItIsWritten() {
        assertEquals("3:9 a global tag is not allowed; found 'tag:yaml.org,2002:javax.script.ScriptEngineManager'; "
                + "remove the tag", problem("title: x\nengine: !!javax.script.ScriptEngineManager [x]\n"));
    }

    @Test
    void aSecondDocumentIsRefusedAtItsStart() {
        assertEquals("3:1 a second YAML document starts here; found '---'; there must be only one: remove this line, "
                + "and merge what follows it into what comes before", problem("a: 1\n---\nb: 2\n"));
    }

    /** The mapping is the first level, so the 40th list is the 41st collection. */
    @Test
    void nestingDeeperThanTheLimitPointsAtTheCollectionThatGoesOver() {
        String deep = "a: " + "[".repeat(45) + "]".repeat(45) + "\n";
        assertEquals("2:43 the YAML is nested more than 40 levels deep; found " + Quote.of(deep.strip()) + "; flatten it",
                problem(deep));
    }

    /** 40 collections (the mapping and 39 lists) may hold a value; an empty 41st holds nothing that goes over. */
    @Test
    void nestingUpToTheLimitIsRead() {
        for (String yaml : List.of("a: " + "[".repeat(39) + "x" + "]".repeat(39) + "\n", "a: " + "[".repeat(40) + "]".repeat(40) + "\n")) {
            Problems problems = new Problems();
            assertTrue(new YamlReader(100_000).read(yaml, FILE, 2, problems).isPresent(), yaml);
            assertEquals(List.of(), problems.list());
        }
    }

    @Test
    void nestingOneOverTheLimitIsRefused() {
        Problems problems = new Problems();
        String yaml = "a: " + "[".repeat(40) + "x" + "]".repeat(40) + "\n";
        assertEquals("2:43 the YAML is nested more than 40 levels deep; found " + Quote.of(yaml.strip()) + "; flatten it", problem(yaml));
    }

    @Test
    void aliasesOfCollectionsPastTheLimitPointAtTheFirstOneOver() {
        StringBuilder yaml = new StringBuilder("a: &a [x, y]\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("b").append(i).append(": *a\n");
        }
        assertEquals("53:6 too many aliases (more than 50); found '*a', alias number 51; "
                + "write the values out instead of using anchors", problem(yaml.toString()));
    }

    /** Aliases of a scalar cost nothing to expand, so they are not counted. */
    @Test
    void aliasesOfAScalarAreNotCounted() {
        StringBuilder yaml = new StringBuilder("a: &a x\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("b").append(i).append(": *a\n");
        }
        Problems problems = new Problems();
        assertTrue(new YamlReader(100_000).read(yaml.toString(), FILE, 2, problems).isPresent());
        assertEquals(List.of(), problems.list());
    }

    @Test
    void aDuplicateKeyNamesTheLineOfTheFirst() {
        assertEquals("3:1 duplicate key 'a', first given on line 2; keep only one of them", problemOfConversion("a: 1\na: 2\n"));
    }

    private static String problemOfConversion(String yaml) {
        Problems problems = new Problems();
        new YamlReader(100_000).read(yaml, FILE, 2, problems);
        Problem only = problems.list().get(0);
        return only.position().line() + ":" + only.position().column() + " " + only.message();
    }
}
