package org.newsdigest.render;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.config.Limits;

/**
 * The pages whose templates are running now, and the limits they run under: {@link SiteRenderer} asks it, while it
 * waits for the render, to stop every page that has run longer than {@code limits.renderSeconds}, and to tell which
 * did not stop.
 */
final class RenderWatch {

    /**
     * How long a template that was told to stop may take to notice: it does at its next element, within microseconds,
     * unless FreeMarker's own Java code is running (a built-in over a huge sequence, a regular expression that
     * backtracks), which no template element interrupts.
     */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final Limits limits;
    private final Set<PageGuard> running = ConcurrentHashMap.newKeySet();

    RenderWatch(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /** A page's template starts on the calling thread. */
    PageGuard start(String template, String page) {
        PageGuard guard = new PageGuard(template, page, System.nanoTime());
        running.add(guard);
        return guard;
    }

    /** The page's template returned or failed. */
    void end(PageGuard guard) {
        running.remove(guard);
    }

    /**
     * Tells every template that has run past the limit to stop, and returns those that were told more than {@link
     * #GRACE} ago and are still running: their threads are in Java code that will not see the stop.
     */
    List<PageGuard> stopOverdue() {
        long now = System.nanoTime();
        long limit = limits.renderTime().toNanos();
        for (PageGuard guard : running) {
            if (now - guard.startNanos() > limit) {
                guard.haltFromOutside(PageGuard.Halt.TIMED_OUT);
            }
        }
        return running.stream().filter(guard -> guard.stop().isPresent() && now - guard.haltedAtNanos() > GRACE.toNanos())
                .toList();
    }

    /** Tells every running template to stop, because the render was cancelled. */
    void cancelAll() {
        running.forEach(guard -> guard.haltFromOutside(PageGuard.Halt.CANCELLED));
    }
}
