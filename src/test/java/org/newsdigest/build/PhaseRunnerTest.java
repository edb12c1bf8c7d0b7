package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one place steps run: the listener hears each, and an interrupt stops the build between steps until publishing. */
class PhaseRunnerTest {

    private final List<String> heard = new ArrayList<>();
    private final BuildListener listener = new BuildListener() {
        @Override
        public void phaseStarted(Phase phase) {
            heard.add("start " + phase.shownAs());
        }

        @Override
        public void phaseEnded(Phase phase) {
            heard.add("end " + phase.shownAs());
        }
    };
    private final PhaseRunner runner = new PhaseRunner(listener, () -> {
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("stopped");
        }
    });

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void theListenerHearsEachStepStartAndEndWithItsResultPassedOn() {
        assertEquals("parsed", runner.run(Phase.PARSE, () -> {
            heard.add("parsing");
            return "parsed";
        }));
        assertEquals(List.of("start parse", "parsing", "end parse"), heard);
    }

    @Test
    void aStepThatThrowsIsNotHeardToEnd() {
        assertThrows(ArithmeticException.class, () -> runner.run(Phase.RENDER, () -> 1 / 0));
        assertEquals(List.of("start render"), heard);
    }

    @Test
    void anInterruptStopsTheBuildBeforeAStepUpToPublishingButNotAfter() {
        Thread.currentThread().interrupt();
        assertEquals("stopped", assertThrows(IllegalStateException.class, () -> runner.run(Phase.PUBLISH, () -> "published"))
                .getMessage());
        assertEquals(List.of(), heard);
        assertEquals("kept", runner.run(Phase.REMEMBER, () -> "kept"), "once published, the manifest is kept all the same");
    }

    @Test
    void timingsAreNamedAsBuildTimingsPrintsThem() {
        PhaseTimes times = new PhaseTimes();
        PhaseRunner timed = new PhaseRunner(times, () -> {
        });
        for (Phase phase : Phase.values()) {
            timed.run(phase, () -> phase);
        }
        assertEquals(List.of("templates", "parse", "model", "render", "check", "publish", "cache"),
                times.times().stream().map(PhaseTimes.Time::name).toList());
    }

    /** The cache step is made ready before the publish and written after it: one time, shown after the publish. */
    @Test
    void aStepRunInPartsIsOneTimeInThePipelinesOrder() {
        PhaseTimes times = new PhaseTimes();
        PhaseRunner timed = new PhaseRunner(times, () -> {
        });
        for (Phase phase : List.of(Phase.LOAD, Phase.PARSE, Phase.LOAD, Phase.MODEL, Phase.RENDER, Phase.CHECK,
                Phase.REMEMBER, Phase.PUBLISH, Phase.REMEMBER)) {
            timed.run(phase, () -> phase);
        }
        assertEquals(List.of("templates", "parse", "model", "render", "check", "publish", "cache"),
                times.times().stream().map(PhaseTimes.Time::name).toList());
    }
}
