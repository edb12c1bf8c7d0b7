package org.newsdigest.cli;

/** The documented exit statuses; part of the command-line contract. */
public final class ExitStatus {

    public static final int OK = 0;
    /** The build found a problem (a broken link, a failing template) and published nothing. */
    public static final int BUILD_FAILED = 1;
    /** The command line or the config is wrong. */
    public static final int USAGE = 2;
    /** A bug in news-digest itself (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private ExitStatus() {
    }
}
