package org.newsdigest.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** What a user reads when a file cannot be read: a reason and what to do, never a Java class name or a repeated path. */
class ReadFailureTest {

    @Test
    void eachKindOfFailureHasItsOwnWords() {
        assertEquals("deleted while the build read it; build again",
                ReadFailure.message(new NoSuchFileException("/site/seeds/a.txt")));
        assertEquals("cannot be read: permission denied; let the user running news-digest read it (for example with chmod)",
                ReadFailure.message(new AccessDeniedException("/site/seeds/a.txt")));
        assertEquals("cannot be read: it was a folder and is now a file; build again",
                ReadFailure.message(new NotDirectoryException("/site/seeds/2024")));
        assertEquals("cannot be read: symbolic links lead round in a loop; check it and build again",
                ReadFailure.message(new FileSystemLoopException("/site/seeds/loop")));
    }

    @Test
    void otherwiseTheSystemsOwnReasonIsKeptWithoutThePathOrTheClassName() {
        assertEquals("cannot be read: input/output error; check it and build again",
                ReadFailure.message(new FileSystemException("/site/seeds/a.txt", null, "Input/output error")));
        assertEquals("cannot be read: an input/output error; check it and build again",
                ReadFailure.message(new FileSystemException("/site/seeds/a.txt")));
        assertEquals("cannot be read: stream closed; check it and build again", ReadFailure.message(new IOException("Stream closed")));
    }
}
