package org.newsdigest.cache;

import java.nio.file.Path;

/**
 * How the parse cache names content files: relative to the folder that holds the cache, so that a site moved to
 * another folder, or a cache restored at another path in CI, still matches its files. A file on another root (another
 * drive on Windows) keeps its absolute path.
 */
final class CacheKeys {

    private final Path base;

    CacheKeys(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    String key(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.getRoot() == null || !absolute.getRoot().equals(base.getRoot())) {
            return absolute.toString();
        }
        return base.relativize(absolute).toString();
    }

    /** The folder that keys are relative to. */
    Path base() {
        return base;
    }

    Path file(String key) {
        return base.resolve(key).normalize();
    }
}
