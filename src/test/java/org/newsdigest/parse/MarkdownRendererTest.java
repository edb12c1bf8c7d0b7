package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;

class MarkdownRendererTest {

    private static final Path BASE = Path.of("/site");
    private static final Path FILE = BASE.resolve("seeds/x.txt");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Problems problems = new Problems();

    /** A hang guard only: every body here is read in well under a second. */
    private static final Duration HANG = Duration.ofSeconds(60);

    private String render(String markdown) {
        return assertTimeoutPreemptively(HANG, () -> renderer.render(markdown, FILE, 10, problems));
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(BASE)).toList();
    }

    @Test
    void goodLinksStayAndAreEncoded() {
        assertEquals("""
                <p><a href="https://ok.example/a">a</a> <a href="https://ok.example/%25">b</a> \
                <a href="https://ok.example/%5Bx%5D">c</a> <a href="https://ok.example/%22onclick=alert(3)">\
                https://ok.example/&quot;onclick=alert(3)</a> <a href="mailto:desk@ok.example">mail</a> \
                <a href="https://xn--bcher-kva.example/stra%C3%9Fe">d</a></p>
                """, render("[a](https://ok.example/a) [b](https://ok.example/%) [c](https://ok.example/[x]) "
                + "<https://ok.example/\"onclick=alert(3)> [mail](mailto:desk@ok.example) [d](https://bücher.example/straße)\n"));
        assertEquals(List.of(), formatted());
    }

    @Test
    void aLinkToAnIdTheBodyDoesNotHaveKeepsOnlyItsText() {
        assertEquals("<p>see x and\ny.</p>\n", render("see [x](#nowhere) and\n[y](#\"onclick=alert(1)).\n"));
        assertEquals(List.of(
                "seeds/x.txt:10:9: warning: a link in the body leads to an id this article does not have; found '#nowhere'; "
                        + "the link is removed and its text kept. Link to an id in the article, or to a full https:// address",
                "seeds/x.txt:11:5: warning: a link in the body leads to an id this article does not have; found "
                        + "'#\"onclick=alert(1)'; the link is removed and its text kept. Link to an id in the article, or to a "
                        + "full https:// address"), formatted());
    }

    @Test
    void aLinkThatIsNotAWebAddressKeepsOnlyItsText() {
        assertEquals("<p>a b ftp://files.example/x c</p>\n",
                render("[a](javascript:alert(1)) [b](//evil.example/) <ftp://files.example/x> [c][ref]\n\n[ref]: https://bad:99999/\n"));
        assertEquals(List.of(
                "seeds/x.txt:10:5: warning: a link in the body must lead to an absolute http(s) address, a mailto: address or "
                        + "an id in this article; found 'javascript:alert(1)'; the link is removed and its text kept. Write the "
                        + "full address, starting with https://",
                "seeds/x.txt:10:30: warning: a link in the body must lead to an absolute http(s) address, a mailto: address or "
                        + "an id in this article; found '//evil.example/'; the link is removed and its text kept. Write the full "
                        + "address, starting with https://",
                "seeds/x.txt:10:48: warning: a link in the body must lead to an absolute http(s) address, a mailto: address or "
                        + "an id in this article; found 'ftp://files.example/x'; the link is removed and its text kept. Write the "
                        + "full address, starting with https://",
                "seeds/x.txt:12:8: warning: a link in the body must lead to an absolute http(s) address, a mailto: address or "
                        + "an id in this article; found 'https://bad:99999/'; the link is removed and its text kept. Write the "
                        + "full address, starting with https://"), formatted());
    }

    @Test
    void anImageThatIsNotOverHttpBecomesItsDescription() {
        assertEquals("<p>before a chart after</p>\n", render("before ![a chart](data:image/png;base64,AAAA) after\n"));
        assertEquals(List.of("seeds/x.txt:10:19: warning: an image in the body must have an absolute http(s) address; found "
                + "'data:image/png;base64,AAAA'; the image is removed and its description kept. Write the full address, starting "
                + "with https://"), formatted());
    }

    @Test
    void everyProblemIsAWarning() {
        render("[a](#x) ![b](x.png) [c](x.html)\n");
        assertEquals(3, problems.size());
        assertEquals(List.of(), problems.list().stream().filter(Problem::isError).toList());
    }

    @Test
    void quotesNestedPastTheLimitAreAnErrorAtTheirLine() {
        assertEquals("", render("A first paragraph.\n\n" + "> ".repeat(1000) + "x\n"));
        assertEquals(List.of("seeds/x.txt:12:1: error: the body nests block quotes or lists 1000 levels deep on this line, "
                + "more than limits.nestingPerLine (100); flatten it"), formatted());
    }

    @Test
    void quotesNestedToTheLimitAreRead() {
        String html = render("> ".repeat(Limits.DEFAULTS.nestingPerLine()) + "x\n");
        assertEquals(List.of(), formatted());
        assertEquals("<blockquote>\n".repeat(Limits.DEFAULTS.nestingPerLine()) + "<p>x</p>\n"
                + "</blockquote>\n".repeat(Limits.DEFAULTS.nestingPerLine()), html);
    }

    @Test
    void listsNestedByIndentationAreAnErrorAtTheLineThatPassesTheLimit() {
        assertEquals("", render(IntStream.range(0, 150).mapToObj(i -> "  ".repeat(i) + "- item\n").reduce("", String::concat)));
        assertEquals(List.of("seeds/x.txt:110:1: error: the body nests block quotes or lists 101 levels deep on this line, "
                + "more than limits.nestingPerLine (100); flatten it"), formatted());
    }

    @Test
    void listsAndQuotesOpenedOnOneLineCountTogether() {
        assertEquals("", render("- > ".repeat(500) + "x\n"));
        assertEquals(List.of("seeds/x.txt:10:1: error: the body nests block quotes or lists 1000 levels deep on this line, "
                + "more than limits.nestingPerLine (100); flatten it"), formatted());
    }

    @Test
    void aLowerNestingLimitRefusesALineDeeperThanIt() {
        Limits three = new Limits(50, 20, 50, 20, Duration.ofSeconds(10), 1000, 3, 100_000_000L);
        String body = "A first paragraph.\n\n> > > quoted three deep\n\n> > > > four deep\n";

        assertEquals("", renderer.within(three).render(body, FILE, 10, problems));
        assertEquals(List.of("seeds/x.txt:14:1: error: the body nests block quotes or lists 4 levels deep on this line, "
                + "more than limits.nestingPerLine (3); flatten it"), formatted());
        Problems atTheLimit = new Problems();
        assertEquals("<blockquote>\n".repeat(3) + "<p>three</p>\n" + "</blockquote>\n".repeat(3),
                renderer.within(three).render("> > > three\n", FILE, 10, atTheLimit));
        assertEquals(List.of(), atTheLimit.list());
    }

    @Test
    void aLowerBodyWorkLimitRefusesABodyCostlierThanIt() {
        Limits small = new Limits(50, 20, 50, 20, Duration.ofSeconds(10), 1000, 100, 100);
        String cheap = "[a](https://example.org/)\n";
        assertEquals("<p><a href=\"https://example.org/\">a</a></p>\n", renderer.within(small).render(cheap, FILE, 10, problems));
        String body = "Plain words, no marks at all, as long as they like to be.\n\n[a](https://example.org/) and [b](https://example.org/)\n";

        assertEquals("", renderer.within(small).render(body, FILE, 10, problems));
        assertEquals(List.of("seeds/x.txt:12:1: error: the paragraph starting here has 4 of the marks [ ] < & ` (links, code spans, "
                + "HTML) in 56 characters, and the body's paragraphs come to 224 marks × characters, more than limits.bodyWork "
                + "(100); split long paragraphs into shorter ones"), formatted());
    }

    @Test
    void aDeeplyIndentedLineThatOpensNothingIsNotNesting() {
        assertEquals("<pre><code>" + " ".repeat(296) + "code\n</code></pre>\n", render(" ".repeat(300) + "code\n"));
        assertEquals(List.of(), formatted());
    }

    /** Nesting no line count foresees overflows flexmark's stack; the overflow is caught, and reported the same way. */
    @ParameterizedTest
    @ValueSource(strings = {"stars", "emphasis", "quotesAndEmphasis"})
    void aStackOverflowInFlexmarkIsAnErrorAtTheBodysFirstLine(String kind) {
        String body = switch (kind) {
            case "stars" -> "*".repeat(50_000) + "x";
            case "emphasis" -> "*a _".repeat(5_000) + "x" + "_ a*".repeat(5_000);
            default -> "> ".repeat(90) + "*a _".repeat(5_000) + "x" + "_ a*".repeat(5_000);
        };
        assertEquals("", render("A first paragraph with [a bad link](javascript:x).\n\n" + body + "\n"));
        assertEquals(List.of("seeds/x.txt:10:1: error: the body nests quotes, lists, emphasis or links too deep to be read; "
                + "flatten it"), formatted());
    }

    @Test
    void unclosedBracketsAndAnglesAreText() {
        String html = render("[".repeat(3000) + " " + "<".repeat(3000) + " " + "`".repeat(3000) + "\n");
        assertEquals(List.of(), formatted());
        assertEquals("<p>" + "[".repeat(3000) + " " + "&lt;".repeat(3000) + " " + "`".repeat(3000) + "</p>\n", html);
    }

    @Test
    void oneParagraphOfThousandsOfLinksIsAnErrorAtItsFirstLine() {
        assertEquals("", render("A first paragraph.\n\n" + "[link](https://example.org/x) ".repeat(5000) + "\n"));
        assertEquals(List.of("seeds/x.txt:12:1: error: the paragraph starting here has 10000 of the marks [ ] < & ` (links, "
                + "code spans, HTML) in 150001 characters, and the body's paragraphs come to 1500010000 marks × characters, "
                + "more than limits.bodyWork (100000000); split long paragraphs into shorter ones"), formatted());
    }

    @Test
    void theSameLinksInParagraphsOfTheirOwnAreRead() {
        String html = render("[link](https://example.org/x) *em* `c`\n\n".repeat(5000));
        assertEquals(List.of(), formatted());
        assertEquals(5000, html.split("<a href=\"https://example.org/x\">link</a>", -1).length - 1);
    }
}
