package org.newsdigest.threads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The threads one build works on: as many as the config's {@code threads} (or {@code --threads}) says, started as
 * the build needs them and ended with it. Every step that works in parallel hands it independent tasks and gets their
 * results back in the tasks' order, never in the order they happened to finish, so the output is the same for any
 * number of threads.
 *
 * <p>A task that itself hands over tasks (a parallel loop inside a parallel loop) runs them on its own thread, one
 * after the other: waiting for a free thread while every thread waits would never end.
 */
public final class BuildThreads implements AutoCloseable {

    /**
     * Each thread's stack: deep enough for the render's limit of nested template elements (a recursive FreeMarker
     * function takes about 1 KiB of stack a level when interpreted, less when compiled), so that recursion without end
     * meets that limit, the same on every machine, before the stack runs out. Reserved, not used: a thread touches only
     * the part it needs.
     */
    static final long STACK_BYTES = 16L << 20;

    /** The prefix of every thread's name, for a thread dump (and the tests that wait for the threads to end). */
    public static final String NAME_PREFIX = "news-digest-build-";

    /**
     * How many items a thread takes at once in {@link #map}: about this many takes per thread, so that taking costs
     * nothing beside the items' work, and never more than {@link #MOST_ITEMS_TAKEN}, so that the last take ends soon
     * after the others.
     */
    private static final int TAKES_PER_THREAD = 64;
    private static final int MOST_ITEMS_TAKEN = 32;

    private final int count;
    private final ThreadPoolExecutor pool;
    private final Set<Thread> own = ConcurrentHashMap.newKeySet();

