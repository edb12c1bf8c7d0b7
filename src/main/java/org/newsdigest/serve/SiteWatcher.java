package org.newsdigest.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders (and the folders created inside them) and a single file, and calls {@code onChange} once things
 * have been quiet for the debounce time, so saving several files, or an editor's write-rename dance, causes one
 * rebuild rather than many.
 *
 * <p>It keeps watching whatever happens to the folders: a folder created and removed at once is skipped, a watched
 * folder replaced as a whole ({@code mv}, {@code git checkout}, rsync) is found by a check of each folder's identity
 * every poll interval and watched again, and a failure is logged in one line and never stops the watching. Where
 * the system will not watch a folder (too many watches), the check also compares the folders' contents.
 */
final class SiteWatcher implements AutoCloseable {

    private static final String ABSENT = "absent";

    private final WatchService service;
    private final List<Path> roots;
    private final Path singleFile;
    private final Runnable onChange;
    private final PrintWriter log;
    private final long debounceMillis;
    private final long pollMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            new DaemonThreadFactory("preview-watch-timer"));
    private final Thread loop;
    /** Each watched folder by its key; a folder vanishes from here when its key stops being valid. */
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    /** What each root, and the single file, was at the last check: see {@link #identity}. */
    private final Map<Path, String> seen = new HashMap<>();
    private volatile boolean unwatchable;
    private ScheduledFuture<?> pending;

    /**
     * @param folders    watched with everything inside them; one that does not exist yet is watched once it does
     * @param singleFile watched on its own (its folder is not watched as a whole): the config file
     * @param log        where a failure to watch is reported, one line each
     */
    SiteWatcher(List<Path> folders, Path singleFile, PreviewSettings settings, Runnable onChange, PrintWriter log)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = List.copyOf(folders);
        this.singleFile = singleFile;
        this.onChange = onChange;
        this.log = log;
        this.debounceMillis = settings.debounce().toMillis();
        this.pollMillis = settings.pollInterval().toMillis();
        synchronized (this) {
            for (Path root : roots) {
                seen.put(root, identity(root));
                registerTree(root);
            }
            seen.put(singleFile, identity(singleFile));
            register(singleFile.getParent());
        }
        timer.scheduleWithFixedDelay(this::check, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        this.loop = new DaemonThreadFactory("preview-watch").newThread(this::watch);
        loop.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
        loop.interrupt();
        timer.shutdownNow();
    }

    private void watch() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException stopped) {
                return; // closed: the preview is shutting down
            }
            try {
                if (handle(key)) {
                    schedule();
                }
            } catch (RuntimeException | IOException e) {
                report(e);
                rewatchLater();
            }
        }
    }

    /** @return whether an event concerns the site */
    private boolean handle(WatchKey key) throws IOException {
        Path folder = watched.get(key);
        if (folder == null) {
            return false; // cancelled by a rewatch after its events were queued; the rewatch scheduled a rebuild
        }
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || !(event.context() instanceof Path name)) {
                rewatchLater(); // events were lost: look at everything again
                relevant = true;
                continue;
            }
            Path changed = folder.resolve(name);
            boolean inTree = roots.stream().anyMatch(folder::startsWith);
            relevant |= inTree || changed.equals(singleFile) || roots.contains(changed);
            if (roots.contains(changed)) {
                rewatch(changed); // a root renamed into place beside the config
                remember(changed, identity(changed));
            } else if (inTree && event.kind() == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(changed);
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
        return relevant;
    }

    /** The periodic check: a root or the single file that is no longer the same file is watched afresh. */
    private void check() {
        try {
            boolean changed = false;
            for (Path root : roots) {
                String now = unwatchable ? identity(root) + contents(root) : identity(root);
                if (!now.equals(seenOf(root))) {
                    rewatch(root);
                    remember(root, now);
                    changed = true;
                }
            }
            String file = identity(singleFile);
            if (!file.equals(seenOf(singleFile))) {
                remember(singleFile, file);
                changed = true;
            }
            if (changed) {
                schedule();
            }
        } catch (RuntimeException | IOException e) {
            report(e); // never let the periodic check stop: it is what finds a replaced folder
        }
    }

    private synchronized String seenOf(Path path) {
        return seen.get(path);
    }

    private synchronized void remember(Path path, String identity) {
        seen.put(path, identity);
    }

    /** Drops every watch inside {@code root} (they may follow the old folder to where it was moved) and watches it again. */
    private synchronized void rewatch(Path root) throws IOException {
        for (var entry : List.copyOf(watched.entrySet())) {
            if (entry.getValue().startsWith(root)) {
                entry.getKey().cancel();
                watched.remove(entry.getKey());
            }
        }
        registerTree(root);
    }

    private void rewatchLater() {
        timer.execute(() -> {
            try {
                for (Path root : roots) {
                    rewatch(root);
                }
                schedule();
            } catch (RuntimeException | IOException e) {
                report(e);
            }
        });
    }

    /** Watches a folder and every folder inside it that exists; those that vanish meanwhile are skipped. */
    private synchronized void registerTree(Path top) throws IOException {
        if (!Files.isDirectory(top)) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // removed while walking: its deletion is an event of its parent
            }
        });
    }

    private synchronized void register(Path dir) {
        try {
            watched.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        } catch (NoSuchFileException | NotDirectoryException vanished) {
            // created and removed at once (folder churn): nothing to watch
        } catch (IOException | UnsupportedOperationException e) {
            if (!unwatchable) {
                unwatchable = true;
                log.println("serve: cannot watch " + dir + " (" + e.getMessage() + "); comparing the watched folders' "
                        + "files every " + pollMillis + " ms instead");
                log.flush();
            }
        }
    }

    private void report(Exception e) {
        log.println("serve: watching failed: " + e.getClass().getSimpleName() + " " + e.getMessage()
                + "; watching the folders afresh");
        log.flush();
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(onChange, debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** The file a path names now (its file key, creation time, size and modification time), or that there is none. */
    private static String identity(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return Objects.toString(a.fileKey()) + a.creationTime() + (a.isDirectory() ? "" : a.size() + "@" + a.lastModifiedTime());
        } catch (IOException e) {
            return ABSENT;
        }
    }

    /** Every file's path, size and modification time, for folders the system would not watch. */
    private static String contents(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return "";
        }
        List<String> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    entries.add(file + ":" + a.size() + ":" + a.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Integer.toHexString(entries.hashCode()) + "/" + entries.size();
    }
}
