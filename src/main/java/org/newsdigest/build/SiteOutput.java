package org.newsdigest.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.cache.FileStamp;
import org.newsdigest.cache.OutputManifest;
import org.newsdigest.check.LinkReport;
import org.newsdigest.check.PageLinks;
import org.newsdigest.check.SiteToCheck;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.render.RenderTarget;
import org.newsdigest.render.RenderedPage;
import org.newsdigest.threads.BuildThreads;
import org.newsdigest.write.StagingArea;

/**
 * The new site as it renders: files written to the staging folder, files kept as the published output has them
 * (their data has the fingerprint the last build recorded, and the file its recorded size and modification time),
 * and which files of the last build are gone. With no manifest of the last build, every file is written: a full
 * build. Kept files join the new site only when it is published ({@link StagingArea#publish(Set)}), so a build that
 * changes nothing costs no link. Closing it removes the staging folder, unless the new site was published from it.
 */
final class SiteOutput implements RenderTarget, AutoCloseable {

    private final OutputManifest previous;
    private final Path published;
    private final StagingArea staging;
    private final BuildProgress progress;
    private final AtomicInteger pagesWritten = new AtomicInteger();
    private final Map<String, Long> fingerprints;
    private final Map<String, FileStamp> stamps;
    private final Set<String> kept;
    /** The published files' stamps as read ahead of the render's parts ({@link #readPublishedStamps}), by path. */
    private final Map<String, Optional<FileStamp>> publishedStamps;
    private Set<String> deleted;
    private boolean swappedIn;

    SiteOutput(OutputManifest previous, Path published, StagingArea staging, BuildProgress progress) {
        this.previous = previous;
        // sized for the last build's files, which a rebuild mostly keeps: growing them a step at a time was 5% of a
        // 10,000-article rebuild's render
        int files = previous.fingerprints().size();
        this.fingerprints = new ConcurrentHashMap<>(files);
        this.stamps = new ConcurrentHashMap<>(files);
        this.kept = ConcurrentHashMap.newKeySet(files);
        this.publishedStamps = new ConcurrentHashMap<>(files);
        this.published = published;
        this.staging = staging;
        this.progress = progress;
    }

    static SiteOutput full(StagingArea staging, BuildProgress progress) {
        return new SiteOutput(OutputManifest.empty(), staging.root(), staging, progress);
    }

    boolean isIncremental() {
        return !previous.fingerprints().isEmpty();
    }

    /**
     * The published file is trusted only while it is the one the manifest describes: an output folder older or newer
     * than the manifest (a restored cache, a copied folder, a hand edit) has files of other sizes or times, and those
     * are rendered again.
     */
    @Override
    public boolean mayKeepPages() {
        return isIncremental();
    }

    @Override
    public boolean holds(String path, long fingerprint) {
        Long old = previous.fingerprints().get(path);
        if (old == null || old != fingerprint) {
            return false;
        }
        // taken out once used, so that the stamps read ahead are gone by the end of the render
        Optional<FileStamp> now = publishedStamps.remove(path);
        if (now == null) {
            now = FileStamp.ofRegularFile(published.resolve(path));
        }
        return now.equals(Optional.of(previous.stamps().get(path)));
    }

    /**
     * Starts reading the stamp of every published file the last build recorded, on the build's threads, which have
     * nothing else to do while the render prepares its parts on the calling thread: the parts, handed to the same
     * threads after this, then find each file's stamp read ({@link #holds}) instead of asking for it one file at a
     * time. The stamps are read within the render, as before, only sooner.
     */
    void readPublishedStamps(BuildThreads threads) {
        if (!isIncremental()) {
            return;
        }
        List<String> files = new ArrayList<>(previous.fingerprints().keySet());
        int slices = threads.count();
        List<Callable<Void>> reads = new ArrayList<>();
        for (int slice = 0; slice < slices; slice++) {
            List<String> some = files.subList(files.size() * slice / slices, files.size() * (slice + 1) / slices);
            reads.add(() -> {
                for (String file : some) {
                    publishedStamps.put(file, FileStamp.ofRegularFile(published.resolve(file)));
                }
                return null;
            });
        }
        threads.startAll(reads);
    }

