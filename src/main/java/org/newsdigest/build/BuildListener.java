package org.newsdigest.build;

/** Hears each step of a build begin and end, from the one thread that runs the steps ({@link PhaseRunner}). */
interface BuildListener {

    void phaseStarted(Phase phase);

    /** Not called for a step that threw. */
    void phaseEnded(Phase phase);
}
