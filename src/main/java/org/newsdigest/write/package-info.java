/**
 * Step 6, writing: {@link org.newsdigest.write.StagingArea} fills a staging folder beside the output folder with the
 * whole new site (rendered pages, and hard links to the files kept from the published site); after the link check
 * passes, {@link org.newsdigest.write.StagingArea#publish()} swaps it in for the output folder by two renames, so
 * the output is always the old complete site or the new one. Every published site carries the
 * {@link org.newsdigest.write.StagingArea#MARKER} file, which tells that news-digest may replace the folder. A build
 * that fails leaves the previous output exactly as it was; one killed is recovered by the next.
 */
package org.newsdigest.write;
