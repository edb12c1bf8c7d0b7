package org.newsdigest.build;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long each step of one build took, in the order of the pipeline ({@link Phase}); what {@code build --timings}
 * prints. A step run in parts (the templates, started and then waited for; the cache, made ready before the publish
 * and written after) is one time.
 */
final class PhaseTimes implements BuildListener {

    /** One step, by the name {@code --timings} shows, and its wall-clock time. */
    record Time(String name, long nanos) {
    }

    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private long started;

    @Override
    public void phaseStarted(Phase phase) {
        started = System.nanoTime();
    }

    @Override
    public void phaseEnded(Phase phase) {
        nanos.merge(phase, System.nanoTime() - started, Long::sum);
    }

    List<Time> times() {
        return nanos.entrySet().stream().map(step -> new Time(step.getKey().shownAs(), step.getValue())).toList();
    }
}
