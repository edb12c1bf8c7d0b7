/**
 * Step 2, loading: finds the article files under the content folder ({@link org.newsdigest.load.ContentScanner})
 * and reads each one as UTF-8 text with normalised line endings ({@link org.newsdigest.load.SourceFileReader}).
 * {@link org.newsdigest.load.SiteFolderWalker} holds the one rule for what may be read from a site's folders
 * (regular files only; links followed only when they stay inside), for the content folder and the theme's static files.
 * Output: {@link org.newsdigest.load.SourceText}s in a stable order, plus problems for files that cannot be read. The
 * walk keeps each file's attributes as it read them, so the parse step compares their size and modification time with
 * the cache's without reading them again.
 */
package org.newsdigest.load;
