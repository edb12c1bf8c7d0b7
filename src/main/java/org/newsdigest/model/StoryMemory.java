package org.newsdigest.model;

import java.util.Optional;

/**
 * Where {@link StoryGrouper} finds the {@link StoryPairs} the last grouping of the site found, and leaves the ones it
 * finds for the next: a file beside the output for {@code build}, memory for {@code serve}.
 */
public interface StoryMemory {

    /** Remembers nothing: every grouping starts from scratch. */
    StoryMemory NONE = new StoryMemory() {
        @Override
        public Optional<StoryPairs> recall() {
            return Optional.empty();
        }

        @Override
        public void keep(StoryPairs pairs) {
            // nothing to keep them for
        }
    };

    /** What the last grouping found, when it is kept and still for the same code; empty otherwise. */
    Optional<StoryPairs> recall();

    void keep(StoryPairs pairs);
}
