package org.newsdigest.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.render.RenderedPage;

/**
 * A folder beside the output folder ({@code .output.staging} for {@code output}) that a build fills with the whole
 * new site: the pages it rendered, and hard links to the files it kept from the published site (copies where the file
 * system cannot link). {@link #publish()} then swaps it in by two renames, so the output folder is at every moment the
 * old complete site or the new one (for the instant between the renames it is absent, and a build killed there gets
 * the old one back from {@code .output.previous}). Only {@link #publish()} touches the output folder; {@link #discard()}
 * removes the staging folder and nothing else.
 */
public final class StagingArea {

    /**
     * The file every published site holds, which tells that news-digest wrote the folder and may replace it. A dot-file,
     * so static hosts that skip those skip it; GitHub Pages (the site has {@code .nojekyll}) serves it as the text below.
     */
    public static final String MARKER = ".news-digest";
    static final String MARKER_TEXT = "This folder is a site published by news-digest. Each build replaces all of it.\n";

    /** Named moments of a build's writing and publishing; a test stops a build at one as a kill would. */
    public enum Point {
        STAGING_CREATED, FILE_WRITTEN, FILE_KEPT, MARKER_WRITTEN,
        /** Just before the output folder is renamed aside: a test fails the rename here as a mount point's would. */
        SETTING_OUTPUT_ASIDE,
        OUTPUT_SET_ASIDE, NEW_SITE_MOVED_IN, OLD_SITE_PUT_AWAY
    }

    /** Told of each {@link Point} as it is reached, with the path it concerns; may throw to inject a failure there. */
    @FunctionalInterface
    public interface Checkpoints {
        Checkpoints NONE = (point, path) -> {
        };

        void reached(Point point, Path path) throws IOException;
    }

    private final Path output;
    private final Path staging;
    private final Checkpoints checkpoints;
    private final SpareSurvey spareSurvey;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders already made: asking the file system again for each of 60,000 pages costs a system call and an exception. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /**
     * Writes share it, {@link #discard()} takes it alone: a render part still running when the build stops (an
     * interrupt does not wait for them) finds the area discarded instead of making folders in a removed one.
     */
    private final ReadWriteLock use = new ReentrantReadWriteLock();
    private boolean discarded;
    /** A full build's removal of the spare, which it has no use for, while it renders; empty when none runs. */
    private Optional<Thread> spareRemoval = Optional.empty();

    private StagingArea(Path output, Path staging, Checkpoints checkpoints, SpareSurvey spareSurvey) {
        this.output = output;
        this.staging = staging;
        this.checkpoints = checkpoints;
        this.spareSurvey = spareSurvey;
    }

