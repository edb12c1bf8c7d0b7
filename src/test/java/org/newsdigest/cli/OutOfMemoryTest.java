package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A JVM that runs out of heap anywhere in a command ends with one line and the I/O status, not a trace and 1. */
class OutOfMemoryTest {

    @Command(name = "news-digest")
    static final class Exhausting implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void outOfMemoryIsOneLineSayingHowToGiveJavaMore() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = NewsDigest.execute(new CommandLine(new Exhausting()), new String[0], new PrintWriter(out), new PrintWriter(err));

        assertEquals(4, status);
        assertEquals("news-digest: out of memory (Java may use at most " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB); give Java more memory, e.g. JAVA_OPTS=-Xmx2g (or NEWS_DIGEST_OPTS)\n", err.toString());
        assertEquals("", out.toString());
    }
}
