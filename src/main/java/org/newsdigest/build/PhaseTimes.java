package org.newsdigest.build;

import java.util.ArrayList;
import java.util.List;

/** How long each step of one build took, in the order they ran; what {@code build --timings} prints. */
final class PhaseTimes implements BuildListener {

    /** One step, by the name {@code --timings} shows, and its wall-clock time. */
    record Time(String name, long nanos) {
    }

    private final List<Time> times = new ArrayList<>();
    private long started;

    @Override
    public void phaseStarted(Phase phase) {
        started = System.nanoTime();
    }

    @Override
    public void phaseEnded(Phase phase) {
        times.add(new Time(phase.shownAs(), System.nanoTime() - started));
    }

    List<Time> times() {
        return List.copyOf(times);
    }
}
