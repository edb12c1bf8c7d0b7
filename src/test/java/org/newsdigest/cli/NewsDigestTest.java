package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The top-level command line: help and its errors list every command, in one order, while a line that names its
 * command first is given that command alone (picocli reads each command's annotations when it is added, a cost of
 * every start).
 */
class NewsDigestTest {

    private static final List<String> ALL = List.of("build", "check", "serve", "init", "generate-corpus", "help");

    @Test
    void helpListsEveryCommandInOrder() {
        StringWriter out = new StringWriter();
        assertEquals(0, NewsDigest.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())));

        List<String> listed = out.toString().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
                .filter(line -> line.matches("  [a-z].*")).map(line -> line.strip().split(" ")[0]).toList();
        assertEquals(ALL, listed);
    }

    @Test
    void withoutACommandTheErrorNamesEveryOne() {
        StringWriter err = new StringWriter();
        assertEquals(ExitStatus.USAGE, NewsDigest.run(new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().startsWith("news-digest: name a command: build, check, serve, init, generate-corpus or help\n"),
                err.toString());
    }

    @Test
    void aLineThatNamesItsCommandFirstGetsThatCommandAlone() {
        assertEquals(List.of("build"), names("build", "--config", "site-config.yml"));
        assertEquals(List.of("generate-corpus"), names("generate-corpus", "--articles", "8", "out"));
        assertEquals(ALL, names("help", "build"));
        assertEquals(ALL, names("--debug", "build"));
        assertEquals(ALL, names("biuld"));
        assertEquals(ALL, names());
    }

    private static List<String> names(String... args) {
        return List.copyOf(NewsDigest.commandLine(args).getSubcommands().keySet());
    }
}
