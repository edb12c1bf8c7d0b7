package org.newsdigest.build;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.DigestBuilder;
import org.newsdigest.model.StoryMemory;
import org.newsdigest.threads.BuildThreads;

/**
 * Decides what the site shows: holds back articles dated after the build and updates dated after it, then builds the digest (stories,
 * topics, addresses), which leaves out a second copy of a story.
 */
final class ModelPhase {

    /**
     * The site to render.
     *
     * @param counts         every file read, with exactly the digest's articles counted as published: the rest of
     *                       those marked {@code published} (held back for their date, second copies) are unpublished
     * @param addressesClash two articles want one address: whichever the site showed would move the other's page, so
     *                       the build publishes nothing
     */
    record Modelled(Digest digest, ContentCounts counts, boolean addressesClash) {
    }

    private final SiteConfig config;
    private final Path displayBase;
    private final Clock clock;
    private final BuildThreads threads;
    private final StoryMemory stories;

    /** @param clock decides which articles are still in the future */
    ModelPhase(SiteConfig config, Path displayBase, Clock clock, BuildThreads threads) {
        this(config, displayBase, clock, threads, StoryMemory.NONE);
    }

    /** @param stories what the last build's story grouping found, and where this one keeps what it finds */
    ModelPhase(SiteConfig config, Path displayBase, Clock clock, BuildThreads threads, StoryMemory stories) {
        this.config = config;
        this.displayBase = displayBase;
        this.clock = clock;
        this.threads = threads;
        this.stories = stories;
    }

    Modelled model(ParsePhase.ParsedContent parsed, Problems problems) {
        Instant now = clock.instant();
        List<Article> due = new ArrayList<>();
        for (Article article : parsed.toPublish()) {
            if (isDue(article, now, problems)) {
                due.add(withoutFutureUpdate(article, now, problems));
            } else {
                parsed.withheld().add(article.identity());
            }
        }
        Problems addresses = new Problems();
        Digest digest = new DigestBuilder(displayBase, threads, stories).build(due, parsed.withheld(), addresses);
        problems.addAll(addresses.list());
        return new Modelled(digest, parsed.counts().publishing(digest.articles().size()), addresses.hasErrors());
    }

    /** An article dated after the build waits for a later build, unless the config says to publish it now. */
    private boolean isDue(Article article, Instant now, Problems problems) {
        if (!article.publishedAt().isAfter(now) || config.publishFuture()) {
            return true;
        }
        problems.warning(SourcePosition.ofFile(article.source()), "dated " + article.publishedAt()
                + ", in the future: it is not published now and will appear in the first build after that time. "
                + "Set 'publishFuture: true' in the config to publish future articles at once");
        return false;
    }

    /**
     * An update dated after the build is not told to feed readers and search engines yet: until then the article is as
     * published, unless the config says to publish future dates now.
     */
    private Article withoutFutureUpdate(Article article, Instant now, Problems problems) {
        if (article.updatedAt().isEmpty() || !article.updatedAt().get().isAfter(now) || config.publishFuture()) {
            return article;
        }
        problems.warning(article.updatedAtPosition(), "'updatedDateTime' " + article.updatedAt().get()
                + " is in the future: it is ignored now and counts from the first build after that time. "
                + "Set 'publishFuture: true' in the config to use future dates at once");
        return article.toBuilder().updatedAt(Optional.empty()).build();
    }
}
