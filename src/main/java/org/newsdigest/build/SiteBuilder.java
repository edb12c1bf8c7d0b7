package org.newsdigest.build;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.check.LinkChecker;
import org.newsdigest.check.LinkReport;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.load.ContentScanner;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.DigestBuilder;
import org.newsdigest.model.Withheld;
import org.newsdigest.parse.ArticleParser;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.render.SiteRenderer;
import org.newsdigest.render.TemplateFailure;
import org.newsdigest.render.ThemeTemplates;
import org.newsdigest.write.StagingArea;

/** Builds one site from its config. Reading {@link #build()} tells how a site is made. */
public final class SiteBuilder {

    private final SiteConfig config;
    private final Path displayBase;
    private final Clock clock;
    private final BuildProgress progress;

    /**
     * @param displayBase the folder that file paths in problems are shown relative to (usually the working folder)
     * @param clock       decides which articles are still in the future; nothing in the output depends on it
     */
    public SiteBuilder(SiteConfig config, Path displayBase, Clock clock) {
        this(config, displayBase, clock, BuildProgress.SILENT);
    }

    public SiteBuilder(SiteConfig config, Path displayBase, Clock clock, BuildProgress progress) {
        this.config = config;
        this.displayBase = displayBase;
        this.clock = clock;
        this.progress = progress;
    }

    public BuildResult build() {
        StagingArea.restoreAfterInterruptedPublish(config.outputDir());
        Problems problems = new Problems();
        ThemeTemplates templates;
        try {
            templates = ThemeTemplates.load(config);
        } catch (TemplateFailure e) {
            problems.addAll(e.problems());
            return new BuildResult(false, new BuildSummary(0, 0, 0, 0, 0, 0, 0, 0, 0), problems.list(), List.of());
        }
        List<Path> files = new ContentScanner().scan(config.contentDir(), problems);
        Parsed parsed = parse(files, problems);
        Digest digest = new DigestBuilder(config.timeZone(), displayBase)
                .build(parsed.published(), parsed.withheld(), problems);

        StagingArea staging = StagingArea.create(config.outputDir());
        AtomicInteger pages = new AtomicInteger();
        try {
            new SiteRenderer(config, templates).render(digest, page -> {
                staging.write(page);
                if (page.path().endsWith(".html")) {
                    pages.incrementAndGet();
                }
                progress.written(staging.filesWritten());
            });
        } catch (TemplateFailure e) {
            staging.discard();
            problems.addAll(e.problems());
            return new BuildResult(false, parsed.summary(0, 0, null), problems.list(), List.of());
        }
        LinkReport links = new LinkChecker(config.baseUrl()).check(staging.root());
        if (!links.passed() || (config.strict() && problems.size() > 0)) {
            staging.discard();
            return new BuildResult(false, parsed.summary(staging.filesWritten(), pages.get(), links), problems.list(), links.broken());
        }
        staging.publish();
        return new BuildResult(true, parsed.summary(staging.filesWritten(), pages.get(), links), problems.list(), List.of());
    }

    /** Reads and parses every file, in parallel; results and problems are merged back in file order. */
    private Parsed parse(List<Path> files, Problems problems) {
        SourceFileReader reader = new SourceFileReader(config.maxArticleBytes());
        ArticleParser parser = new ArticleParser(config.timeZone(), (int) Math.min(Integer.MAX_VALUE, config.maxArticleBytes()),
                new MarkdownRenderer());
        AtomicInteger done = new AtomicInteger();
        List<FileOutcome> outcomes = files.parallelStream().map(file -> {
            Problems own = new Problems();
            Optional<Article> article = reader.read(file, own).flatMap(text -> parser.parse(text, own));
            progress.parsed(done.incrementAndGet(), files.size());
            return new FileOutcome(article, own.list());
        }).toList();

        Instant now = clock.instant();
        List<Article> published = new ArrayList<>();
        Withheld withheld = new Withheld();
        int unpublished = 0;
        int invalid = 0;
        for (FileOutcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            if (outcome.article().isEmpty()) {
                invalid++;
            } else if (outcome.article().get().published() && isDue(outcome.article().get(), now, problems)) {
                published.add(outcome.article().get());
            } else {
                withheld.add(outcome.article().get());
                unpublished++;
            }
        }
        return new Parsed(files.size(), published, unpublished, withheld, invalid);
    }

    private record FileOutcome(Optional<Article> article, List<Problem> problems) {
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

    /** What parsing produced: the published articles and the count of every kind of file. */
    private record Parsed(int filesRead, List<Article> published, int unpublished, Withheld withheld, int invalid) {
        BuildSummary summary(int filesWritten, int pagesWritten, LinkReport links) {
            return new BuildSummary(filesRead, published.size(), unpublished, invalid, filesWritten, pagesWritten,
                    links == null ? 0 : links.pagesChecked(), links == null ? 0 : links.internalLinks(),
                    links == null ? 0 : links.externalLinks());
        }
    }
}
