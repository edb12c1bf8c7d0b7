package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The page size limit counts UTF-8 bytes, the size of the file written, and refuses before it copies. */
class PageWriterTest {

    private final PageGuard guard = new PageGuard("index.ftlh", "index.html", 0);

    @Test
    void aPageOfExactlyTheLimitIsKept() {
        String text = "é€😀a"; // 2 + 3 + 4 + 1 bytes
        PageWriter out = new PageWriter(text.getBytes(StandardCharsets.UTF_8).length, guard);
        out.write(text, 0, text.length());
        assertEquals(text, out.toString());
        assertEquals(java.util.Optional.empty(), guard.stop());
    }

    @Test
    void oneByteMoreStopsThePageWithoutCopyingTheText() {
        PageWriter out = new PageWriter(9, guard);
        out.write("é€😀", 0, 4);
        assertThrows(PageGuard.Stopped.class, () -> out.write('a'));
        assertEquals("é€😀", out.toString());
        assertEquals(PageGuard.Halt.TOO_LARGE, guard.stop().orElseThrow().why());
    }

    @Test
    void aStringLongerThanTheLimitIsRefusedAtOnce() {
        PageWriter out = new PageWriter(1_000, guard);
        out.write("<p>", 0, 3);
        assertThrows(PageGuard.Stopped.class, () -> out.write("x".repeat(5_000).toCharArray(), 0, 5_000));
        assertEquals("<p>", out.toString());
    }
}
