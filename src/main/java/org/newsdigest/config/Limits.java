package org.newsdigest.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What one article or one page may cost at most, so that every build ends: the {@code limits} group of the config.
 *
 * @param topicsPerArticle  topics kept per article; more are cut with a warning naming the file
 * @param imagesPerArticle  images kept per article; more are cut with a warning
 * @param relatedPerArticle related items kept per article; more are cut with a warning
 * @param aliasesPerArticle earlier addresses (redirect pages) kept per article; more are cut with a warning
 * @param renderTime        how long one page's template may run before the build stops it as a template failure
 * @param pageBytes         the largest file one template may produce
 * @param nestingPerLine    how deep one body line may nest block quotes and list items; a deeper body is refused
 * @param bodyWork          the most marks × characters a body's paragraphs may add up to; a costlier body is refused
 */
public record Limits(int topicsPerArticle, int imagesPerArticle, int relatedPerArticle, int aliasesPerArticle,
        Duration renderTime, long pageBytes, int nestingPerLine, long bodyWork) {

    public static final Limits DEFAULTS = new Limits(50, 20, 50, 20, Duration.ofSeconds(10), 100_000_000L, 100, 100_000_000L);

    public Limits {
        Objects.requireNonNull(renderTime, "renderTime");
        if (topicsPerArticle < 1 || imagesPerArticle < 1 || relatedPerArticle < 1 || aliasesPerArticle < 1
                || renderTime.isNegative() || renderTime.isZero() || pageBytes < 1 || nestingPerLine < 1 || bodyWork < 1) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** Limits on lists and templates, with an article body bounded as by default. */
    public Limits(int topicsPerArticle, int imagesPerArticle, int relatedPerArticle, int aliasesPerArticle,
            Duration renderTime, long pageBytes) {
        this(topicsPerArticle, imagesPerArticle, relatedPerArticle, aliasesPerArticle, renderTime, pageBytes,
                DEFAULTS.nestingPerLine(), DEFAULTS.bodyWork());
    }
}
