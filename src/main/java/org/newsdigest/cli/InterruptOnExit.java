package org.newsdigest.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (or any orderly JVM exit) during a build into an interrupt of the building thread, and lets the JVM
 * exit only once that build has stopped: it then has removed its staging folder and released the site's lock, and
 * the output folder is the old site or, if publishing had begun, the new one. The JVM exits with status 130.
 */
final class InterruptOnExit implements AutoCloseable {

    /** How long an exit waits for the build to stop; a build stops between steps, which rarely take longer. */
    private static final long WAIT_SECONDS = 30;

    private final Thread hook;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private InterruptOnExit(Thread building) {
        this.hook = new Thread(() -> {
            building.interrupt();
            try {
                stopped.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "news-digest-interrupt");
    }

    static InterruptOnExit install() {
        InterruptOnExit installed = new InterruptOnExit(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(installed.hook);
        return installed;
    }

    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the JVM is already exiting: the hook is running, and has just been told the build stopped
        }
    }
}
