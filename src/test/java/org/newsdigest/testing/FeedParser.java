package org.newsdigest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * feedparser, the Python library most feed readers in Python are built on (Debian's python3-feedparser 6, for
 * Debian's {@code /usr/bin/python3}), reading feeds as a reader would. {@code src/test/resources/feed-readers/
 * feedparser_read.py} prints what it made of each feed as JSON. Where it is missing the test is skipped, or fails in
 * CI: see {@link BrowserTools}.
 */
public final class FeedParser {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/resources/feed-readers/feedparser_read.py").toAbsolutePath();

    private FeedParser() {
    }

    /** One JSON object per feed, in the order given: {@code title}, {@code title_detail.type}, {@code entries} ... */
    public static List<JsonNode> read(List<Path> feeds) {
        if (!Files.isExecutable(PYTHON) || run(List.of(PYTHON.toString(), "-c", "import feedparser")).exit() != 0) {
            throw BrowserTools.missing("feed-reader test", "feedparser is not installed for " + PYTHON
                    + ": install Debian's python3-feedparser (apt-get install python3-feedparser)");
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), SCRIPT.toString()));
        feeds.forEach(feed -> command.add(feed.toString()));
        Run run = run(command);
        assertEquals(0, run.exit(), run.out());
        try {
            List<JsonNode> read = new ArrayList<>();
            new ObjectMapper().readTree(run.out()).get("feeds").forEach(read::add);
            return read;
        } catch (java.io.IOException e) {
            throw new AssertionError("feedparser printed no JSON: " + run.out(), e);
        }
    }

    record Run(int exit, String out) {
    }

    /** Runs a reader to its end; what it says on stderr goes to the test's output. */
    static Run run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(process.waitFor(), out);
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }
}
