package org.newsdigest.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Watches one page's template as it runs, element by element (FreeMarker's tracer): keeps the stack of elements
 * entered, so that a failure can name the template position, and stops the template at the next element it enters
 * once it nests too deep, writes too much or is told it took too long. The stop is sticky: every later element throws
 * again, so that an {@code #attempt} in the template cannot swallow it, and the template unwinds in a few steps.
 */
final class PageGuard implements TemplateProcessingTracer {

    /**
     * How deep elements may nest: a loop in the model of a normal template nests a few dozen; recursion without end
     * reaches this long before the render thread's stack (see {@link org.newsdigest.threads.BuildThreads}) runs out,
     * whatever the JIT did.
     */
    static final int MAX_DEPTH = 2_000;

    /** Why a page's template was stopped. */
    enum Halt { TIMED_OUT, TOO_DEEP, TOO_LARGE, OUT_OF_MEMORY, STACK_OVERFLOW, CANCELLED }

    /** Where and why the template was stopped. */
    record Stop(Halt why, TracedElement at) {
    }

    private final String template;
    private final String page;
    private final Thread thread;
    private final long startNanos;
    private TracedElement[] stack = new TracedElement[64];
    private int depth;
    private TracedElement lastEntered;
    private volatile Stop stop;
    private volatile long haltedAtNanos;

    PageGuard(String template, String page, long startNanos) {
        this.template = template;
        this.page = page;
        this.thread = Thread.currentThread();
        this.startNanos = startNanos;
    }

    String template() {
        return template;
    }

    String page() {
        return page;
    }

    Thread thread() {
        return thread;
    }

    long startNanos() {
        return startNanos;
    }

    long haltedAtNanos() {
        return haltedAtNanos;
    }

    /**
     * Why and where the template was stopped, if it was. A stop asked from another thread is placed by what this
     * page's thread last showed of its stack: a template in Java code that will not see the stop shows it unchanged.
     */
    Optional<Stop> stop() {
        Stop halted = stop;
        if (halted == null || halted.at() != null) {
            return Optional.ofNullable(halted);
        }
        return Optional.of(new Stop(halted.why(), innermostLoopOr(lastEntered)));
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        Stop halted = stop;
        if (halted != null) {
            if (halted.at() == null) {
                // asked from another thread: this thread knows its own stack, so it places the stop
                stop = new Stop(halted.why(), innermostLoopOr(isPlaced(element) ? element : lastEntered));
            }
            throw new Stopped();
        }
        if (depth == MAX_DEPTH) {
            halt(Halt.TOO_DEEP, innermostCall(element));
            throw new Stopped();
        }
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = element;
        if (isPlaced(element)) {
            lastEntered = element;
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** Stops the template where it is now: called by the page's own thread. */
    void haltHere(Halt why) {
        halt(why, depth > 0 && isPlaced(stack[depth - 1]) ? stack[depth - 1] : lastEntered);
    }

    /** Stops the template at the element it entered last: for errors, after the stack has unwound. */
    void haltAtLastElement(Halt why) {
        halt(why, lastEntered);
    }

    /**
     * Asks the template to stop, from another thread: it does at the next element it enters. A template that enters
     * none (Java code of FreeMarker's running long) never does: {@link RenderWatch} tells it.
     */
    void haltFromOutside(Halt why) {
        halt(why, null);
    }

    private synchronized void halt(Halt why, TracedElement at) {
        if (stop == null) {
            haltedAtNanos = System.nanoTime();
            stop = new Stop(why, at);
        }
    }

    /**
     * The call that nests too deep: the element entered, unless it is the body of a macro or function, whose place is
     * its definition; then the call of it, a level up.
     */
    private TracedElement innermostCall(TracedElement entered) {
        TracedElement call = entered;
        for (int i = depth - 1; i >= 0 && (!isPlaced(call) || isBody(call)); i--) {
            call = stack[i];
        }
        return call;
    }

    private static boolean isBody(TracedElement element) {
        String description = element.getDescription();
        return description.startsWith("#macro ") || description.startsWith("#function ");
    }

    /** False for the stopping places {@link ThemeTemplates} puts into loops, which have no place in the text. */
    private static boolean isPlaced(TracedElement element) {
        return element.getBeginLine() > 0;
    }

    /**
     * Where a template that ran too long is: the innermost loop still running, which is the same element however far
     * the loop got (the elements of its body come and go); the element entered last when no loop is running.
     */
    private TracedElement innermostLoopOr(TracedElement fallback) {
        for (int i = Math.min(depth, stack.length) - 1; i >= 0; i--) {
            TracedElement element = stack[i];
            String description = element == null ? "" : element.getDescription();
            if (description.startsWith("#list") || description.startsWith("#items") || description.startsWith("#foreach")) {
                return element;
            }
        }
        return fallback;
    }

    /** Thrown into a template that was stopped; the page's stop says why. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
