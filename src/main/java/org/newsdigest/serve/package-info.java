/**
 * Live preview for maintainers ({@code serve}): builds the site into a private preview folder for
 * {@code http://127.0.0.1:PORT/<base path>/}, serves it, watches the content, templates and config, rebuilds
 * on change and tells open tabs to reload. The live-reload script is added to pages only as they are served,
 * never written into a built site. Uses the build ({@link org.newsdigest.build.SiteBuilder}); nothing in the
 * build uses this package.
 *
 * <p>Its parts: {@link org.newsdigest.serve.PreviewSession} (one run: lanes of preview folders, the problem report),
 * {@link org.newsdigest.serve.RebuildRunner} (rebuilds one at a time off the watcher's and server's threads, a stuck
 * one left behind), {@link org.newsdigest.serve.SiteWatcher} (file events plus a periodic check), and the server:
 * {@link org.newsdigest.serve.PreviewServer} with {@link org.newsdigest.serve.RequestHead},
 * {@link org.newsdigest.serve.RequestPath}, {@link org.newsdigest.serve.PreviewFolder},
 * {@link org.newsdigest.serve.ResponseWriter} and {@link org.newsdigest.serve.LiveReloadStreams}. The server is our
 * own rather than the JDK's {@code com.sun.net.httpserver}: that one takes its timeouts from system properties read
 * once per JVM, reads request headers on its worker threads without a deadline, and holds a thread per open
 * live-reload stream.
 */
package org.newsdigest.serve;