    @Override
    public void keep(String path, long fingerprint) {
        fingerprints.put(path, fingerprint);
        stamps.put(path, previous.stamps().get(path));
        kept.add(path);
    }

    @Override
    public void write(RenderedPage page, long fingerprint) {
        staging.write(page);
        Path file = staging.root().resolve(page.path());
        stamps.put(page.path(), FileStamp.ofRegularFile(file)
                .orElseThrow(() -> new IllegalStateException("a file just written is not there: " + file)));
        fingerprints.put(page.path(), fingerprint);
        if (page.path().endsWith(".html")) {
            pagesWritten.incrementAndGet();
        }
        progress.written(staging.filesWritten());
    }

    int filesWritten() {
        return staging.filesWritten();
    }

    /** The HTML pages among the files written. */
    int pagesWritten() {
        return pagesWritten.get();
    }

    /** True for an incremental build that kept every file of the last one and wrote none. */
    boolean isUnchanged() {
        return isIncremental() && staging.filesWritten() == 0 && fingerprints.size() == previous.fingerprints().size();
    }

    /** Files the last build published that this one does not have; asked once the site is rendered. */
    Set<String> deleted() {
        if (deleted == null) {
            deleted = gone();
        }
        return deleted;
    }

    private Set<String> gone() {
        // every kept file was the last build's: when those and the last build's files written again are all it had,
        // none is gone, which a rebuild finds without looking up each of its files
        long again = staging.written().stream().filter(path -> !kept.contains(path) && previous.fingerprints().containsKey(path))
                .count();
        if (kept.size() + again == previous.fingerprints().size()) {
            return Set.of();
        }
        Set<String> gone = new HashSet<>();
        for (String path : previous.fingerprints().keySet()) {
            if (!fingerprints.containsKey(path)) {
                gone.add(path);
            }
        }
        return gone;
    }

    /**
     * What the link check must read: every page written, and every kept page that links to a file now gone, or
     * into a page written again with a {@code #fragment} that page may have lost.
     */
    SiteToCheck toCheck() {
        Set<String> deleted = deleted();
        Set<String> toScan = new HashSet<>(staging.written());
        Set<String> written = staging.written();
        // with nothing gone and nothing written, no kept page can have lost a target; a kept page without links has none
        // to lose, so the pages with links are walked, not the kept files looked up
        for (Map.Entry<String, PageLinks> page : deleted.isEmpty() && written.isEmpty() ? Set.<Map.Entry<String, PageLinks>>of()
                : previous.links().entrySet()) {
            // a page's few targets are looked up in the large sets, never the other way round
            PageLinks links = page.getValue();
            if ((!deleted.isEmpty() && anyIn(links.targets(), deleted, Set.of()) || anyIn(links.fragmentTargets(), deleted, written))
                    && kept.contains(page.getKey())) {
                toScan.add(page.getKey());
            }
        }
        return new SiteToCheck(fingerprints.keySet(),
                path -> kept.contains(path) ? published.resolve(path) : staging.root().resolve(path), toScan);
    }

    private static boolean anyIn(Set<String> targets, Set<String> some, Set<String> others) {
        for (String target : targets) {
            if (some.contains(target) || others.contains(target)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the output folder by the new site: the files written and the published files kept.
     *
     * @return a file of an old site that could not be removed (a warning: the site is published)
     */
    Optional<EnvironmentFailure> publish() {
        swappedIn = true;
        // a kept file's published stamp is the recorded one: holds() found it so while rendering
        return staging.publish(kept, (path, attributes) -> attributes.isRegularFile()
                && FileStamp.of(attributes).equals(previous.stamps().get(path)));
    }

    @Override
    public void close() {
        if (!swappedIn) {
            staging.discard();
        }
    }

    /** The manifest of the site once published: the links of pages not read again are what the last build found. */
    OutputManifest manifest(LinkReport report) {
        // every file of the last build is kept, written again or gone: its links are copied whole, and those of the
        // files not kept taken out, which costs no lookup per kept page
        Map<String, PageLinks> links = new HashMap<>(previous.links());
        if (!previous.links().isEmpty()) {
            staging.written().forEach(links::remove);
            deleted().forEach(links::remove);
        }
        links.putAll(report.linksByPage());
        return new OutputManifest(fingerprints, stamps, links);
    }
}
