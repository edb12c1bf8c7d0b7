package org.newsdigest.check;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A site as the link check sees it: every file it will have once published, where each file's bytes are now, and
 * the pages to read. A full check reads every page; after an incremental build only the pages written again, and
 * the kept pages that link to a file that changed under them, need reading.
 *
 * @param files    every file of the site, relative to its root with forward slashes
 * @param location where a file's bytes are
 * @param toScan   the pages (HTML and XML files) whose links are checked
 * @param scanned  pages already scanned as they were written ({@link PageScanner}): not read from their files again,
 *                 unless one has a broken link, whose line and column only the file tells
 */
public record SiteToCheck(Set<String> files, Function<String, Path> location, Set<String> toScan,
        Map<String, ScannedPage> scanned) {

    public SiteToCheck {
        files = Set.copyOf(files);
        toScan = Set.copyOf(toScan);
        scanned = Map.copyOf(scanned);
    }

    /** A site none of whose pages were scanned yet: every page to check is read from its file. */
    public SiteToCheck(Set<String> files, Function<String, Path> location, Set<String> toScan) {
        this(files, location, toScan, Map.of());
    }
}
