package org.newsdigest.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file or folder could not be read, said the way a person would, with what to do: the message of a problem
 * placed at that file. Classified by the exception's type; for the rest the operating system's own reason (such as
 * "Input/output error") is kept, never a Java class name or the path the problem's position already shows.
 */
public final class ReadFailure {

    private ReadFailure() {
    }

    /** The whole message: what happened and what to do. */
    public static String message(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "deleted while the build read it; build again";
        }
        if (e instanceof NotDirectoryException) {
            return "cannot be read: it was a folder and is now a file; build again";
        }
        return "cannot be read: " + reason(e) + "; " + (e instanceof AccessDeniedException
                ? "let the user running news-digest read it (for example with chmod)" : "check it and build again");
    }

    /** The reason alone, such as "permission denied" or "input/output error", to go inside a sentence. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic links lead round in a loop";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "an input/output error";
        }
        // the C library's wording ("Is a directory") reads better inside a sentence in lower case
        return reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))
                ? Character.toLowerCase(reason.charAt(0)) + reason.substring(1) : reason;
    }
}
