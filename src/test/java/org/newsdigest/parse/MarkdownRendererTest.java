package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;

class MarkdownRendererTest {

    private static final Path BASE = Path.of("/site");
    private static final Path FILE = BASE.resolve("seeds/x.txt");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Problems problems = new Problems();

    private String render(String markdown) {
        return renderer.render(markdown, FILE, 10, problems);
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
}
