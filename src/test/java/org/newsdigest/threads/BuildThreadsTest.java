package org.newsdigest.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The build's threads: results come back in the tasks' order whatever order they finish in, a parallel loop inside a
 * parallel loop does not wait for itself, and an interrupt stops every task before the caller goes on.
 */
class BuildThreadsTest {

    /** Only against a hang: every test here ends at once unless the code under test waits forever. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final List<BuildThreads> made = new ArrayList<>();

    @AfterEach
    void endThreads() {
        made.forEach(BuildThreads::close);
    }

    private BuildThreads threads(int count) {
        BuildThreads threads = new BuildThreads(count);
        made.add(threads);
        return threads;
    }

    @Test
    void resultsComeInTheTasksOrderWhenTheLastFinishesFirst() {
        BuildThreads threads = threads(3);
        CountDownLatch lastDone = new CountDownLatch(1);
        List<String> finished = new ArrayList<>();
        List<Callable<String>> tasks = List.of(
                () -> {
                    lastDone.await();
                    synchronized (finished) {
                        finished.add("first");
                    }
                    return "first";
                },
                () -> "second",
                () -> {
                    synchronized (finished) {
                        finished.add("third");
                    }
                    lastDone.countDown();
                    return "third";
                });

        List<String> results = assertTimeoutPreemptively(HANG_GUARD, () -> threads.invokeAll(tasks));

        assertEquals(List.of("third", "first"), finished, "the third task finished before the first");
        assertEquals(List.of("first", "second", "third"), results);
    }

    @Test
    void mapKeepsTheItemsOrderForAnyNumberOfThreads() {
        List<Integer> items = IntStream.range(0, 1_001).boxed().toList();
        List<String> expected = items.stream().map(i -> "item " + i).toList();
        for (int count : new int[] {1, 2, 3, 4, 7}) {
            assertEquals(expected, threads(count).map(items, i -> "item " + i), count + " threads");
        }
        assertEquals(List.of(), threads(2).map(List.<Integer>of(), i -> i));
    }

    @Test
    void slowItemsAtTheEndOfAMapAreSharedByEveryThread() {
        BuildThreads threads = threads(2);
        // the last two items wait for each other: one thread working through the end of the list alone never ends
        CyclicBarrier lastTwo = new CyclicBarrier(2);
        List<Integer> items = IntStream.range(0, 200).boxed().toList();

        List<Integer> results = assertTimeoutPreemptively(HANG_GUARD, () -> threads.map(items, i -> {
            if (i >= 198) {
                try {
                    lastTwo.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return i;
        }));

        assertEquals(items, results);
    }

    @Test
    void theFirstFailingItemOfAMapIsThrownWhicheverFailedFirst() {
        BuildThreads threads = threads(2);
        CountDownLatch laterFailed = new CountDownLatch(1);
        IllegalStateException first = new IllegalStateException("item 3");
        List<Integer> items = IntStream.range(0, 200).boxed().toList();

        IllegalStateException thrown = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(IllegalStateException.class, () -> threads.map(items, i -> {
                    if (i == 3) {
                        try {
                            laterFailed.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        throw first;
                    }
                    if (i == 150) {
                        laterFailed.countDown();
                        throw new IllegalArgumentException("item 150");
                    }
                    return i;
                })));

        assertSame(first, thrown, "the earliest item's failure, as it was thrown");
    }

    @Test
    void asManyTasksRunAtOnceAsThereAreThreadsAndNoMore() {
        BuildThreads threads = threads(4);
        // each task waits until four are running: with fewer threads this would never end
        CyclicBarrier allFour = new CyclicBarrier(4);
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int number = i;
            tasks.add(() -> {
                used.add(Thread.currentThread());
                allFour.await();
                return number;
            });
        }

        List<Integer> results = assertTimeoutPreemptively(HANG_GUARD, () -> threads.invokeAll(tasks));

        assertEquals(IntStream.range(0, 16).boxed().toList(), results);
        assertEquals(4, used.size());
        for (Thread thread : used) {
            assertTrue(thread.isDaemon(), "a stuck template must not keep the JVM alive");
            assertTrue(thread.getName().startsWith(BuildThreads.NAME_PREFIX), thread.getName());
        }
    }

    @Test
    void aLoopInsideALoopRunsOnItsOwnThreadInsteadOfWaitingForItself() {
        BuildThreads one = threads(1);
        List<List<Integer>> nested = assertTimeoutPreemptively(HANG_GUARD,
                () -> one.map(List.of(1, 2, 3), i -> one.map(List.of(i, i * 10), j -> j + 1)));

        assertEquals(List.of(List.of(2, 11), List.of(3, 21), List.of(4, 31)), nested);
    }

    @Test
    void theFirstFailureInTheTasksOrderIsThrownWhicheverFailedFirst() {
        BuildThreads threads = threads(2);
        CountDownLatch secondFailed = new CountDownLatch(1);
        IllegalStateException first = new IllegalStateException("first");
        List<Callable<String>> tasks = List.of(
                () -> {
                    secondFailed.await();
                    throw first;
                },
                () -> {
                    secondFailed.countDown();
                    throw new IllegalArgumentException("second");
                });

        IllegalStateException thrown = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(IllegalStateException.class, () -> threads.invokeAll(tasks)));

        assertSame(first, thrown, "thrown as it was thrown, not wrapped");
    }

    @Test
    void aCheckedExceptionIsWrapped() {
        IOException unreadable = new IOException("unreadable");
        CompletionException thrown = assertThrows(CompletionException.class,
                () -> threads(1).invokeAll(List.<Callable<String>>of(() -> {
                    throw unreadable;
                })));
        assertSame(unreadable, thrown.getCause());
    }

    /** One task started while the caller goes on: it runs on a build thread, and its future gives what it made. */
    @Test
    void aTaskStartedAloneRunsOnABuildThreadWhileTheCallerGoesOn() {
        BuildThreads threads = threads(1);
        String thread = assertTimeoutPreemptively(HANG_GUARD, () -> {
            CountDownLatch callerWentOn = new CountDownLatch(1);
            java.util.concurrent.Future<String> started = threads.start(() -> {
                callerWentOn.await();
                return Thread.currentThread().getName();
            });
            callerWentOn.countDown();
            return started.get();
        });
        assertTrue(thread.startsWith(BuildThreads.NAME_PREFIX), thread);
    }

