package org.newsdigest.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.newsdigest.render.RenderedPage;

/**
 * A folder beside the output folder ({@code .output.staging} for {@code output}) that a build writes into.
 * Only {@link #publish()} touches the output folder; {@link #discard()} removes the staging folder and
 * nothing else.
 */
public final class StagingArea {

    /** In the staging folder of an incremental build: the files to delete, one per line; written before publishing. */
    private static final String JOURNAL = ".news-digest-publish";

    private final Path output;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders already made: asking the file system again for each of 60,000 pages costs a system call and an exception. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private StagingArea(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Puts the last good site back if a build was killed inside {@link #publish()} between moving the output aside
     * and moving the new site in: then there is no output folder, and the old site waits beside it. Every build calls
     * this first, so even a build that fails before writing anything leaves the output as it was.
     */
    public static void restoreAfterInterruptedPublish(Path output) {
        Path previous = sibling(output, "previous");
        Path staging = sibling(output, "staging");
        try {
            if (Files.isRegularFile(staging.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS)) {
                new StagingArea(output, staging).applyChanges();
            }
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
                move(previous, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + previous + " back to " + output, e);
        }
    }

    /** Creates an empty staging folder, removing one a killed build may have left behind. */
    public static StagingArea create(Path output) {
        Path staging = sibling(output, "staging");
        try {
            Files.createDirectories(output.getParent());
            deleteIfPresent(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging folder " + staging, e);
        }
        return new StagingArea(output, staging);
    }

    public Path root() {
        return staging;
    }

    public int filesWritten() {
        return written.size();
    }

    /** The paths written so far. */
    public Set<String> written() {
        return Collections.unmodifiableSet(written);
    }

    public void write(RenderedPage page) {
        if (!written.add(page.path())) {
            throw new IllegalStateException("two outputs were rendered to the same path: " + page.path());
        }
        Path target = staging.resolve(page.path());
        try {
            if (!folders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            Files.write(target, page.content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Replaces the output folder with the staging folder: two renames, the old output removed after. */
    public void publish() {
        Path previous = sibling(output, "previous");
        try {
            deleteIfPresent(previous);
            if (Files.exists(output)) {
                move(output, previous);
            }
            move(staging, output);
            deleteIfPresent(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staging + " to " + output, e);
        }
    }

    public void discard() {
        try {
            deleteIfPresent(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
        }
    }

    /**
     * Publishes the files written here into the output folder, which keeps every other file, and removes
     * {@code deleted} from it. For an incremental build, whose staging folder holds only what changed. The list of
     * deletions is written first; from then on the change is carried through even if the build is killed: the next
     * build finishes it before it does anything else.
     */
    public void publishChanges(Set<String> deleted) {
        try {
            Path journal = staging.resolve(JOURNAL);
            Files.write(journal.resolveSibling(JOURNAL + ".new"), (String.join("\n", deleted.stream().sorted().toList()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            move(journal.resolveSibling(JOURNAL + ".new"), journal);
            applyChanges();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staging + " to " + output, e);
        }
    }

    /** Moves every staged file over its old version, removes the files the journal lists, then the staging folder. */
    private void applyChanges() throws IOException {
        Path journal = staging.resolve(JOURNAL);
        List<String> deleted = Files.readAllLines(journal).stream().filter(line -> !line.isEmpty()).toList();
        Files.createDirectories(output);
        List<Path> staged;
        try (Stream<Path> walk = Files.walk(staging)) {
            staged = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !file.equals(journal)).toList();
        }
        for (Path file : staged) {
            Path target = output.resolve(staging.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String path : deleted) {
            Path gone = output.resolve(path).normalize();
            if (!gone.startsWith(output)) {
                throw new IllegalStateException("the publish journal names a file outside the output folder: " + path);
            }
            Files.deleteIfExists(gone);
            for (Path folder = gone.getParent(); !folder.equals(output) && isEmptyFolder(folder); folder = folder.getParent()) {
                Files.delete(folder);
            }
        }
        deleteIfPresent(staging);
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Path sibling(Path output, String purpose) {
        return output.resolveSibling("." + output.getFileName() + "." + purpose);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteIfPresent(Path folder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            PathUtils.deleteDirectory(folder);
        }
    }
}
