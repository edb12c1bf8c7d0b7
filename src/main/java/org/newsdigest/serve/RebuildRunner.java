package org.newsdigest.serve;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the preview's rebuilds one at a time, each on a thread of its own, so that neither the watcher nor the server
 * ever waits for a build. A change during a rebuild cancels it (its thread is interrupted: the build stops at its next
 * step, leaving the preview as it was) and asks for one more, which starts as soon as the running one has ended;
 * changes meanwhile are folded into it.
 *
 * <p>A rebuild still running after {@code stuckAfter} is reported, and from then on it no longer holds up the next:
 * that one starts at once in a new <em>lane</em> (its own preview folder and cache, see {@link PreviewSession}), the
 * stuck one is interrupted and left to end by itself, and whatever it does is ignored. A build that ignores the
 * interruption (a template looping inside FreeMarker's own code) keeps its lane's staging folder, which is why the
 * next build starts in another lane rather than beside it.
 */
final class RebuildRunner implements AutoCloseable {

    /** One rebuild, in the given lane. */
    interface Rebuild {
        void run(int lane);
    }

    /** Called from the watchdog thread when a rebuild has run {@code stuckAfter}; must not block. */
    interface StuckReport {
        void stuck(Duration after);
    }

    private final Rebuild rebuild;
    private final StuckReport stuckReport;
    private final Duration stuckAfter;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            new DaemonThreadFactory("preview-rebuild-watchdog"));
    private final Set<Thread> leftBehind = new HashSet<>();
    private Thread running;
    private boolean stuck;
    private boolean pending;
    private boolean closed;
    private int lane = 1;
    private final DaemonThreadFactory threads = new DaemonThreadFactory("preview-rebuild");

    RebuildRunner(Duration stuckAfter, Rebuild rebuild, StuckReport stuckReport) {
        this.stuckAfter = stuckAfter;
        this.rebuild = rebuild;
        this.stuckReport = stuckReport;
    }

    /** Asks for a rebuild; returns at once. */
    synchronized void request() {
        if (closed) {
            return;
        }
        if (running == null) {
            start();
        } else if (stuck) {
            leaveBehind();
            start();
        } else {
            if (!pending) {
                running.interrupt();
            }
            pending = true;
        }
    }

    /**
     * Asks for a rebuild after {@code delay} unless one runs or is asked for by then: for a rebuild that found the site
     * busy with another build, so that the preview catches up once that build ends without a change of its own.
     */
    void retryAfter(Duration delay) {
        watchdog.schedule(() -> {
            synchronized (this) {
                if (running == null && !pending && !closed) {
                    start();
                }
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether builds in this lane still count: false once a stuck build's lane was left behind. */
    synchronized boolean isCurrent(int buildLane) {
        return buildLane == lane && !closed;
    }

    /** Waits until no rebuild runs or is asked for, or the time is up; returns whether it became idle. */
    synchronized boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (running != null || pending) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void start() {
        pending = false;
        stuck = false;
        int buildLane = lane;
        Thread thread = threads.newThread(() -> runOne(buildLane));
        running = thread;
        watchdog.schedule(() -> checkStuck(thread), stuckAfter.toMillis(), TimeUnit.MILLISECONDS);
        thread.start();
    }

    private void runOne(int buildLane) {
        try {
            rebuild.run(buildLane);
        } finally {
            ended(Thread.currentThread());
        }
    }

    private synchronized void ended(Thread thread) {
        leftBehind.remove(thread);
        if (running == thread) {
            running = null;
            if (pending && !closed) {
                start();
            }
        }
        notifyAll();
    }

    private void checkStuck(Thread thread) {
        synchronized (this) {
            if (running != thread || closed) {
                return;
            }
            stuck = true;
        }
        stuckReport.stuck(stuckAfter);
        synchronized (this) {
            if (running == thread && pending) {
                leaveBehind();
                start();
            }
        }
    }

    private void leaveBehind() {
        running.interrupt();
        leftBehind.add(running);
        running = null;
        lane++;
    }

    /** Stops asking for rebuilds, interrupts those running and waits a little for them to end. */
    @Override
    public void close() throws InterruptedException {
        Set<Thread> threads;
        synchronized (this) {
            closed = true;
            pending = false;
            threads = new HashSet<>(leftBehind);
            if (running != null) {
                threads.add(running);
            }
        }
        watchdog.shutdownNow();
        for (Thread thread : threads) {
            thread.interrupt();
            thread.join(2_000);
        }
    }
}
