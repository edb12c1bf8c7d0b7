/**
 * Step 7, checking: {@link org.newsdigest.check.LinkChecker} parses every HTML page and XML feed of a built
 * site with jsoup and resolves each internal link (relative, root-relative or absolute under the base URL)
 * to a file of the site, and each {@code #fragment} to an element id. Output: a
 * {@link org.newsdigest.check.LinkReport} listing every broken link with the page, line and column it is on.
 * External links are counted, never fetched.
 */
package org.newsdigest.check;
