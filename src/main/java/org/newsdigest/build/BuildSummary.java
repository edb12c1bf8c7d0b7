package org.newsdigest.build;

/**
 * The numbers every build reports. {@code published + unpublished + invalid == filesRead}.
 *
 * @param filesWritten  files in the built site (pages, feeds, static files); 0 when rendering did not finish
 * @param pagesWritten  the HTML pages among them
 * @param pagesChecked  HTML pages and XML files the link check read
 */
public record BuildSummary(int filesRead, int published, int unpublished, int invalid, int filesWritten,
        int pagesWritten, int pagesChecked, int internalLinks, int externalLinks) {

    public BuildSummary {
        if (published + unpublished + invalid != filesRead) {
            throw new IllegalArgumentException("files unaccounted for: " + published + " + " + unpublished + " + "
                    + invalid + " != " + filesRead);
        }
        if (pagesWritten > filesWritten) {
            throw new IllegalArgumentException("more pages than files: " + pagesWritten + " > " + filesWritten);
        }
    }
}
