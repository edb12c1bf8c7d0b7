package org.newsdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Rebuilds one at a time, never blocking who asks, and a stuck one left behind so that the next can start. */
class RebuildRunnerTest {

    /** Hang guard for waits that end at once when the runner works. */
    static final long GUARD_SECONDS = 30;

    @Test
    void changesDuringARebuildAreFoldedIntoOneMoreAfterIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        List<Integer> lanes = new CopyOnWriteArrayList<>();
        try (RebuildRunner runner = new RebuildRunner(Duration.ofMinutes(10), lane -> {
            lanes.add(lane);
            events.add("started " + lanes.size());
            if (lanes.size() == 1) {
                await(release);
            }
        }, after -> events.add("stuck"))) {
            runner.request();
            assertEquals("started 1", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            for (int i = 0; i < 50; i++) {
                runner.request(); // returns at once although a rebuild runs
            }
            assertFalse(runner.awaitIdle(Duration.ofMillis(100)), "the first rebuild is still running");
            release.countDown();
            assertEquals("started 2", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertTrue(runner.awaitIdle(Duration.ofSeconds(GUARD_SECONDS)));
            assertEquals(List.of(1, 1), lanes, "fifty changes, one more rebuild, in the same lane");
            assertTrue(events.isEmpty(), events.toString());
        }
    }

    /** A build stops at its next step when interrupted; a newer change then need not wait for the old build's end. */
    @Test
    void aChangeDuringARebuildCancelsItAndTheNextStartsInTheSameLane() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (RebuildRunner runner = new RebuildRunner(Duration.ofMinutes(10), lane -> {
            events.add("started in lane " + lane);
            try {
                never.await(); // a long build, which checks for interruption between its steps
                events.add("finished");
            } catch (InterruptedException e) {
                events.add("cancelled");
            }
        }, after -> events.add("stuck"))) {
            runner.request();
            assertEquals("started in lane 1", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            runner.request();
            runner.request();
            assertEquals("cancelled", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertEquals("started in lane 1", events.poll(GUARD_SECONDS, TimeUnit.SECONDS), "one more build, same lane");
            never.countDown();
            assertEquals("finished", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertTrue(runner.awaitIdle(Duration.ofSeconds(GUARD_SECONDS)));
            assertEquals(null, events.poll(200, TimeUnit.MILLISECONDS), "two changes, one cancel, one more build");
        }
    }

    @Test
    void aStuckRebuildIsReportedAndTheNextChangeStartsAFreshLaneAtOnce() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> interrupted = new LinkedBlockingQueue<>();
        RebuildRunner[] runner = new RebuildRunner[1];
        runner[0] = new RebuildRunner(Duration.ofMillis(300), lane -> {
            events.add("started in lane " + lane);
            if (lane == 1) {
                try {
                    never.await(); // a template that loops, say
                } catch (InterruptedException e) {
                    interrupted.add(true);
                    await(never); // and goes on ignoring the interruption, as FreeMarker would
                }
            }
            events.add("ended in lane " + lane + ", current: " + runner[0].isCurrent(lane));
        }, after -> events.add("stuck after " + after.toMillis() + " ms"));
        try {
            runner[0].request();
            assertEquals("started in lane 1", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertEquals("stuck after 300 ms", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            runner[0].request();
            assertEquals("started in lane 2", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertEquals("ended in lane 2, current: true", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertTrue(runner[0].awaitIdle(Duration.ofSeconds(GUARD_SECONDS)), "the stuck build no longer counts");
            // the stuck lane's thread sees its interruption when it next runs, which on a loaded machine may be later
            assertEquals(Boolean.TRUE, interrupted.poll(GUARD_SECONDS, TimeUnit.SECONDS), "the stuck build was interrupted");
            assertFalse(runner[0].isCurrent(1));

            never.countDown();
            assertEquals("ended in lane 1, current: false", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertTrue(runner[0].awaitIdle(Duration.ofSeconds(GUARD_SECONDS)));
            assertEquals(null, events.poll(200, TimeUnit.MILLISECONDS), "its end starts nothing");
            assertEquals(List.of(), List.copyOf(interrupted), "it was interrupted once");
        } finally {
            never.countDown();
            runner[0].close();
        }
    }

    @Test
    void aChangeWaitingBehindARebuildThatGetsStuckStartsWhenItIsReported() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (RebuildRunner runner = new RebuildRunner(Duration.ofMillis(300), lane -> {
            events.add("started in lane " + lane);
            if (lane == 1) {
                await(never);
            }
        }, after -> events.add("stuck"))) {
            runner.request();
            assertEquals("started in lane 1", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            runner.request();
            assertEquals("stuck", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            assertEquals("started in lane 2", events.poll(GUARD_SECONDS, TimeUnit.SECONDS));
            never.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignoredAsALoopInsideFreeMarkerWould) {
                // a build that does not get to its next step keeps running
            }
        }
    }
}
