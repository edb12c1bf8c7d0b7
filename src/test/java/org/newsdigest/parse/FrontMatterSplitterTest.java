package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.load.SourceText;

class FrontMatterSplitterTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void splitsHeaderAndBody() {
        Optional<FrontMatter> split = split("""
                ---
                title: "A"
                published: true
                ---
                Hello *world*.

                More.
                """);

        assertEquals(Optional.of(new FrontMatter("title: \"A\"\npublished: true\n", 2, "Hello *world*.\n\nMore.\n", 5)), split);
        assertEquals(List.of(), formatted());
    }

    @Test
    void aFileWithNoBodyHasAnEmptyBody() {
        assertEquals(Optional.of(new FrontMatter("title: \"A\"\n", 2, "", 4)), split("---\ntitle: \"A\"\n---\n"));
        assertEquals(Optional.of(new FrontMatter("title: \"A\"\n", 2, "", 4)), split("---\ntitle: \"A\"\n---"));
    }

    @Test
    void anEmptyHeaderIsSplitAndLeftForTheYamlStep() {
        assertEquals(Optional.of(new FrontMatter("", 2, "body\n", 3)), split("---\n---\nbody\n"));
    }

    @Test
    void onlyTheFirstClosingFenceEndsTheHeader() {
        assertEquals(Optional.of(new FrontMatter("a: 1\n", 2, "text\n---\nmore\n", 4)), split("---\na: 1\n---\ntext\n---\nmore\n"));
    }

    @Test
    void fencesMayHaveTrailingSpaces() {
        assertEquals(Optional.of(new FrontMatter("a: 1\n", 2, "b\n", 4)), split("--- \na: 1\n---\t\nb\n"));
    }

    @Test
    void aLineThatOnlyStartsWithTheFenceDoesNotCloseTheHeader() {
        assertEquals(Optional.of(new FrontMatter("a: 1\n----\n--- x\n-- -\n", 2, "b\n", 7)),
                split("---\na: 1\n----\n--- x\n-- -\n---\u2003\nb\n"));
    }

    @Test
    void aFileThatDoesNotStartWithAFenceHasNoFrontMatter() {
        assertEquals(Optional.empty(), split("""
                title: "A"
                ---
                """));
        assertEquals(List.of("a.txt:1:1: error: no front matter: an article must start with a '---' line; found 'title: \"A\"'; "
                + "add '---', the YAML header and another '---' at the top"), formatted());
    }

    @Test
    void aBlankFirstLineIsNotAFence() {
        assertEquals(Optional.empty(), split("\n---\ntitle: \"A\"\n---\n"));
        assertEquals(List.of("a.txt:1:1: error: no front matter: an article must start with a '---' line; found ''; "
                + "add '---', the YAML header and another '---' at the top"), formatted());
    }

    @Test
    void fourDashesAreNotAFence() {
        assertEquals(Optional.empty(), split("----\na: 1\n----\n"));
        assertEquals(List.of("a.txt:1:1: error: no front matter: an article must start with a '---' line; found '----'; "
                + "add '---', the YAML header and another '---' at the top"), formatted());
    }

    @Test
    void aLongFirstLineIsQuotedShortened() {
        split("x".repeat(100) + "\n");
        assertEquals(List.of("a.txt:1:1: error: no front matter: an article must start with a '---' line; found '"
                + "x".repeat(60) + "…'; add '---', the YAML header and another '---' at the top"), formatted());
    }

    @Test
    void anUnclosedHeaderIsAnError() {
        assertEquals(Optional.empty(), split("""
                ---
                title: "A"
                published: true
                """));
        assertEquals(List.of("a.txt:1:1: error: the front matter opened on line 1 is never closed; add a '---' line after the header"),
                formatted());
    }

    @Test
    void aLoneFenceIsUnclosed() {
        assertEquals(Optional.empty(), split("---"));
        assertEquals(Optional.empty(), split("---\n"));
        assertEquals(List.of(
                "a.txt:1:1: error: the front matter opened on line 1 is never closed; add a '---' line after the header",
                "a.txt:1:1: error: the front matter opened on line 1 is never closed; add a '---' line after the header"),
                formatted());
    }

    @Test
    void crlfFilesSplitCleanlyOnceReadBySourceFileReader() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "\uFEFF---\r\ntitle: \"A\"\r\n---\r\nbody\r\n", StandardCharsets.UTF_8);
        SourceText text = new SourceFileReader(1000).read(file, problems).orElseThrow();

        assertEquals(Optional.of(new FrontMatter("title: \"A\"\n", 2, "body\n", 4)), new FrontMatterSplitter().split(text, problems));
        assertEquals(List.of(), formatted());
    }

    private Optional<FrontMatter> split(String text) {
        return new FrontMatterSplitter().split(new SourceText(dir.resolve("a.txt"), text), problems);
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(dir)).toList();
    }
}
