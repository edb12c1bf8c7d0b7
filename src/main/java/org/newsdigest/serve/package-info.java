/**
 * Live preview for maintainers ({@code serve}): builds the site into a private preview folder for
 * {@code http://127.0.0.1:PORT/<base path>/}, serves it, watches the content, templates and config, rebuilds
 * on change and tells open tabs to reload. The live-reload script is added to pages only as they are served,
 * never written into a built site. Uses the build ({@link org.newsdigest.build.SiteBuilder}); nothing in the
 * build uses this package.
 */
package org.newsdigest.serve;