    @Test
    void bothGivesEachResultInItsPlace() {
        BuildThreads.Both<Integer, String> both = threads(2).both(() -> 42, () -> "answer");
        assertEquals(new BuildThreads.Both<>(42, "answer"), both);
    }

    @Test
    void anInterruptedCallerGoesOnOnlyOnceEveryTaskHasEnded() throws Exception {
        BuildThreads threads = threads(2);
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicBoolean everyTaskEnded = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(2);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tasks.add(() -> {
                bothStarted.countDown();
                try {
                    new CountDownLatch(1).await(); // until interrupted
                    return "never";
                } finally {
                    ended.countDown();
                }
            });
        }
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                threads.invokeAll(tasks);
            } catch (CancellationException e) {
                everyTaskEnded.set(ended.getCount() == 0);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
                thrown.set(e);
            }
        });
        caller.start();

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            bothStarted.await();
            caller.interrupt();
            caller.join();
        });

        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        assertTrue(everyTaskEnded.get(), "no task was still running when the caller went on");
        assertTrue(stillInterrupted.get(), "the caller's interrupt is kept for the build to see");
    }

    @Test
    void aBuildHasAtLeastOneThread() {
        assertEquals("a build needs at least one thread; asked for 0",
                assertThrows(IllegalArgumentException.class, () -> new BuildThreads(0)).getMessage());
    }
}
