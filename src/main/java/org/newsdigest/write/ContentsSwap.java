package org.newsdigest.write;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Publishes into an output folder that cannot itself be renamed: a mount point (a Docker volume, a bind mount), which
 * Linux refuses to rename with EBUSY. The folder stays; its entries are replaced. The new site is first copied into
 * {@value #INCOMING} inside the folder (on the mounted file system, so that what follows is renames only) while the
 * published site stays as it is; then each old entry but the marker is renamed into {@value #OUTGOING}, the marker is
 * replaced in one rename, and each new entry is renamed in. A failure on the way renames back what was moved, so the
 * old site is whole again. Weaker than renaming the folder: the swap is one rename per top-level entry, not one for
 * the site, so a build killed in that instant leaves a mix of both sites (marked as news-digest's, so the next build
 * replaces it), and the new site is copied, not moved.
 */
final class ContentsSwap {

    static final String INCOMING = ".news-digest.incoming";
    static final String OUTGOING = ".news-digest.outgoing";

    private ContentsSwap() {
    }

    /**
     * Replaces the entries of {@code output} with those of {@code site}.
     *
     * @return an old file that could not be removed once the new site was in (a warning: the site is published)
     */
    static Optional<FileSystemException> publish(Path site, Path output, StagingArea.Checkpoints checkpoints)
            throws IOException {
        Path incoming = output.resolve(INCOMING);
        Path outgoing = output.resolve(OUTGOING);
        // what a build killed here before left
        throwIfLeft(StagingArea.deleteTree(incoming));
        throwIfLeft(StagingArea.deleteTree(outgoing));
        copyTree(site, incoming);
        Files.createDirectory(outgoing);
        List<Path> movedOut = new ArrayList<>();
        List<Path> movedIn = new ArrayList<>();
        try {
            for (Path old : entries(output)) {
                if (!old.getFileName().toString().equals(StagingArea.MARKER)) {
                    movedOut.add(rename(old, outgoing.resolve(old.getFileName().toString())));
                }
            }
            checkpoints.reached(StagingArea.Point.OUTPUT_SET_ASIDE, outgoing);
            // one rename over the old marker: the folder is marked as news-digest's at every moment
            Files.move(incoming.resolve(StagingArea.MARKER), output.resolve(StagingArea.MARKER),
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            for (Path fresh : entries(incoming)) {
                movedIn.add(rename(fresh, output.resolve(fresh.getFileName().toString())));
            }
        } catch (IOException e) {
            putBack(movedIn, incoming, e);
            putBack(movedOut, output, e);
            StagingArea.deleteTree(incoming);
            StagingArea.deleteTree(outgoing);
            throw e;
        }
        Files.delete(incoming);
        return StagingArea.deleteTree(outgoing);
    }

    /** True when {@code output} is a folder on another file system than the folder it is in: a mount point. */
    static boolean isMountPoint(Path output) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            return Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) && parent != null
                    && !Files.getFileStore(output).equals(Files.getFileStore(parent));
        } catch (IOException e) {
            return false; // then the rename is tried, and its failure tells
        }
    }

    /** The entries of {@code folder}, but the swap's own two folders, in name order. */
    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !entry.getFileName().toString().equals(INCOMING)
                    && !entry.getFileName().toString().equals(OUTGOING)).sorted().toList();
        }
    }

    private static Path rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        return to;
    }

    /** Renames each of {@code moved} back into {@code folder}, newest first, going on past one that fails. */
    private static void putBack(List<Path> moved, Path folder, IOException cause) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            Path entry = moved.get(i);
            try {
                Files.move(entry, folder.resolve(entry.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * Copies {@code from} to {@code to} (which must not exist), files with their modification times, links as links.
     * A file's time is set apart because COPY_ATTRIBUTES rounds it to the microsecond, and the manifest recorded it to
     * the nanosecond: with the rounded time, the next build would trust no published file and write every one again.
     */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                Files.createDirectory(to.resolve(from.relativize(folder).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile()) {
                    Files.setLastModifiedTime(copy, attributes.lastModifiedTime());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void throwIfLeft(Optional<FileSystemException> failure) throws FileSystemException {
        if (failure.isPresent()) {
            throw failure.get();
        }
    }
}
