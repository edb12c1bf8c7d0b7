package org.newsdigest.build;

import java.util.function.Supplier;

/**
 * The one place a build's steps are run: tells the listener of each step's start and end, and stops the build
 * between steps when its thread is interrupted (Ctrl-C in {@code build}, a newer change in {@code serve}).
 */
final class PhaseRunner {

    private final BuildListener listener;
    private final Runnable stopIfInterrupted;

    /** @param stopIfInterrupted throws when the thread is interrupted */
    PhaseRunner(BuildListener listener, Runnable stopIfInterrupted) {
        this.listener = listener;
        this.stopIfInterrupted = stopIfInterrupted;
    }

    <T> T run(Phase phase, Supplier<T> step) {
        if (phase.stopsOnInterrupt()) {
            stopIfInterrupted.run();
        }
        listener.phaseStarted(phase);
        T result;
        try {
            result = step.get();
        } catch (RuntimeException e) {
            // an interrupt shows as whatever failure it caused in the step (a closed channel, a stopped render)
            if (phase.stopsOnInterrupt()) {
                stopIfInterrupted.run();
            }
            throw e;
        }
        listener.phaseEnded(phase);
        return result;
    }
}
