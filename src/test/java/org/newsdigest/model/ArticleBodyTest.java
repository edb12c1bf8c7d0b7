package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    /** A page key takes the body's hash: any edit of the body, one character or its length, changes it. */
    @Test
    void anEditedBodyHasAnotherHash() {
        ArticleBody body = ArticleBody.of("<p>Foundries announce 2 nm nodes.</p>\n");

        assertEquals(body.hash(), ArticleBody.of("<p>Foundries announce 2 nm nodes.</p>\n").hash());
        assertNotEquals(body.hash(), ArticleBody.of("<p>Foundries announce 3 nm nodes.</p>\n").hash());
        assertNotEquals(body.hash(), ArticleBody.of("<p>Foundries announce 2 nm nodes.</p>\n\n").hash());
        assertNotEquals(ArticleBody.EMPTY.hash(), ArticleBody.of(" ").hash());
    }

    @Test
    void aBodyReadBackIsReadEachTimeItsTextIsAskedForAndNotBefore() {
        String html = "<p>Robots learn to fold laundry.</p>\n";
        AtomicInteger reads = new AtomicInteger();
        ArticleBody body = ArticleBody.readBack(ArticleBody.hashOf(html), () -> {
            reads.incrementAndGet();
            return html;
        });

        assertEquals(0, reads.get());
        assertFalse(body.isHeld());
        assertEquals(ArticleBody.of(html), body, "equal to the body held as text");
        assertEquals(0, reads.get(), "compared by hash");
        assertEquals(html, body.html());
        assertEquals(html, body.html());
        assertEquals(2, reads.get(), "not kept once read");
        assertTrue(ArticleBody.of(html).isHeld());
    }
}
