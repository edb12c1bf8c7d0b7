package org.newsdigest.build;

import java.nio.file.Path;
import java.util.Optional;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.model.Digest;
import org.newsdigest.render.SiteRenderer;
import org.newsdigest.render.SitemapLimits;
import org.newsdigest.render.TemplateFailure;
import org.newsdigest.render.ThemeTemplates;
import org.newsdigest.threads.BuildThreads;

/**
 * Renders every page, feed and static file into the new site; a page whose data has the fingerprint the last build
 * recorded is kept as published instead ({@link SiteOutput#holds}).
 */
final class RenderPhase {

    /**
     * The new site, rendered.
     *
     * @param lostPages for an incremental build, a warning naming the article pages the last build published and this
     *                  one does not
     */
    record Rendered(int filesWritten, int pagesWritten, Optional<Problem> lostPages) {
    }

    private final SiteConfig config;
    private final Path displayBase;
    private final SitemapLimits sitemapLimits;
    private final BuildThreads threads;

    RenderPhase(SiteConfig config, Path displayBase, SitemapLimits sitemapLimits, BuildThreads threads) {
        this.config = config;
        this.displayBase = displayBase;
        this.sitemapLimits = sitemapLimits;
        this.threads = threads;
    }

    /** Empty when a template failed: the build stops there, with the reasons in {@code problems}. */
    Optional<Rendered> render(ThemeTemplates templates, Digest digest, SiteOutput output, Problems problems) {
        // on the build's threads while this one prepares the render's parts, which those threads take next
        output.readPublishedStamps(threads);
        try {
            new SiteRenderer(config, templates, displayBase, sitemapLimits, threads).render(digest, output, problems);
        } catch (TemplateFailure e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        Optional<Problem> lost = output.isIncremental() ? LostArticlePages.warning(output.deleted(), config.outputDir())
                : Optional.empty();
        return Optional.of(new Rendered(output.filesWritten(), output.pagesWritten(), lost));
    }
}
