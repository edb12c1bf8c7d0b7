package org.newsdigest.build;

import java.util.Optional;
import org.newsdigest.check.LinkReport;

/**
 * How many content files a build read, and what became of them; {@link BuildSummary} holds them to
 * {@code published + unpublished + invalid == filesRead}.
 */
record ContentCounts(int filesRead, int published, int unpublished, int invalid) {

    /** Before any file is read. */
    static final ContentCounts NONE = new ContentCounts(0, 0, 0, 0);

    /** The same files, with only {@code pages} of the published ones published after all; the rest are unpublished. */
    ContentCounts publishing(int pages) {
        return new ContentCounts(filesRead, pages, unpublished + published - pages, invalid);
    }

    /** The summary of a build that stopped before its site was rendered. */
    BuildSummary unrendered() {
        return summary(0, 0, Optional.empty());
    }

    /** @param links the link check, or empty when the build did not get that far */
    BuildSummary summary(int filesWritten, int pagesWritten, Optional<LinkReport> links) {
        return new BuildSummary(filesRead, published, unpublished, invalid, filesWritten, pagesWritten,
                links.map(LinkReport::pagesChecked).orElse(0), links.map(LinkReport::internalLinks).orElse(0),
                links.map(LinkReport::externalLinks).orElse(0));
    }
}
