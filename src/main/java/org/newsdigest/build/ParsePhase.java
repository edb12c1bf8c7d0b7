package org.newsdigest.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.newsdigest.cache.FileOutcome;
import org.newsdigest.cache.ReusableParses;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.model.Withheld;
import org.newsdigest.parse.ArticleParser;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.parse.ParsedFile;
import org.newsdigest.threads.BuildThreads;

/**
 * Reads and parses every content file on the build's threads, reusing what the incremental state kept for files that
 * are as they were; results and problems are merged back in file order.
 */
final class ParsePhase {

    /**
     * What the files hold.
     *
     * @param toPublish the valid articles marked {@code published}, in file order; the model decides which are shown
     * @param withheld  what identifies the unpublished and invalid files, which related lists must not name; the model
     *                  adds the articles it holds back
     * @param counts    every file read, with {@code toPublish} counted as published
     */
    record ParsedContent(List<Article> toPublish, Withheld withheld, ContentCounts counts) {
        ParsedContent {
            toPublish = List.copyOf(toPublish);
        }
    }

    private final SiteConfig config;
    private final BuildProgress progress;
    private final BuildThreads threads;

    ParsePhase(SiteConfig config, BuildProgress progress, BuildThreads threads) {
        this.config = config;
        this.progress = progress;
        this.threads = threads;
    }

    /**
     * The results are kept for the next build at once, whatever becomes of this one: they depend only on the files'
     * bytes, and a large site need not hold its unpublished articles in memory.
     */
    ParsedContent parse(LoadPhase.Loading loaded, Problems problems) {
        List<Path> files = loaded.files();
        ReusableParses parses = loaded.parses().await();
        ReusableParses.FileParser parser = fileParser(loaded.markdownRenderer());
        AtomicInteger done = new AtomicInteger();
        List<FileOutcome> outcomes = threads.map(IntStream.range(0, files.size()).boxed().toList(), index -> {
            FileOutcome outcome = parses.parse(files.get(index), loaded.stamps().get(index), parser);
            progress.parsed(done.incrementAndGet(), files.size());
            return outcome;
        });
        parses.keepForNextBuild();

        List<Article> toPublish = new ArrayList<>();
        Withheld withheld = new Withheld();
        int unpublished = 0;
        int invalid = loaded.refused();
        for (FileOutcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            outcome.withheld().ifPresent(withheld::add);
            if (outcome.invalid()) {
                invalid++;
            } else if (outcome.published().isPresent()) {
                toPublish.add(outcome.published().get());
            } else {
                unpublished++;
            }
        }
        int filesRead = files.size() + loaded.refused();
        return new ParsedContent(toPublish, withheld, new ContentCounts(filesRead, toPublish.size(), unpublished, invalid));
    }

    private ReusableParses.FileParser fileParser(MarkdownRenderer markdown) {
        SourceFileReader reader = new SourceFileReader(config.maxArticleBytes());
        ArticleParser parser = new ArticleParser(config.timeZone(), (int) Math.min(Integer.MAX_VALUE, config.maxArticleBytes()),
                config.limits(), markdown, config.baseUrl());
        return new ReusableParses.FileParser() {
            @Override
            public Optional<byte[]> read(Path file, Problems problems) {
                return reader.readBytes(file, problems);
            }

            @Override
            public ParsedFile parse(Path file, byte[] bytes, Problems problems) {
                return reader.decode(file, bytes, problems).map(text -> parser.parseFile(text, problems))
                        .orElseGet(() -> new ParsedFile(Optional.empty(), problems.list()));
            }
        };
    }
}
