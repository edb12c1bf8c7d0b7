package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import org.newsdigest.render.Views.SitemapEntry;

/**
 * Cuts a sitemap's entries into files within {@link SitemapLimits}, in entry order, each file holding as many of the
 * next entries as fit both limits. A file's size is measured, not estimated: its entries are rendered by the urlset
 * template, and only a file past the byte limit is rendered again with fewer entries (the number guessed from the
 * sizes seen so far, every other try halving the range instead, so that a few renders find the most that fit).
 */
final class SitemapSplit {

    /** The urlset template, rendering one file's entries. */
    interface Urlset {
        /** The file's bytes as they would be written. */
        byte[] render(List<SitemapEntry> entries) throws TemplateFailure;

        /** The failure to report when one entry alone makes a file of {@code bytes}, past the byte limit. */
        TemplateFailure tooLarge(SitemapEntry entry, long bytes, SitemapLimits limits);
    }

    /** One file: its entries and its bytes, as the urlset template wrote them. */
    record File(List<SitemapEntry> entries, byte[] content) {
        File {
            entries = List.copyOf(entries);
        }
    }

    private final SitemapLimits limits;
    private final Urlset urlset;

    SitemapSplit(SitemapLimits limits, Urlset urlset) {
        this.limits = limits;
        this.urlset = urlset;
    }

    /** The files, at least one, whose entries in order are {@code entries}. */
    List<File> split(List<SitemapEntry> entries) throws TemplateFailure {
        List<File> files = new ArrayList<>();
        int from = 0;
        do {
            File file = mostThatFit(entries.subList(from, Math.min(entries.size(), from + limits.urls())));
            files.add(file);
            from += file.entries().size();
        } while (from < entries.size());
        return List.copyOf(files);
    }

    /** The file of the longest start of {@code entries} that fits the byte limit. */
    private File mostThatFit(List<SitemapEntry> entries) throws TemplateFailure {
        byte[] all = urlset.render(entries);
        if (all.length <= limits.bytes()) {
            return new File(entries, all);
        }
        // the first `fits` entries make a file within the limit (`fitting`), the first `over` do not
        int fits = 0;
        byte[] fitting = urlset.render(List.of());
        long fittingSize = fitting.length;
        int over = entries.size();
        long overSize = all.length;
        for (int tries = 0; over - fits > 1; tries++) {
            int count = tries % 2 == 0 && overSize > fittingSize
                    ? (int) Math.max(fits + 1, Math.min(over - 1,
                            fits + (long) ((limits.bytes() - fittingSize) * (double) (over - fits) / (overSize - fittingSize))))
                    : (fits + over) >>> 1;
            byte[] content = urlset.render(entries.subList(0, count));
            if (content.length <= limits.bytes()) {
                fits = count;
                fitting = content;
                fittingSize = content.length;
            } else {
                over = count;
                overSize = content.length;
            }
        }
        if (fits == 0) {
            throw urlset.tooLarge(entries.get(0), overSize, limits);
        }
        return new File(entries.subList(0, fits), fitting);
    }
}
