/**
 * Step 6, writing: {@link org.newsdigest.write.StagingArea} writes rendered pages into a staging folder beside
 * the output folder; after the link check passes, {@link org.newsdigest.write.StagingArea#publish()} swaps
 * it in for the output folder by renames. A build that fails leaves the previous output exactly as it was.
 */
package org.newsdigest.write;
