package org.newsdigest.check;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;

/**
 * A site as the link check sees it: every file it will have once published, where each file's bytes are now, and
 * the pages to read. A full check reads every page; after an incremental build only the pages written again, and
 * the kept pages that link to a file that changed under them, need reading.
 *
 * @param files    every file of the site, relative to its root with forward slashes; not copied (a site has tens of
 *                 thousands, and a rebuild reads a few pages): whoever makes a site to check changes it no more
 * @param location where a file's bytes are
 * @param toScan   the pages (HTML and XML files) whose links are checked
 */
public record SiteToCheck(Set<String> files, Function<String, Path> location, Set<String> toScan) {

    public SiteToCheck {
        files = Collections.unmodifiableSet(files);
        toScan = Set.copyOf(toScan);
    }
}
