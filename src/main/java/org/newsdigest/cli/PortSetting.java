package org.newsdigest.cli;

import java.util.Optional;

/** The preview's port as the user gave it ({@code --port}, {@code news-digest.port}): checked before anything starts. */
public final class PortSetting {

    private PortSetting() {
    }

    /** The one line saying why {@code port} cannot be used, {@code news-digest: } included; empty when it can. */
    public static Optional<String> problem(String setting, int port) {
        if (port >= 0 && port <= 65_535) {
            return Optional.empty();
        }
        return Optional.of("news-digest: " + setting + " must be 0 to 65535 (0 picks a free port); found " + port);
    }
}
