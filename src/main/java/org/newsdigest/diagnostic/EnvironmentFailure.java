package org.newsdigest.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine, not the site and not news-digest, stopped a build: a full disk, a read-only or locked folder, another
 * build of the same site, an output folder news-digest did not write, an interrupt. Not a bug: the command line
 * prints {@link #format} as one line, with the exit status of its {@link Kind}, and no stack trace.
 */
public final class EnvironmentFailure extends RuntimeException {

    /** What kind of failure; each has its own exit status. */
    public enum Kind {
        /** Reading or writing a file failed: disk full, read-only, permission denied, a dangling link. */
        IO,
        /** Another build holds the site's lock. */
        SITE_BUSY,
        /** The output folder holds files news-digest did not write; replacing it would lose them. */
        OUTPUT_NOT_OURS,
        /** The build was interrupted (Ctrl-C, or its thread was interrupted). */
        INTERRUPTED
    }

    private final Kind kind;
    private final Path path;
    private final String template;

    /**
     * @param template the message, with one {@code %s} where the path goes (quoted and shown relative to the working
     *                 folder when printed)
     */
    public EnvironmentFailure(Kind kind, Path path, String template, Throwable cause) {
        super(String.format(Locale.ROOT, template, "'" + path + "'"), cause);
        this.kind = kind;
        this.path = path;
        this.template = template;
    }

    public EnvironmentFailure(Kind kind, Path path, String template) {
        this(kind, path, template, null);
    }

    /**
     * {@code cannot write 'output/index.html' (no space left on device); free some disk space and build again}.
     *
     * @param doing what failed, as a verb and its object's kind: {@code write}, {@code create the folder}
     */
    public static EnvironmentFailure io(String doing, Path path, IOException cause) {
        String reason = ReadFailure.reason(cause);
        return new EnvironmentFailure(Kind.IO, path, "cannot " + doing + " %s (" + reason + "); " + advice(cause, reason), cause);
    }

    public Kind kind() {
        return kind;
    }

    public Path path() {
        return path;
    }

    /** The one line to print, with the path shown relative to {@code base} when inside it. */
    public String format(Path base) {
        return String.format(Locale.ROOT, template, "'" + DisplayPaths.show(path, base) + "'");
    }

    /**
     * The JDK gives a full disk, a read-only file system and an immutable file no exception type of their own, only the
     * system's error text, so that text picks the advice; anything else gets the general one.
     */
    private static String advice(IOException cause, String reason) {
        String text = reason.toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("quota")) {
            return "free some disk space and build again";
        }
        if (text.contains("read-only file system")) {
            return "make that file system writable, or set 'output' to a folder on a writable one";
        }
        if (cause instanceof AccessDeniedException || text.contains("operation not permitted")) {
            return "give news-digest write access there (check the owner, the mode, and 'lsattr' for an immutable file) and build again";
        }
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "it went away while news-digest used it; build again";
        }
        return "fix that and build again";
    }
}
