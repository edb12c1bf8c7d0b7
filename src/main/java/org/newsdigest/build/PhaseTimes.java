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
        long nanos = System.nanoTime() - started;
        // a step run in two parts (the templates: started, then waited for) is one time, where it first ran
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i).name().equals(phase.shownAs())) {
                times.set(i, new Time(phase.shownAs(), times.get(i).nanos() + nanos));
                return;
            }
        }
        times.add(new Time(phase.shownAs(), nanos));
    }

    List<Time> times() {
        return List.copyOf(times);
    }
}
