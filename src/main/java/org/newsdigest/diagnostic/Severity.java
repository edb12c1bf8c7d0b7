package org.newsdigest.diagnostic;

import java.util.Locale;

public enum Severity {
    /** The file, page or setting cannot be used as it is. */
    ERROR,
    /** Something was dropped or guessed; the build goes on. */
    WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
