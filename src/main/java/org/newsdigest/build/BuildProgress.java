package org.newsdigest.build;

/**
 * Hears how far a build has got, for a progress line on a terminal. Called from several threads at once;
 * implementations must be thread-safe and cheap.
 */
public interface BuildProgress {

    BuildProgress SILENT = new BuildProgress() {
        @Override
        public void parsed(int done, int total) {
        }

        @Override
        public void written(int files) {
        }
    };

    /** {@code done} of {@code total} content files have been read and parsed. */
    void parsed(int done, int total);

    /** {@code files} output files have been written so far. */
    void written(int files);
}
