package org.newsdigest.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A walk of the spare (the site before last, {@code .output.spare}) that reads the attributes of each of its files on
 * a thread of its own while the build parses and renders, so that publishing, which must know every file of the spare
 * to bring it up to date, finds them read. Started once the site's lock is held: no other build writes the spare then.
 *
 * <p>Anything else could still change the spare between this walk and the publish (a hand edit of the hidden folder).
 * The publish therefore trusts the walk's findings only while every folder of the spare has the identity and the
 * modification time the walk found, which any file added, removed or renamed in it changes; otherwise it walks the
 * spare again. (A file's bytes rewritten in place change no folder; a kept file is a hard link to the published one,
 * which the walk at publish could not tell apart either.)
 */
public final class SpareSurvey implements AutoCloseable {

    /**
     * The spare's files and folders as the walk found them. Each file by its path relative to the spare, with its
     * attributes and the folder it is in; each folder in the order the walk met it, the spare first, so that every
     * folder comes before the folders inside it.
     */
    record Listing(Map<String, SpareFile> files, List<Folder> folders) {

        /** Whether every folder under {@code spare} is still the one the walk read, unchanged. */
        boolean stillDescribes(Path spare) {
            // one stat per folder, the publish's main cost, on every core: nothing else runs while it publishes
            return folders.parallelStream().allMatch(folder -> unchanged(spare.resolve(folder.path()), folder.stamp()));
        }

        private static boolean unchanged(Path folder, FolderStamp walked) {
            try {
                BasicFileAttributes now = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return now.isDirectory() && walked.sameAs(FolderStamp.of(now));
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** A file of the spare: its attributes, and the index in {@link Listing#folders()} of the folder it is in. */
    record SpareFile(BasicFileAttributes attributes, int folder) {
    }

    /**
     * A folder of the spare: its path relative to the spare ("" for the spare), the index of the folder it is in (-1
     * for the spare) and its stamp.
     */
    record Folder(String path, int parent, FolderStamp stamp) {
    }

    /** What changes when an entry of a folder is added, removed or renamed, or the folder is replaced. */
    record FolderStamp(Object fileKey, FileTime modified) {
        static FolderStamp of(BasicFileAttributes attributes) {
            return new FolderStamp(attributes.fileKey(), attributes.lastModifiedTime());
        }

        /** Without file keys (some file systems), a folder's time alone cannot show it was not replaced. */
        boolean sameAs(FolderStamp now) {
            return fileKey != null && fileKey.equals(now.fileKey) && modified.equals(now.modified);
        }
    }

    private final Optional<Thread> walker;
    private volatile boolean cancelled;
    private Optional<Listing> found = Optional.empty();

    private SpareSurvey(Path spare, boolean start) {
        if (!start) {
            walker = Optional.empty();
            return;
        }
        Thread thread = new Thread(() -> found = walk(spare), "news-digest-spare-survey");
        thread.setDaemon(true);
        walker = Optional.of(thread);
        thread.start();
    }

    /** Starts walking {@code spare}, if there is one. */
    public static SpareSurvey start(Path spare) {
        return new SpareSurvey(spare, Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS));
    }

    /** No walk: publishing walks the spare itself. */
    public static SpareSurvey none() {
        return new SpareSurvey(null, false);
    }

    /** Waits for the walk; empty when there was none, it failed, or it was stopped (even once it had ended). */
    Optional<Listing> listing() {
        awaitWalker();
        return cancelled ? Optional.empty() : found;
    }

    /** Stops the walk (a full build has no use for it, or the build is over) and waits until it has stopped. */
    @Override
    public void close() {
        cancelled = true;
        awaitWalker();
    }

    private void awaitWalker() {
        walker.ifPresent(thread -> {
            boolean interrupted = false;
            // the walk ends within one file once stopped; an interrupt of this thread must not leave it running
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private Optional<Listing> walk(Path spare) {
        Map<String, SpareFile> files = new HashMap<>();
        List<Folder> folders = new ArrayList<>();
        Deque<Integer> within = new ArrayDeque<>();
        int prefix = spare.toString().length();
        try {
            Files.walkFileTree(spare, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    folders.add(new Folder(relative(directory), within.isEmpty() ? -1 : within.peek(), FolderStamp.of(attributes)));
                    within.push(folders.size() - 1);
                    return cancelled ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.put(relative(file), new SpareFile(attributes, within.peek()));
                    return cancelled ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    within.pop();
                    return FileVisitResult.CONTINUE;
                }

                private String relative(Path path) {
                    // each path the walk gives starts with the spare's, and a separator after it but for the spare's own
                    String whole = path.toString();
                    String relative = whole.length() <= prefix ? "" : whole.substring(prefix + 1);
                    return path.getFileSystem().getSeparator().equals("/") ? relative : relative.replace('\\', '/');
                }
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the publish walks the spare itself, and meets the failure there if it lasts
        }
        return cancelled ? Optional.empty() : Optional.of(new Listing(files, folders));
    }
}
