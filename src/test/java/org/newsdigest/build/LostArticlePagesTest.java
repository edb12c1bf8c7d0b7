package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LostArticlePagesTest {

    private static final Path SITE = Path.of("/site");

    @Test
    void manyLostPagesAreOneLineNamingThreeInOrder() {
        Set<String> gone = Set.of("articles/e/index.html", "articles/d/index.html", "articles/c/index.html",
                "articles/b/index.html", "articles/a/index.html", "articles/2021/07/29/index.html", "articles/2021/index.html",
                "topics/x/index.html", "articles/2021/07/29/old-title/index.html");

        assertEquals("output: warning: 5 article pages the last build published are gone: articles/a/, articles/b/, "
                + "articles/c/ and 2 more; links to them now find nothing. If an article moved, list its old address under its "
                + "'aliases:' to keep it answering",
                LostArticlePages.warning(gone, SITE.resolve("output")).orElseThrow().format(SITE));
    }

    @Test
    void archivesListsAndOtherFilesGoneAreNotArticlePages() {
        assertEquals(Optional.empty(), LostArticlePages.warning(Set.of("articles/2021/index.html", "topics/x/index.html",
                "articles/2021/07/index.html", "feed.xml"), SITE.resolve("output")));
    }
}
