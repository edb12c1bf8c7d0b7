package org.newsdigest.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.diagnostic.EnvironmentFailure;

/**
 * The lock one site's builds share: a file beside the output ({@code .output.lock} for {@code output}) that a build,
 * a check or a preview rebuild holds an operating-system lock on while it runs. A second one stops at once instead of
 * racing the first on the staging folder. The lock goes with the process, so a killed build never leaves the site
 * locked; the file itself stays, empty, because removing it would let two builds lock two different files.
 */
public final class SiteLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the site published to {@code output}. */
    public static Path beside(Path output) {
        return OutputSiblings.of(output).lock();
    }

    /** Takes the lock, or throws at once when another build holds it (in this process or another). */
    public static SiteLock take(Path lockFile) {
        FileChannel channel;
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw EnvironmentFailure.io("create the lock file", lockFile, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new SiteLock(channel, lock);
            }
        } catch (OverlappingFileLockException heldHere) {
            // another build of this site in this same process: as busy as one in another
        } catch (IOException e) {
            closeQuietly(channel);
            throw EnvironmentFailure.io("lock", lockFile, e);
        }
        closeQuietly(channel);
        throw busy(lockFile);
    }

    /**
     * For a reader of the published site ({@code check}), which must work on a read-only file system and must not
     * leave a lock file beside a folder that no build wrote: a shared lock on the lock file if it is there and can be
     * opened for reading, else none (no build of this site has run from here, or the reader may not open it). Throws
     * at once when a build holds it; several readers may hold it together.
     */
    public static Optional<SiteLock> takeForReadingIfThere(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return Optional.empty();
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.READ);
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock != null) {
                return Optional.of(new SiteLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // a build of this site in this same process: as busy as one in another
        } catch (IOException e) {
            // a file system without locks: read without one, as where there is no lock file
            closeQuietly(channel);
            return Optional.empty();
        }
        closeQuietly(channel);
        throw busy(lockFile);
    }

    static EnvironmentFailure busy(Path lockFile) {
        return new EnvironmentFailure(EnvironmentFailure.Kind.SITE_BUSY, lockFile,
                "another build of this site is running (lock %s); wait for it to end, then build again");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock dies with the channel or the process; nothing is left to do
        }
    }
}
