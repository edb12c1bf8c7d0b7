package org.newsdigest.build;

import org.newsdigest.cache.CodeStamp;
import org.newsdigest.config.Limits;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.render.ThemeTemplates;

/**
 * What the cached results depend on. Parsing depends on the code and the config keys the parser reads; the
 * published output on the code, the whole config (but not where the site's folder is) and the theme. A cache
 * stamped otherwise is not used.
 */
record BuildStamps(long parse, long output) {

    static BuildStamps of(SiteConfig config, ThemeTemplates templates) {
        long code = CodeStamp.of(SiteBuilder.class);
        Limits limits = config.limits();
        // the list limits cut what the parser keeps, so a changed limit parses every file again
        long parse = mix(mix(mix(mix(mix(mix(code, text(config.timeZone().getId())), config.maxArticleBytes()),
                limits.topicsPerArticle()), limits.imagesPerArticle()), limits.relatedPerArticle()),
                limits.aliasesPerArticle());
        long output = mix(mix(code, text(withoutSiteFolder(config))), templates.fingerprint());
        return new BuildStamps(parse, output);
    }

    /**
     * The config as text, its paths relative to the site's folder: a site moved elsewhere, or a cache restored at
     * another path in CI, still publishes the same output. The number of threads is left out: the output is the same
     * for any, and a cache restored on a machine with other cores is still used.
     */
    static String withoutSiteFolder(SiteConfig config) {
        return config.withThreads(1).toString().replace(config.siteRoot().toString(), "<site>");
    }

    private static long text(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = mix(hash, text.charAt(i));
        }
        return hash;
    }

    private static long mix(long hash, long value) {
        return (hash ^ value) * 0x100000001b3L + 0x9e3779b97f4a7c15L;
    }
}
