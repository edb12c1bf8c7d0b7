package org.newsdigest.render;

/**
 * What one sitemap file may hold: the sitemaps.org protocol allows 50,000 URLs and 50 MB (52,428,800 bytes,
 * uncompressed) a file; {@link #PROTOCOL} stays a little under the second. Smaller limits are for tests, which
 * could not otherwise build a site that needs several files.
 *
 * @param urls  the most {@code <url>} entries in one file
 * @param bytes the most bytes one file may have, as written (UTF-8)
 */
public record SitemapLimits(int urls, long bytes) {

    public static final SitemapLimits PROTOCOL = new SitemapLimits(50_000, 50_000_000L);

    public SitemapLimits {
        if (urls < 1 || bytes < 1) {
            throw new IllegalArgumentException("sitemap limits must be positive: " + urls + " URLs, " + bytes + " bytes");
        }
    }
}
