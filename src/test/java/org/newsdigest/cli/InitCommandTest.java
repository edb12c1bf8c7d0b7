package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init DIR} scaffolds a digest that builds as it is. */
class InitCommandTest {

    @TempDir
    Path work;

    private int run(String... args) {
        return NewsDigest.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void theScaffoldBuildsAsItIs() throws Exception {
        Path site = work.resolve("digest");
        assertEquals(0, run("init", site.toString()));
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of("seeds/welcome.md", "site-config.yml", "templates/README.md"), files.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
        String config = Files.readString(site.resolve("site-config.yml"));
        for (String key : List.of("title", "description", "baseUrl", "language", "timeZone", "pageSize", "feed", "content",
                "templates", "output", "cname", "strict", "publishFuture", "maxArticleBytes")) {
            assertTrue(config.contains("\n" + key + ":") || config.contains("\n# " + key + ":"), "documents " + key);
        }
        assertEquals(0, run("build", "--config", site.resolve("site-config.yml").toString()));
        assertTrue(Files.exists(site.resolve("output/articles/2024/01/15/welcome-to-your-news-digest/index.html")));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(work.resolve("keep.txt"), "mine");
        assertEquals(2, run("init", work.toString()));
        assertEquals("mine", Files.readString(work.resolve("keep.txt")));
    }
}
