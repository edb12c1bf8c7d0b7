package org.newsdigest.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders created inside them) and calls {@code onChange} once things have been
 * quiet for {@code debounceMillis}, so saving several files, or an editor's write-rename dance, causes one
 * rebuild rather than many.
 */
final class SiteWatcher implements AutoCloseable {

    private final WatchService watcher;
    private final Runnable onChange;
    private final long debounceMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread loop;
    private final Path singleFile;
    private final Set<Path> trees = ConcurrentHashMap.newKeySet();
    private final Set<Path> awaited = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> pending;

    /**
     * @param folders    watched with everything inside them
     * @param singleFile watched on its own (its folder is not watched as a whole): the config file
     */
    SiteWatcher(List<Path> folders, Path singleFile, long debounceMillis, Runnable onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.debounceMillis = debounceMillis;
        this.singleFile = singleFile;
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                registerTree(folder);
            } else if (Files.isDirectory(folder.getParent())) {
                // a folder that does not exist yet (a site without template overrides): watch for its creation
                awaited.add(folder);
                folder.getParent().register(watcher, ENTRY_CREATE);
            }
        }
        if (!trees.contains(singleFile.getParent())) {
            singleFile.getParent().register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
        this.loop = new Thread(this::watch, "preview-watch");
        loop.setDaemon(true);
        loop.start();
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> dirs = Files.walk(folder)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                trees.add(dir);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                boolean relevant = false;
                for (var event : key.pollEvents()) {
                    if (!(event.context() instanceof Path name)) {
                        relevant = true;
                        continue;
                    }
                    Path changed = dir.resolve(name);
                    boolean created = awaited.remove(changed);
                    relevant |= trees.contains(dir) || changed.equals(singleFile) || created;
                    if ((trees.contains(dir) || created) && event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                        registerTree(changed);
                    }
                }
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the preview is shutting down
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(onChange, debounceMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        loop.interrupt();
        timer.shutdownNow();
    }
}
