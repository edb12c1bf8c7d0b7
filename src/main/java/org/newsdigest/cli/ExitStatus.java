package org.newsdigest.cli;

import org.newsdigest.diagnostic.EnvironmentFailure;

/** The documented exit statuses; part of the command-line contract. */
public final class ExitStatus {

    public static final int OK = 0;
    /** The build found a problem (an invalid article, a broken link, any problem in strict mode) and published nothing. */
    public static final int BUILD_FAILED = 1;
    /** The command line or the config is wrong, or the output folder is not news-digest's to replace. */
    public static final int USAGE = 2;
    /**
     * A template could not be loaded or failed while rendering, or a file of the theme's static folder was refused (a
     * link leading out of the templates folder): the theme is broken, not the content; nothing was published.
     */
    public static final int TEMPLATE_FAILED = 3;
    /** Reading or writing failed: disk full, read-only, permission denied. */
    public static final int IO_FAILURE = 4;
    /**
     * Java ran out of memory. The machine's resources failed, not the site, like a full disk, so it shares that status;
     * the line says which, and how to give Java more.
     */
    public static final int OUT_OF_MEMORY = IO_FAILURE;
    /** Another build of the same site holds its lock. */
    public static final int SITE_BUSY = 5;
    /** A bug in news-digest itself (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;
    /** Interrupted, as by Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    /** What every command's {@code --help} ends with, after an empty line. */
    static final String FOOTER =
            "Exit status: 0 done (built and published, or no broken link); 1 a content problem or broken link, nothing "
                    + "published; 2 usage or configuration error, or an output folder news-digest did not write; "
                    + "3 a template or a static file of the theme failed; 4 an I/O failure (disk full, read-only, "
                    + "permission denied) or out of memory; 5 another build of this site is running; 130 interrupted; "
                    + "70 a bug in news-digest (the trace is shown; --debug shows one for every failure).";

    private ExitStatus() {
    }

    static int of(EnvironmentFailure.Kind kind) {
        return switch (kind) {
            case IO -> IO_FAILURE;
            case SITE_BUSY -> SITE_BUSY;
            case OUTPUT_NOT_OURS -> USAGE;
            case INTERRUPTED -> INTERRUPTED;
        };
    }
}
