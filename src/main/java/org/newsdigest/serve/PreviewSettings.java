package org.newsdigest.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient and how large a {@code serve} run is.
 *
 * @param idleTimeout       how long a connection may take to send its request, and a client to take each part of a
 *                          response; a slower connection is closed (with a 408 when half a request came)
 * @param requestThreads    threads answering requests; each answers one connection at a time, then closes it
 * @param waitingRequests   connections that may wait for a free thread; more get a 503 at once
 * @param liveReloadClients open live-reload streams (tabs); one more gets a 503 and that tab does not reload by itself
 * @param rebuildStuckAfter a rebuild running longer is reported, and the next change starts a fresh build beside it
 * @param pollInterval      how often the watched folders' identity is checked, for folders replaced as a whole
 * @param debounce          how long things must be quiet after a change before the rebuild starts
 */
public record PreviewSettings(Duration idleTimeout, int requestThreads, int waitingRequests, int liveReloadClients,
        Duration rebuildStuckAfter, Duration pollInterval, Duration debounce) {

    public static final PreviewSettings DEFAULTS = new PreviewSettings(Duration.ofSeconds(10), 8, 64, 256,
            Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofMillis(150));

    public PreviewSettings {
        for (Duration d : new Duration[] {idleTimeout, rebuildStuckAfter, pollInterval, debounce}) {
            Objects.requireNonNull(d);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every duration must be positive: " + d);
            }
        }
        if (requestThreads < 1 || waitingRequests < 1 || liveReloadClients < 1) {
            throw new IllegalArgumentException("thread and connection counts must be positive");
        }
    }

    public PreviewSettings withIdleTimeout(Duration timeout) {
        return new PreviewSettings(timeout, requestThreads, waitingRequests, liveReloadClients, rebuildStuckAfter,
                pollInterval, debounce);
    }

    public PreviewSettings withRebuildStuckAfter(Duration limit) {
        return new PreviewSettings(idleTimeout, requestThreads, waitingRequests, liveReloadClients, limit, pollInterval,
                debounce);
    }

    public PreviewSettings withLiveReloadClients(int cap) {
        return new PreviewSettings(idleTimeout, requestThreads, waitingRequests, cap, rebuildStuckAfter, pollInterval,
                debounce);
    }
}
