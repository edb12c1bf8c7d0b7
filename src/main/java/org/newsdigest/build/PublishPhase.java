package org.newsdigest.build;

import java.nio.file.Path;
import java.util.Optional;
import org.newsdigest.check.LinkReport;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.threads.BuildThreads;

/**
 * Replaces the output by the new site, then lets the incremental state remember it. The manifest of the old output is
 * forgotten first and the new one kept after; failing to keep it only makes the next build a full one.
 */
final class PublishPhase {

    /**
     * @param changed false when the new site is the published one, file for file: nothing was moved and the
     *                manifest on record describes it already
     * @param warning what publishing could not tidy up (an old site's file it could not remove)
     */
    record Published(boolean changed, Optional<Problem> warning) {
    }

    private final IncrementalState state;
    private final Path displayBase;

    PublishPhase(IncrementalState state, Path displayBase) {
        this.state = state;
        this.displayBase = displayBase;
    }

    Published publish(SiteOutput output) {
        if (output.isUnchanged()) {
            return new Published(false, Optional.empty());
        }
        state.forgetManifest();
        return new Published(true, output.publish().map(this::warning));
    }

    /**
     * The manifest of the site about to be published, and the step that keeps it: made before {@link #publish}, so
     * that comparing it with the last one goes on on {@code threads} while the site is published.
     */
    Remembering startRemembering(SiteOutput output, LinkReport links, BuildStamps stamps, BuildThreads threads) {
        if (output.isUnchanged()) {
            return new Remembering(() -> { });
        }
        return new Remembering(state.keepManifestSoon(output.manifest(links), stamps.output(), threads));
    }

    /** What {@link #remember} does once the site is published. */
    record Remembering(Runnable keep) {
    }

    /** @return a warning when the manifest could not be kept, which makes the next build a full one */
    Optional<Problem> remember(Published published, Remembering remembering) {
        if (!published.changed()) {
            return Optional.empty();
        }
        try {
            remembering.keep().run();
            return Optional.empty();
        } catch (EnvironmentFailure e) {
            return Optional.of(Problem.warning(SourcePosition.unplaced(state.siblings().output()),
                    "published, but " + e.format(displayBase) + ", so the next build is a full one"));
        }
    }

    Problem warning(EnvironmentFailure failure) {
        return Problem.warning(SourcePosition.unplaced(state.siblings().output()), failure.format(displayBase));
    }
}
