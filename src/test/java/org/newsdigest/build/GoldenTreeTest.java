package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.SiteFiles;

class GoldenTreeTest {

    @Test
    void theSameTreesHaveNoDifferences() {
        assertEquals(Optional.empty(),
                GoldenTree.differences("golden/a", Map.of("a.html", bytes("x\n")), Map.of("a.html", bytes("x\n"))));
    }

    @Test
    void everyDifferingFileIsListedWithAUnifiedDiffOfItsChange() {
        String page = IntStream.rangeClosed(1, 10).mapToObj(n -> "line " + n + "\n").collect(Collectors.joining());
        assertEquals(Optional.of("""
                4 files differ from golden/a:
                not built: gone.html
                not expected: new.html
                changed: page.html
                --- expected/page.html
                +++ built/page.html
                @@ -3,7 +3,7 @@
                 line 3
                 line 4
                 line 5
                -line 6
                +line six
                 line 7
                 line 8
                 line 9

                changed: picture.png
                binary: 3 bytes expected, 2 built
                """), GoldenTree.differences("golden/a",
                Map.of("page.html", bytes(page), "gone.html", bytes(""), "picture.png", new byte[] {(byte) 0x89, 0, 1},
                        "same.txt", bytes("same")),
                Map.of("page.html", bytes(page.replace("line 6", "line six")), "new.html", bytes(""),
                        "picture.png", new byte[] {(byte) 0x89, 0}, "same.txt", bytes("same"))));
    }

    @Test
    void aLongChangeShowsItsFirstLinesAndCountsTheRest() {
        String expected = IntStream.rangeClosed(1, 20).mapToObj(n -> "old " + n + "\n").collect(Collectors.joining());
        assertEquals("""
                --- expected/f.txt
                +++ built/f.txt
                @@ -1,20 +1,1 @@
                -old 1
                -old 2
                -old 3
                -old 4
                -old 5
                -old 6
                -old 7
                -old 8
                … 12 more - lines
                +new
                """, GoldenTree.diff("f.txt", bytes(expected), bytes("new\n")));
    }

    @Test
    void aMissingLineEndingAtTheEndIsNamed() {
        assertEquals("only the line ending at the end of the file differs\n",
                GoldenTree.diff("f.txt", bytes("a\n"), bytes("a")));
    }

    @Test
    void rewritingReplacesEveryFile(@TempDir Path folder) throws Exception {
        GoldenTree.rewrite(folder, Map.of("old/a.html", bytes("a"), "b.html", bytes("b")));
        GoldenTree.rewrite(folder, Map.of("b.html", bytes("b2"), "c/d.json", bytes("d")));
        Map<String, byte[]> files = SiteFiles.read(folder);
        assertEquals(Map.of("b.html", "b2", "c/d.json", "d"), files.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, file -> new String(file.getValue(), StandardCharsets.UTF_8))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