    /**
     * Puts the last good site back if a build was killed inside {@link #publish()} between moving the output aside
     * and moving the new site in: then there is no output folder, and the old site waits beside it. Also removes what
     * a killed build left: a set-aside old site once the output is in place, and old files that could not be removed
     * before. Every build calls this first, so even a build that fails before writing anything leaves the output as
     * it was.
     *
     * @return a file left from an old site that still cannot be removed (a warning, not a failure)
     */
    public static Optional<EnvironmentFailure> restoreAfterInterruptedPublish(Path output) {
        Path previous = OutputSiblings.of(output).previous();
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            try {
                move(previous, output);
            } catch (IOException e) {
                throw EnvironmentFailure.io("move the last good site back from", previous, e);
            }
        }
        spareOrClear(output, previous);
        Optional<EnvironmentFailure> stuck = clearAside(output, previous);
        Path trash = OutputSiblings.of(output).trash();
        if (Files.exists(trash, LinkOption.NOFOLLOW_LINKS)) {
            Optional<FileSystemException> failure = deleteTree(trash);
            if (failure.isPresent()) {
                return stuck.or(() -> Optional.of(leftOver(failure.get(), Path.of(failure.get().getFile()))));
            }
        }
        return stuck;
    }

    /** Creates an empty staging folder, removing one a killed build may have left behind. */
    public static StagingArea create(Path output) {
        return create(output, Checkpoints.NONE);
    }

    public static StagingArea create(Path output, Checkpoints checkpoints) {
        return create(output, checkpoints, SpareSurvey.none());
    }

    /** @param spareSurvey a walk of the spare started earlier, whose findings an incremental publish may use */
    public static StagingArea create(Path output, Checkpoints checkpoints, SpareSurvey spareSurvey) {
        Path staging = OutputSiblings.of(output).staging();
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Optional<FileSystemException> failure = deleteTree(staging);
            if (failure.isPresent()) {
                throw failure.get();
            }
            Files.createDirectories(staging);
            checkpoints.reached(Point.STAGING_CREATED, staging);
        } catch (IOException e) {
            throw EnvironmentFailure.io("create the staging folder", staging, e);
        }
        return new StagingArea(output, staging, checkpoints, spareSurvey);
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
        use.readLock().lock();
        try {
            stopIfDiscarded();
            makeFolderOf(target);
            Files.write(target, page.content());
            checkpoints.reached(Point.FILE_WRITTEN, target);
        } catch (IOException e) {
            throw EnvironmentFailure.io("write", target, e);
        } finally {
            use.readLock().unlock();
        }
    }

    private void stopIfDiscarded() {
        if (discarded) {
            throw new IllegalStateException("the staging area " + staging + " was discarded: the build has stopped");
        }
    }

    private void makeFolderOf(Path file) throws IOException {
        if (!folders.contains(file.getParent())) {
            Files.createDirectories(file.getParent());
            folders.add(file.getParent());
        }
    }

    /**
     * For a full build, which writes every file: the spare (the site before last) is of no use, so it is moved to the
     * trash folder now and removed there while the build renders, instead of while it publishes, where the site this
     * build replaces takes its place. A build killed meanwhile leaves the rest in the trash, which the next build empties.
     */
    public void dropSpare() {
        spareSurvey.close();
        Path spare = OutputSiblings.of(output).spare();
        if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS) || spareRemoval.isPresent()) {
            return;
        }
        Path trash = OutputSiblings.of(output).trash();
        Path place = trash.resolve("spare-" + System.nanoTime());
        try {
            Files.createDirectories(trash);
            move(spare, place);
        } catch (IOException e) {
            return; // publishing removes it then
        }
        Thread removal = new Thread(() -> {
            if (deleteTree(place).isEmpty()) {
                try {
                    Files.deleteIfExists(trash);
                } catch (IOException othersThere) {
                    // another old site's file the next build reports
                }
            }
        }, "news-digest-spare-removal");
        removal.start();
        spareRemoval = Optional.of(removal);
    }

    /** Waits for the spare's removal, so that nothing of this build goes on after it. */
    private void awaitSpareRemoval() {
        spareRemoval.ifPresent(removal -> {
            try {
                removal.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A full build's publish: the staging folder holds the whole new site. */
    public Optional<EnvironmentFailure> publish() {
        return publish(Set.of());
    }

    /**
     * Replaces the output folder with the new site, made of the files written here and the published files
     * {@code kept}, by renames: the old output is renamed aside, the new site renamed into its place. A failure before
     * the second rename puts the old output back.
     *
     * <p>Every build keeps the site it replaces as the <em>spare</em> ({@code .output.spare}), and the next incremental
     * build brings the spare up to date (moves its written files in, hard-links what it keeps, removes what is gone)
     * and swaps it in: so a build that changed ten pages of a 10,000-article site makes and removes no folder for the
     * others. A full build (nothing kept) swaps the staging folder in; the site it replaced becomes the spare rather
     * than being removed then and there (at 10,000 articles that removal took 1.5–2.9 s of the build), and the next
     * incremental build replaces its stale files one by one, where it would otherwise make every folder of a new site.
     * With no spare yet, the new site is made in the staging folder from hard links to the kept files. The spare is never
     * trusted: each of its files is checked against the published one before the swap, from the attributes a walk of
     * the spare read ({@link SpareSurvey}: a walk started with the build, used only while every folder of the spare is
     * as that walk found it, so one stat per folder here; otherwise a walk here).
     *
     * <p>An output folder that is a mount point cannot be renamed (Linux: EBUSY); its contents are replaced instead
     * ({@link ContentsSwap}), with weaker guarantees.
     *
     * @param kept the published files the new site keeps as they are
     * @return a file of an old site that could not be removed: it was moved to {@code .output.trash} and the site is
     *         published, so this is a warning, not a failure
     */
    public Optional<EnvironmentFailure> publish(Set<String> kept) {
        return publish(kept, this::isPublished);
    }

    /**
     * {@link #publish(Set)}, told how to recognise a kept file in the spare from the attributes a walk of the spare
     * reads anyway: with the size and modification time the build found the published file to have, for one, the
     * spare is brought up to date without two more reads of attributes for each of its files.
     *
     * @param asPublished whether a file of the spare with these attributes is the published file at this path (a hard
     *                    link to it, or a copy with its size and modification time)
     */
    public Optional<EnvironmentFailure> publish(Set<String> kept, BiPredicate<String, BasicFileAttributes> asPublished) {
        Path previous = OutputSiblings.of(output).previous();
        Path spare = OutputSiblings.of(output).spare();
        Optional<EnvironmentFailure> stuck = clearAside(output, previous);
        boolean full = kept.isEmpty();
        boolean setAside = false;
        Path next = staging;
        try {
            if (!full && Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    bringUpToDate(spare, kept, asPublished);
                    next = spare;
                } catch (FileSystemException cannotTidy) {
                    // a file in the spare that cannot be removed (an immutable one, say): the spare goes out of the
                    // way, to the trash if it must, and this build makes its site in the staging folder
                    stuck = stuck.or(() -> clearAside(output, spare));
                }
            }
            if (next == staging) {
                for (String path : kept) {
                    linkPublished(path, staging);
                }
            }
            Path marker = next.resolve(MARKER);
            Path newMarker = next.resolve(MARKER + ".new");
            Files.write(newMarker, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
            Files.move(newMarker, marker, StandardCopyOption.REPLACE_EXISTING);
            checkpoints.reached(Point.MARKER_WRITTEN, marker);
            Optional<FileSystemException> renameRefused = Optional.empty();
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !ContentsSwap.isMountPoint(output)) {
                renameRefused = setAside(output, previous);
                setAside = renameRefused.isEmpty();
            }
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !setAside) {
                Optional<EnvironmentFailure> swapLeft = swapContents(next, output, renameRefused);
                stuck = stuck.or(() -> swapLeft);
            } else {
                move(next, output);
            }
            checkpoints.reached(Point.NEW_SITE_MOVED_IN, output);
        } catch (IOException e) {
            if (setAside && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                restoreAfterInterruptedPublish(output);
            }
            // the new site will never be published (a read-only or immutable output): not left behind; a folder
            // that cannot be removed either stays for the next build, and the failure to publish is what is reported
            deleteTree(staging);
            throw EnvironmentFailure.io("publish the new site to", output, e);
        }
        Optional<EnvironmentFailure> left = Optional.empty();
        awaitSpareRemoval();
        if (full) {
            // a spare still here (its removal failed, or none was started) is older than the site just replaced
            left = clearAside(output, spare);
            spareOrClear(output, previous);
            left = left.or(() -> clearAside(output, previous));
        } else {
            spareOrClear(output, previous);
            deleteTree(staging);
        }
        try {
            checkpoints.reached(Point.OLD_SITE_PUT_AWAY, spare);
        } catch (IOException e) {
            return Optional.of(EnvironmentFailure.io("remove", previous, e));
        }
        Optional<EnvironmentFailure> earlier = stuck;
        return left.or(() -> earlier);
    }

    /**
     * Renames the output folder aside. Linux refuses to rename a mount point with EBUSY, a failure Java has no type
     * for: such a failure is returned, for the site to be published by replacing the folder's contents instead.
     */
    private Optional<FileSystemException> setAside(Path output, Path previous) throws IOException {
        try {
            checkpoints.reached(Point.SETTING_OUTPUT_ASIDE, output);
            move(output, previous);
        } catch (FileSystemException refused) {
            if (refused.getClass() == FileSystemException.class && Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(refused);
            }
            throw refused;
        }
        checkpoints.reached(Point.OUTPUT_SET_ASIDE, previous);
        return Optional.empty();
    }

    /**
     * Publishes {@code next} into an output folder that cannot be renamed ({@link ContentsSwap}). When that fails
     * too, the rename's refusal is the failure reported, the swap's beside it.
     *
     * @return an old file that could not be removed (a warning)
     */
    private Optional<EnvironmentFailure> swapContents(Path next, Path output,
            Optional<FileSystemException> renameRefused) throws IOException {
        Optional<FileSystemException> left;
        try {
            left = ContentsSwap.publish(next, output, checkpoints);
        } catch (IOException swapFailed) {
            if (renameRefused.isPresent()) {
                renameRefused.get().addSuppressed(swapFailed);
                throw renameRefused.get();
            }
            throw swapFailed;
        }
        // copied in, not moved: the staging folder is not the output now
        deleteTree(staging);
        return left.map(failure -> leftOver(failure, Path.of(failure.getFile())));
    }

    /**
     * Makes the spare the new site: removes what the new site does not have, moves the written files in, and links
     * each kept file that is not already the published one.
     */
    private void bringUpToDate(Path spare, Set<String> kept, BiPredicate<String, BasicFileAttributes> asPublished)
            throws IOException {
        Predicate<String> inSite = path -> kept.contains(path) || written.contains(path);
        // what the spare has of the kept files is counted, and the few it has but not as published noted, instead of
        // a set of the tens of thousands it has as published: when it has every kept file, only those few are linked
        int[] keptThere = {0};
        List<String> stale = new ArrayList<>();
        BiConsumer<String, BasicFileAttributes> staying = (path, attributes) -> {
            if (kept.contains(path)) {
                keptThere[0]++;
                if (!asPublished.test(path, attributes)) {
                    stale.add(path);
                }
            }
        };
        Optional<SpareSurvey.Listing> surveyed = spareSurvey.listing().filter(listing -> listing.stillDescribes(spare));
        Predicate<String> inSpare;
        if (surveyed.isPresent()) {
            removeAllBut(spare, surveyed.get(), inSite, staying);
            inSpare = surveyed.get().files()::containsKey;
        } else {
            Set<String> walked = new HashSet<>();
            removeAllBut(spare, inSite, staying.andThen((path, attributes) -> walked.add(path)));
            inSpare = walked::contains;
        }
        List<String> toLink = new ArrayList<>(stale);
        if (keptThere[0] < kept.size()) {
            for (String path : kept) {
                if (!inSpare.test(path)) {
                    toLink.add(path);
                }
            }
        }
        for (String path : toLink) {
            Optional<FileSystemException> failure = deleteTree(spare.resolve(path));
            if (failure.isPresent()) {
                throw failure.get();
            }
            linkPublished(path, spare);
        }
        // last, and only once nothing above failed: until here the staging folder holds every written file
        for (String path : written) {
            Path target = spare.resolve(path);
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * {@link #removeAllBut(Path, Predicate, BiConsumer)} from what an earlier walk of the spare found, which still
     * describes it: no folder is read again, and only files and folders that go are touched.
     */
    private static void removeAllBut(Path spare, SpareSurvey.Listing listing, Predicate<String> inSite,
            BiConsumer<String, BasicFileAttributes> staying) throws IOException {
        List<SpareSurvey.Folder> folders = listing.folders();
        boolean[] holdingSome = new boolean[folders.size()];
        for (Map.Entry<String, SpareSurvey.SpareFile> file : listing.files().entrySet()) {
            String path = file.getKey();
            if (inSite.test(path)) {
                staying.accept(path, file.getValue().attributes());
                for (int folder = file.getValue().folder(); folder >= 0 && !holdingSome[folder]; folder = folders.get(folder).parent()) {
                    holdingSome[folder] = true;
                }
            } else {
                Files.delete(spare.resolve(path));
            }
        }
        // the deepest first, so that each folder is empty when its turn comes: the walk met each folder before those
        // inside it; the spare itself, the first, stays
        for (int folder = folders.size() - 1; folder > 0; folder--) {
            if (!holdingSome[folder]) {
                try {
                    Files.delete(spare.resolve(folders.get(folder).path()));
                } catch (DirectoryNotEmptyException inUse) {
                    // something appeared in it meanwhile
                }
            }
        }
    }


    /**
     * Deletes every file under {@code folder} whose path is not {@code inSite}, and the folders left empty; shows
     * {@code staying} each file left, with its attributes.
     */
    private static void removeAllBut(Path folder, Predicate<String> inSite, BiConsumer<String, BasicFileAttributes> staying)
            throws IOException {
        // a folder left holding a file of the new site is not asked to go: on a large site nearly all are, and each
        // refusal costs a system call and an exception
        Deque<boolean[]> holdsSome = new ArrayDeque<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                holdsSome.push(new boolean[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (inSite.test(path)) {
                    staying.accept(path, attributes);
                    holdsSome.peek()[0] = true;
                } else {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                boolean stays = holdsSome.pop()[0];
                if (!directory.equals(folder) && !stays) {
                    try {
                        Files.delete(directory);
                    } catch (DirectoryNotEmptyException inUse) {
                        stays = true; // something appeared in it meanwhile
                    }
                }
                if (stays && !holdsSome.isEmpty()) {
                    holdsSome.peek()[0] = true;
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Whether a file of the spare with {@code first}'s attributes is the published file at {@code path}: hard-linked
     * to it, or a copy with the same size and modification time.
     */
    private boolean isPublished(String path, BasicFileAttributes first) {
        if (!first.isRegularFile()) {
            return false;
        }
        BasicFileAttributes second;
        try {
            second = Files.readAttributes(output.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false; // linking it fails then, and says why
        }
        return first.fileKey() != null && first.fileKey().equals(second.fileKey())
                || first.size() == second.size() && first.lastModifiedTime().equals(second.lastModifiedTime());
    }

    /**
     * Puts the published file {@code path} into {@code folder} as it is: a hard link to it, which costs no space and
     * keeps its modification time, or a copy with its time where the file system cannot link.
     */
    private void linkPublished(String path, Path folder) throws IOException {
        Path from = output.resolve(path);
        Path target = folder.resolve(path);
        makeFolderOf(target);
        try {
            Files.createLink(target, from);
        } catch (IOException | UnsupportedOperationException cannotLink) {
            // another file system, none with links, or an immutable file (Linux refuses links to those); the
            // copy's time is set apart because COPY_ATTRIBUTES rounds it to the microsecond
            Files.copy(from, target);
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(from));
        }
        checkpoints.reached(Point.FILE_KEPT, target);
    }

    /** Removes the staging folder, as far as it can: what is left, the next build removes first. */
    public void discard() {
        use.writeLock().lock();
        try {
            discarded = true;
            deleteTree(staging);
        } finally {
            use.writeLock().unlock();
        }
        awaitSpareRemoval();
    }

    /**
     * Keeps a set-aside old site as the spare, once the output is in place and no spare is there (an incremental
     * publish, or one killed before it put the old site away).
     */
    private static void spareOrClear(Path output, Path previous) {
        Path spare = OutputSiblings.of(output).spare();
        if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS) && Files.exists(output, LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
            try {
                move(previous, spare);
            } catch (IOException e) {
                // then it is removed as any set-aside site is
            }
        }
    }

    /**
     * Removes a set-aside old site once the output is in place. What cannot be removed (an immutable file, say) is
     * moved into the trash folder, so it never blocks a later publish; that is reported, not thrown.
     */
    private static Optional<EnvironmentFailure> clearAside(Path output, Path previous) {
        if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS) || !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<FileSystemException> failure = deleteTree(previous);
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        Path trash = OutputSiblings.of(output).trash();
        Path place = trash.resolve(Long.toString(System.nanoTime()));
        try {
            Files.createDirectories(trash);
            move(previous, place);
        } catch (IOException e) {
            throw EnvironmentFailure.io("remove the old site", previous, failure.get());
        }
        return Optional.of(leftOver(failure.get(), place.resolve(previous.relativize(Path.of(failure.get().getFile())))));
    }

    private static EnvironmentFailure leftOver(FileSystemException failure, Path where) {
        return EnvironmentFailure.io("remove the old site's file", where, failure);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes {@code root} and everything in it, links as links, going on past a file that cannot be removed so that
     * as much space as possible is freed; returns the first failure. Nothing there is no failure.
     */
    static Optional<FileSystemException> deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        FileSystemException[] first = new FileSystemException[1];
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    note(file, e);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    if (e != null) {
                        note(folder, e);
                    }
                    delete(folder);
                    return FileVisitResult.CONTINUE;
                }

                private void delete(Path path) {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        note(path, e);
                    }
                }

                private void note(Path path, IOException e) {
                    if (first[0] == null) {
                        first[0] = e instanceof FileSystemException fileSystem && fileSystem.getFile() != null ? fileSystem
                                : new FileSystemException(path.toString(), null, e.getMessage());
                    }
                }
            });
        } catch (IOException e) {
            return Optional.of(new FileSystemException(root.toString(), null, e.getMessage()));
        }
        return Optional.ofNullable(first[0]);
    }
}
