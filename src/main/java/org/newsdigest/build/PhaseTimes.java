package org.newsdigest.build;

import java.util.ArrayList;
import java.util.List;

/** How long each step of one build took, in the order they ran; what {@code build --timings} prints. */
final class PhaseTimes {

    /** One step and its wall-clock time. */
    record Phase(String name, long nanos) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the step called {@code name}, which began when the previous one ended. */
    void lap(String name) {
        long now = System.nanoTime();
        phases.add(new Phase(name, now - last));
        last = now;
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }
}
