package org.newsdigest.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated site configuration. Paths are absolute; {@code baseUrl} is absolute and ends with '/'.
 *
 * @param siteRoot the folder holding the config file; relative paths in the config resolve against it
 * @param cname           the custom domain written to {@code CNAME} for GitHub Pages, if any
 * @param image           the picture link previews show for pages without their own: an absolute http(s) URL, or a
 *                        site path under {@code static/} (a relative URI); when empty, the theme's
 * @param strict          any problem, even a warning, fails the build and publishes nothing
 * @param publishFuture   publish articles dated after the build's clock (normally they wait until then)
 * @param maxArticleBytes larger article files are refused before they are read
 * @param limits          the most one article or one page may cost
 * @param threads         how many threads the build works on; the output is the same for any number
 */
public record SiteConfig(
        Path siteRoot,
        String title,
        String description,
        URI baseUrl,
        String language,
        ZoneId timeZone,
        int pageSize,
        int feedItems,
        Path contentDir,
        Path templatesDir,
        Path outputDir,
        Optional<String> cname,
        Optional<URI> image,
        boolean strict,
        boolean publishFuture,
        long maxArticleBytes,
        Limits limits,
        int threads) {

    public SiteConfig {
        Objects.requireNonNull(siteRoot, "siteRoot");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(cname, "cname");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(limits, "limits");
        if (!baseUrl.isAbsolute() || !baseUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must be absolute and end with '/': " + baseUrl);
        }
        if (pageSize < 1 || feedItems < 1 || maxArticleBytes < 1 || threads < 1) {
            throw new IllegalArgumentException("pageSize, feedItems, maxArticleBytes and threads must be positive");
        }
    }

    /** This config, with another number of threads: for what must not depend on it, such as the cache's stamp. */
    public SiteConfig withThreads(int count) {
        return new SiteConfig(siteRoot, title, description, baseUrl, language, timeZone, pageSize, feedItems, contentDir,
                templatesDir, outputDir, cname, image, strict, publishFuture, maxArticleBytes, limits, count);
    }

    /** The locale dates are shown in; from {@code language}, never from the machine. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