    /** @param count how many tasks may run at once; at least 1 */
    public BuildThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a build needs at least one thread; asked for " + count);
        }
        this.count = count;
        AtomicInteger made = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(null, task, NAME_PREFIX + made.incrementAndGet(), STACK_BYTES);
            // a template stuck in FreeMarker's own Java code cannot be stopped, and must not keep the JVM alive
            thread.setDaemon(true);
            own.add(thread);
            return thread;
        });
    }

    /** How many tasks run at once. */
    public int count() {
        return count;
    }

    /**
     * Runs every task and returns their results in the tasks' order, once every task has ended. When tasks failed, the
     * failure of the first of them in the list's order is thrown, as it was thrown (a checked exception wrapped in a
     * {@link CompletionException}), whatever order they failed in.
     *
     * @throws CancellationException when the calling thread is interrupted while it waits; the tasks are interrupted and
     *                               have all ended when it is thrown, and the thread's interrupt flag is set again
     */
    public <T> List<T> invokeAll(List<? extends Callable<? extends T>> tasks) {
        List<Ending<T>> running = start(tasks);
        try {
            for (Ending<T> task : running) {
                task.awaitEnd();
            }
        } catch (InterruptedException e) {
            running.forEach(task -> task.cancel(true));
            running.forEach(Ending::awaitEndUninterruptibly);
            Thread.currentThread().interrupt();
            throw (CancellationException) new CancellationException("interrupted while the build's threads worked").initCause(e);
        }
        List<T> results = new ArrayList<>(running.size());
        for (Ending<T> task : running) {
            results.add(outcome(task));
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * {@code each} of every item, in the items' order. Each thread takes the next few items not yet taken, until none
     * are left, so that a run of slow items (the large pages at the end of a site's sorted paths) keeps every thread
     * busy to the end instead of one. When items fail, the failure of the first of them in the list's order is
     * thrown, as {@link #invokeAll} throws a task's; a thread whose item failed takes no more. A thread stops at its
     * next item once it is interrupted.
     */
    public <T, R> List<R> map(List<T> given, Function<? super T, ? extends R> each) {
        // taken by index, each item once: a list that is not indexed in constant time is copied first
        List<T> items = given instanceof RandomAccess ? given : new ArrayList<>(given);
        int size = items.size();
        if (size == 0) {
            return List.of();
        }
        int taken = Math.max(1, Math.min(MOST_ITEMS_TAKEN, size / (count * TAKES_PER_THREAD)));
        Object[] results = new Object[size];
        AtomicInteger next = new AtomicInteger();
        FirstFailure failure = new FirstFailure();
        Callable<Void> worker = () -> {
            for (int start = next.getAndAdd(taken); start < size; start = next.getAndAdd(taken)) {
                for (int i = start; i < Math.min(size, start + taken); i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("interrupted");
                    }
                    try {
                        results[i] = each.apply(items.get(i));
                    } catch (RuntimeException | Error e) {
                        failure.record(i, e);
                        return null;
                    }
                }
            }
            return null;
        };
        invokeAll(Collections.nCopies(Math.min(count, (size + taken - 1) / taken), worker));
        failure.rethrow();
        @SuppressWarnings("unchecked")
        List<R> all = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(all);
    }

    /** The failure of the earliest item in a {@link #map} that failed, whichever thread met it first. */
    private static final class FirstFailure {
        private int index = Integer.MAX_VALUE;
        private Throwable thrown;

        synchronized void record(int item, Throwable e) {
            if (item < index) {
                index = item;
                thrown = e;
            }
        }

        synchronized void rethrow() {
            if (thrown instanceof RuntimeException failure) {
                throw failure;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
        }
    }

    /** Two results worked out at the same time; see {@link #both}. */
    public record Both<A, B>(A first, B second) {
    }

    /** Runs both tasks at the same time, as {@link #invokeAll} runs a list: {@code first}'s failure is thrown first. */
    public <A, B> Both<A, B> both(Callable<A> first, Callable<B> second) {
        List<Object> results = invokeAll(List.<Callable<?>>of(first, second));
        @SuppressWarnings("unchecked")
        Both<A, B> both = new Both<>((A) results.get(0), (B) results.get(1));
        return both;
    }

    /**
     * Starts every task and returns at once, for a caller that must do something else while it waits (the render
     * watches the time its templates take). The futures are in the tasks' order; the caller waits for every one of
     * them before it uses what the tasks made, and reads their outcomes in that order.
     */
    public <T> List<Future<T>> startAll(List<? extends Callable<? extends T>> tasks) {
        return List.copyOf(start(tasks));
    }

    /** {@link #startAll} of one task: started at once, its future returned for the caller to wait on later. */
    public <T> Future<T> start(Callable<? extends T> task) {
        return this.<T>start(List.of(task)).get(0);
    }

    private <T> List<Ending<T>> start(List<? extends Callable<? extends T>> tasks) {
        boolean nested = own.contains(Thread.currentThread());
        List<Ending<T>> started = new ArrayList<>(tasks.size());
        for (Callable<? extends T> task : tasks) {
            Ending<T> ending = new Ending<>(task);
            if (nested) {
                ending.run();
            } else {
                pool.execute(ending);
            }
            started.add(ending);
        }
        return started;
    }

    /** The result of a task started here, waited for, or what it threw, unwrapped. */
    public static <T> T outcome(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            // the task has ended: get() returns at once
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading an ended task", e);
        }
    }

    /**
     * Stops the threads. By now every task has ended, except a template stuck in FreeMarker's own Java code, which
     * nothing can stop: its thread, a daemon, is told to stop and left to end on its own.
     */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * A task that tells when it has ended, which its future does not: a cancelled future is done at once, while its
     * task may still be running.
     */
    private static final class Ending<T> extends FutureTask<T> {
        private final CountDownLatch ended = new CountDownLatch(1);

        Ending(Callable<? extends T> task) {
            super(task::call);
        }

        @Override
        public void run() {
            try {
                super.run();
            } finally {
                ended.countDown();
            }
        }

        void awaitEnd() throws InterruptedException {
            ended.await();
        }

        void awaitEndUninterruptibly() {
            boolean interrupted = false;
            while (true) {
                try {
                    ended.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
