package org.newsdigest.build;

import org.newsdigest.cache.CodeStamp;
import org.newsdigest.config.Limits;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.hash.Hash64;
import org.newsdigest.render.ThemeTemplates;

/**
 * What the cached results depend on. Parsing depends on the code and the config keys the parser reads; the
 * published output on the code, the whole config (but not where the site's folder is) and the theme. A cache
 * stamped otherwise is not used.
 */
record BuildStamps(long parse, long output) {

    static BuildStamps of(SiteConfig config, ThemeTemplates templates) {
        return of(CodeStamp.of(SiteBuilder.class), config, templates);
    }

    /** @param code the {@link CodeStamp} of the running code */
    static BuildStamps of(long code, SiteConfig config, ThemeTemplates templates) {
        long output = new Hash64().add(code).add(withoutSiteFolder(config)).add(templates.fingerprint()).value();
        return new BuildStamps(parseStamp(code, config), output);
    }

    /** What parse results depend on: known before the templates are, so the parse step need not wait for them. */
    static long parseStamp(long code, SiteConfig config) {
        Limits limits = config.limits();
        // the list limits cut what the parser keeps and the body bounds refuse bodies, so a changed limit parses every
        // file again; aliases are read below the base URL, so it is part of what a parse result depends on
        return new Hash64().add(code).add(config.timeZone().getId()).add(config.maxArticleBytes())
                .add(limits.topicsPerArticle()).add(limits.imagesPerArticle()).add(limits.relatedPerArticle())
                .add(limits.aliasesPerArticle()).add(limits.nestingPerLine()).add(limits.bodyWork())
                .add(config.baseUrl().toString()).value();
    }

    /**
     * The config as text, its paths relative to the site's folder: a site moved elsewhere, or a cache restored at
     * another path in CI, still publishes the same output. The number of threads is left out: the output is the same
     * for any, and a cache restored on a machine with other cores is still used.
     */
    static String withoutSiteFolder(SiteConfig config) {
        return config.withThreads(1).toString().replace(config.siteRoot().toString(), "<site>");
    }
}
