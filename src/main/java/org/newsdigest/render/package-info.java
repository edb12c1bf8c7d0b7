/**
 * Step 5, rendering: turns the {@link org.newsdigest.model.Digest} into pages through FreeMarker templates.
 * {@link org.newsdigest.render.UrlScheme} is the one place that maps the model to output paths and URLs
 * (so the GitHub Pages subpath is handled once); {@link org.newsdigest.render.ViewFactory} makes the view
 * records templates see (URLs and dates already made, never the model or a service);
 * {@link org.newsdigest.render.ThemeTemplates} looks templates up in the site's folder first, then in the
 * theme built into the jar (a link out of the site's templates folder is refused), and parses every one before
 * rendering starts. Each page's template runs within limits ({@link org.newsdigest.render.PageGuard}: nesting depth;
 * {@link org.newsdigest.render.PageWriter}: {@code limits.pageBytes}; {@link org.newsdigest.render.RenderWatch}:
 * {@code limits.renderSeconds}), so that every way a template fails is a template problem and every render ends.
 * {@link org.newsdigest.render.RedirectRenderer} renders last: a page at each published article's earlier addresses
 * ({@code aliases:}), none of which may take the place of a file the site makes. Output:
 * {@link org.newsdigest.render.RenderedPage}s, and a warning for each alias left out.
 * FreeMarker types stay inside this package.
 */
package org.newsdigest.render;
