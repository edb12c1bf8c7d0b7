package org.newsdigest.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folders whose files are the system's and only pose as regular files (a /proc file says it is 0 bytes, a /dev
 * one may never end): no site folder may be inside one. The config refuses such a folder, and the content walk
 * refuses one reached through a link.
 */
public final class SystemFolders {

    private static final List<Path> FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

    private SystemFolders() {
    }

    /** The system folder that holds {@code realPath} (links already resolved), if one does. */
    public static Optional<Path> holding(Path realPath) {
        if (realPath.getFileSystem() != FileSystems.getDefault()) {
            return Optional.empty();
        }
        return FOLDERS.stream().filter(realPath::startsWith).findFirst();
    }
}
