package org.newsdigest.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdigest.build.BuildProgress;

/**
 * A progress line on a terminal ({@code parsed 1234/10000 files, 560 files written}), redrawn in place at most
 * ten times a second. Used only when the output is a terminal and not CI, so logs get just the summary.
 */
final class TerminalProgress implements BuildProgress {

    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final AtomicLong lastDrawn = new AtomicLong();
    private volatile int parsed;
    private volatile int total;
    private volatile int written;

    TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    /** A progress line where a person is watching; silence in CI or when output goes to a pipe or file. */
    static BuildProgress forConsole(PrintWriter out) {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        return interactive ? new TerminalProgress(out) : BuildProgress.SILENT;
    }

    @Override
    public void parsed(int done, int of) {
        parsed = done;
        total = of;
        draw();
    }

    @Override
    public void written(int files) {
        written = files;
        draw();
    }

    /** Clears the line, so the summary starts on a clean one. */
    void finish() {
        synchronized (out) {
            out.print("\r\033[K");
            out.flush();
        }
    }

    private void draw() {
        long now = System.nanoTime();
        long last = lastDrawn.get();
        if (now - last < INTERVAL_NANOS || !lastDrawn.compareAndSet(last, now)) {
            return;
        }
        synchronized (out) {
            out.print(String.format(Locale.ROOT, "\r\033[Kparsed %d/%d files, %d files written", parsed, total, written));
            out.flush();
        }
    }
}
