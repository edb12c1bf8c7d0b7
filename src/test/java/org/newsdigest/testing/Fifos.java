package org.newsdigest.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Makes named pipes, which Java cannot: with {@code mkfifo}; a test that needs one is skipped where there is none. */
public final class Fifos {

    private Fifos() {
    }

    public static Path make(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available here");
            throw noMkfifo;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return path;
    }
}
