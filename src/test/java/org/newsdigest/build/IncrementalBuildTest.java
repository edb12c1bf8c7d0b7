package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cache.MemoryCache;
import org.newsdigest.check.BrokenLink;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.write.StagingArea;

/**
 * A build after a change parses only the changed files, writes only the pages whose data changed and removes the
 * pages that are gone; its output is, byte for byte, what a full build of the same content gives.
 */
class IncrementalBuildTest {

    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path site;
    @TempDir
    Path fresh;
    Path output;
    private final Map<Path, Object> identities = new HashMap<>();

    @BeforeEach
    void buildTheNewsroomOnce() throws Exception {
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
        output = site.resolve("output");
        BuildResult first = build(false);
        assertTrue(first.published());
        assertEquals(first.summary().filesWritten(), renderedFiles(), "the first build writes everything");
        assertTrue(Files.isRegularFile(output.resolve(StagingArea.MARKER)), "and marks the folder as its own");
        ageEveryFile();
    }

    @Test
    void aBuildWithNothingChangedWritesNothingAndChecksNothing() throws Exception {
        Path manifest = site.resolve(".output.cache/output-manifest.bin");
        Files.setLastModifiedTime(manifest, OLD);

        BuildResult again = build(false);

        assertTrue(again.published());
        assertEquals(0, again.summary().filesWritten());
        assertEquals(0, again.summary().pagesChecked());
        assertEquals(Set.of(), rewritten());
        assertEquals(OLD, Files.getLastModifiedTime(manifest), "the manifest on record still describes the site");
        assertSameAsAFullBuild();

        append("02-chips.md", "\nA new paragraph.\n");
        assertEquals(1, build(false).summary().filesWritten(), "and the next change is still built incrementally");
        assertSameAsAFullBuild();
    }

    /**
     * An output folder that is a mount point gets the new site by a copy of its contents; the copies keep the
     * published files' times to the nanosecond, as the manifest records them, so the next build still trusts them.
     */
    @Test
    void aBuildAfterAPublishIntoAFolderThatCannotBeRenamedWritesNothing() throws Exception {
        append("02-chips.md", "\nA new paragraph.\n");
        BuildResult swapped = buildObservedBy(renameRefused());
        assertTrue(swapped.published());
        assertEquals(1, swapped.summary().filesWritten());

        BuildResult again = buildObservedBy(renameRefused());

        assertTrue(again.published());
        assertEquals(0, again.summary().filesWritten());
        assertSameAsAFullBuild();
    }

    /** What Linux answers when a mount point is renamed; a test cannot mount, so the rename is made to fail so. */
    private StagingArea.Checkpoints renameRefused() {
        return (point, path) -> {
            if (point == StagingArea.Point.SETTING_OUTPUT_ASIDE) {
                throw new java.nio.file.FileSystemException(output.toString(), site.resolve(".output.previous").toString(),
                        "Device or resource busy");
            }
        };
    }

    @Test
    void aChangedBodyRewritesOnlyTheArticlesOwnPage() throws Exception {
        append("02-chips.md", "\nA new paragraph.\n");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertEquals(Set.of("articles/02-chips/index.html"), rewritten(),
                "cards show no body, so no list page changes");
        assertTrue(Files.readString(output.resolve("articles/02-chips/index.html")).contains("<p>A new paragraph.</p>"),
                "the page shows the new body");
        assertSameAsAFullBuild();
    }

    /** An archive lists the headline, provider and time alone: an excerpt, like a body, is not its business. */
    @Test
    void aChangedExcerptRewritesItsCardsButNoArchive() throws Exception {
        edit("02-chips.md", "excerpt: \"Foundries announce \\\"2 nm\\\" nodes.\"", "excerpt: \"Foundries announce new nodes.\"");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertTrue(rewritten().containsAll(Set.of("articles/02-chips/index.html", "page/3/index.html",
                "topics/semiconductors/index.html", "providers/tech-wire/index.html")), rewritten()::toString);
        assertEquals(Set.of(), archivesRewritten());
        assertSameAsAFullBuild();
    }

    @Test
    void aNewTitleKeepsThePageWhereItIsAndUpdatesEveryPageThatShowsIt() throws Exception {
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 1 nm\"");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertEquals(Set.of(
                "articles/02-chips/index.html",
                "articles/2024/03/02/index.html",
                "articles/2024/03/index.html",
                "articles/2024/index.html",
                "page/3/index.html",
                "providers/tech-wire/feed.xml",
                "providers/tech-wire/index.html",
                "search-index.json",
                "topics/semiconductors/feed.xml",
                "topics/semiconductors/index.html"), rewritten(), "its page, its cards (on the front page, its topic's and "
                + "provider's pages), its headline on its day's, month's and year's archives, its feeds and the search index; not the "
                + "sitemap, since no address changed");
        assertSameAsAFullBuild();
    }

    /**
     * The manifest of each build after the first is kept as the files that changed, appended to the manifest's delta;
     * read back, base and delta still tell the next build exactly which pages it can keep.
     */
    @Test
    void buildAfterBuildKeepsTheManifestAsADeltaAndStaysExact() throws Exception {
        Path base = site.resolve(".output.cache/output-manifest.bin");
        byte[] firstBase = Files.readAllBytes(base);
        for (String title : List.of("1 nm", "3 nm", "2 nm")) {
            String before = Files.readString(site.resolve("seeds/02-chips.md"));
            edit("02-chips.md", before.substring(before.indexOf("title: \"Chip makers race to "), before.indexOf(" nm\"") + 4),
                    "title: \"Chip makers race to " + title + "\"");
            ageEveryFile();

            BuildResult result = build(false);

            assertTrue(result.published());
            assertEquals(10, rewritten().size(), "the page, its cards, its feeds and the search index: " + rewritten());
            assertSameAsAFullBuild();
        }
        assertArrayEquals(firstBase, Files.readAllBytes(base), "the base is as the first build wrote it");
        assertTrue(Files.size(site.resolve(".output.cache/output-manifest.delta")) > 0);
    }

    @Test
    void aNewSlugMovesThePageAndUpdatesEveryPageThatLinksToIt() throws Exception {
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 2 nm\"\nslug: chips-2-nm");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertFalse(Files.exists(output.resolve("articles/02-chips")), "the old page and its folder are gone");
        assertEquals(Set.of(
                "articles/chips-2-nm/index.html",
                "articles/2024/03/02/index.html",
                "articles/2024/03/index.html",
                "articles/2024/index.html",
                "page/3/index.html",
                "providers/tech-wire/feed.xml",
                "providers/tech-wire/index.html",
                "search-index.json",
                "sitemap.xml",
                "topics/semiconductors/feed.xml",
                "topics/semiconductors/index.html"), rewritten(), "its page, its cards (on the front page, its topic's, provider's, day's, month's and year's pages), its feeds, the search index "
                + "and sitemap");
        assertEquals(List.of("output: warning: 1 article page the last build published is gone: articles/02-chips/; links to "
                + "it now find nothing. If an article moved, list its old address under its 'aliases:' to keep it answering"),
                lostPages(result));
        assertSameAsAFullBuild();
    }

    @Test
    void aNewSlugWithTheOldAddressAsAnAliasLosesNoPage() throws Exception {
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 2 nm\"\nslug: chips-2-nm\n"
                + "aliases: [/articles/02-chips/]");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertEquals(List.of(), lostPages(result));
        assertTrue(SiteFiles.text(output, "articles/02-chips/index.html").contains("url=/news-digest/articles/chips-2-nm/"));
    }

    @Test
    void anAliasAddedWritesItsRedirectPageAndNothingElseAndRemovedDeletesIt() throws Exception {
        String header = "title: \"Chip makers race to 2 nm\"";
        edit("02-chips.md", header, header + "\naliases:\n  - /articles/2024/03/02/chip-makers-race-to-2-nm/");

        BuildResult added = build(false);

        assertTrue(added.published(), () -> added.problems() + " " + added.brokenLinks());
        assertEquals(Set.of("articles/2024/03/02/chip-makers-race-to-2-nm/index.html"), rewritten(),
                "no list, feed, search index or sitemap shows an alias");
        assertEquals(1, added.summary().pagesChecked(), "and the link check reads it");
        assertSameAsAFullBuild();
        ageEveryFile();

        append("01-robots.md", "\nA new paragraph.\n");
        assertTrue(build(false).published());
        assertEquals(Set.of("articles/01-robots/index.html"), rewritten(), "the chips article, aliases and all, comes from the cache");
        assertTrue(Files.isRegularFile(output.resolve("articles/2024/03/02/chip-makers-race-to-2-nm/index.html")));
        assertSameAsAFullBuild();
        ageEveryFile();

        edit("02-chips.md", header + "\naliases:\n  - /articles/2024/03/02/chip-makers-race-to-2-nm/", header);
        BuildResult removed = build(false);

        assertTrue(removed.published());
        assertEquals(Set.of(), rewritten());
        assertFalse(Files.exists(output.resolve("articles/2024/03/02/chip-makers-race-to-2-nm")), "its page and folder are gone");
        assertTrue(Files.isRegularFile(output.resolve("articles/2024/03/02/index.html")), "the day's archive around it stays");
        assertSameAsAFullBuild();
    }

    @Test
    void aNewDayRewritesOnlyTheArchivesThatShowItOrLinkIt() throws Exception {
        edit("07-embargo.md", "published: false", "published: true");

        assertTrue(build(false).published());

        assertEquals(Set.of(
                "articles/2024/03/06/index.html",
                "articles/2024/03/07/index.html",
                "articles/2024/03/index.html",
                "articles/2024/index.html"), archivesRewritten(),
                "the new day, the day before it (now linking it), and its month's and year's pages, which list its headline "
                        + "(the month's also lists the new day); no other day");
        assertSameAsAFullBuild();
    }

    @Test
    void aDayWithNoArticleLeftLosesItsArchiveAndItsNeighbourItsLink() throws Exception {
        edit("01-robots.md", "published: true", "published: false");

        assertTrue(build(false).published());

        assertFalse(Files.exists(output.resolve("articles/2024/03/01")), "the day has no article left, so no page");
        assertEquals(Set.of(
                "articles/2024/03/02/index.html",
                "articles/2024/03/index.html",
                "articles/2024/index.html"), archivesRewritten(),
                "the next day, which linked it; its month, which listed its day and its headline; its year, which listed its "
                        + "headline; no other day");
        assertSameAsAFullBuild();
    }

    @Test
    void theIndexOfYearsIsRenderedAgainWhenAYearAppearsOrGoesAndOnlyThen() throws Exception {
        edit("01-robots.md", "publishedDateTime: 2024-03-01T09:30:00Z", "publishedDateTime: 2023-12-31T09:30:00Z");

        assertTrue(build(false).published());

        assertTrue(rewritten().contains("articles/index.html"), "2023 appeared");
        assertEquals(List.of("2024 /news-digest/articles/2024/", "2023 /news-digest/articles/2023/"), yearsListed());
        assertSameAsAFullBuild();
        ageEveryFile();

        append("02-chips.md", "\nA new paragraph.\n");
        assertTrue(build(false).published());
        assertFalse(rewritten().contains("articles/index.html"), "the same years with the same counts");
        ageEveryFile();

        edit("01-robots.md", "publishedDateTime: 2023-12-31T09:30:00Z", "publishedDateTime: 2024-03-01T09:30:00Z");
        assertTrue(build(false).published());

        assertTrue(rewritten().contains("articles/index.html"), "2023 went");
        assertFalse(Files.exists(output.resolve("articles/2023")));
        assertEquals(List.of("2024 /news-digest/articles/2024/"), yearsListed());
        assertSameAsAFullBuild();
    }

    private List<String> yearsListed() {
        return Jsoup.parse(SiteFiles.text(output, "articles/index.html")).select(".archive-years a").stream()
                .map(a -> a.text() + " " + a.attr("href")).toList();
    }

    @Test
    void anArticleNoLongerPublishedDisappearsFromEveryPage() throws Exception {
        edit("02-chips.md", "published: true", "published: false");

        BuildResult result = build(false);
        assertTrue(result.published());

        assertFalse(Files.exists(output.resolve("articles/02-chips")), "its page and folder are gone");
        assertFalse(Files.exists(output.resolve("topics/semiconductors")), "its only topic's page and feed are gone");
        assertEquals(1, lostPages(result).size(), "one line says so");
        assertSameAsAFullBuild();
    }

    @Test
    void aChangedTemplateRewritesEveryPage() throws Exception {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/404.ftlh"), "<#import \"layout.ftlh\" as layout>"
                + "<@layout.frame><h1>Nothing here, sorry</h1></@layout.frame>\n", StandardCharsets.UTF_8);

        BuildResult result = build(false);

        assertTrue(result.published());
        assertEquals(renderedFiles(), result.summary().filesWritten(), "a new theme is a full build");
        assertSameAsAFullBuild();
    }

    @Test
    void aChangedConfigRewritesEveryPage() throws Exception {
        edit("../site-config.yml", "pageSize: 3", "pageSize: 2");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertEquals(renderedFiles(), result.summary().filesWritten());
        assertSameAsAFullBuild();
    }

    @Test
    void anotherThreadCountKeepsTheBuildIncremental() throws Exception {
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml")) + "threads: 3\n");

        assertEquals(0, build(false).summary().filesWritten(), "the output does not depend on the number of threads");

        append("02-chips.md", "\nA new paragraph.\n");
        assertEquals(1, build(false).summary().filesWritten());
        assertSameAsAFullBuild();
    }

    @Test
    void cleanIgnoresTheCache() throws Exception {
        BuildResult result = build(true);

        assertTrue(result.published());
        assertEquals(renderedFiles(), result.summary().filesWritten());
    }

    @Test
    void aGarbledCacheMeansAFullBuildNotAWrongOne() throws Exception {
        try (Stream<Path> files = Files.list(site.resolve(".output.cache"))) {
            for (Path file : files.toList()) {
                Files.write(file, "not a cache".getBytes(StandardCharsets.UTF_8));
            }
        }
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 1 nm\"");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertEquals(renderedFiles(), result.summary().filesWritten());
        assertSameAsAFullBuild();
    }

    /**
     * The cache names content files relative to its folder and the config's paths relative to the site, so a site
     * moved (or a cache restored in CI at another path) stays incremental; no absolute path is in any cache file.
     */
    @Test
    void aSiteMovedToAnotherFolderStaysIncremental() throws Exception {
        Path original = site;
        Path moved = fresh.resolve("moved");
        Files.move(site, moved);
        site = moved;
        output = moved.resolve("output");
        ageEveryFile();
        append("02-chips.md", "\nA new paragraph.\n");

        BuildResult result = build(false);

        assertTrue(result.published());
        assertEquals(Set.of("articles/02-chips/index.html"), rewritten());
        try (Stream<Path> files = Files.list(moved.resolve(".output.cache"))) {
            for (Path file : files.toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(original.toString()) || bytes.contains(moved.toString()), file + " holds an absolute path");
            }
        }
    }

    @Test
    void aKeptPageWhoseLinkTargetMovedAwayFailsTheBuild() throws Exception {
        // the robots article's body links to the chips article by hand; a new slug for chips leaves that link dangling
        append("01-robots.md", "\nSee [the chips story](https://example.github.io/news-digest/articles/02-chips/).\n");
        assertTrue(build(false).published());
        ageEveryFile();
        Map<String, byte[]> lastGood = SiteFiles.read(output);
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 2 nm\"\nslug: chips-2-nm");

        BuildResult result = build(false);

        assertFalse(result.published());
        assertEquals(1, result.brokenLinks().size());
        assertEquals("articles/01-robots/index.html", result.brokenLinks().get(0).page());
        assertEquals("https://example.github.io/news-digest/articles/02-chips/",
                result.brokenLinks().get(0).link());
        assertEquals(List.of("output: warning: 1 article page the last build published is gone: articles/02-chips/; links to "
                + "it now find nothing. If an article moved, list its old address under its 'aliases:' to keep it answering"),
                lostPages(result), "what the build would have lost is said though it publishes nothing");
        Map<String, byte[]> now = SiteFiles.read(output);
        assertEquals(lastGood.keySet(), now.keySet());
        lastGood.forEach((path, bytes) -> assertArrayEquals(bytes, now.get(path), path));
        assertEquals(Set.of(), rewritten());
    }

    /** A page written again is checked, and its broken link reported at the line and column it is on. */
    @Test
    void aRewrittenPageWithABrokenLinkSaysWhereItIs() throws Exception {
        String nowhere = "https://example.github.io/news-digest/articles/nowhere/";
        append("02-chips.md", "\nSee [nothing](" + nowhere + ").\n");
        Map<String, String> written = new HashMap<>();

        BuildResult result = buildObservedBy((point, path) -> {
            if (point == StagingArea.Point.FILE_WRITTEN && path.endsWith("articles/02-chips/index.html")) {
                written.put("chips", Files.readString(path, StandardCharsets.UTF_8));
            }
        });

        assertFalse(result.published());
        assertEquals(List.of("articles/02-chips/index.html:" + position(written.get("chips"), nowhere) + " → " + nowhere
                + ": no such file in the site (looked for articles/nowhere/index.html)"),
                result.brokenLinks().stream().map(BrokenLink::format).toList());
    }

    /** Where the value of the {@code href} to {@code link} starts in {@code page}: its line and column, from 1. */
    private static String position(String page, String link) {
        List<String> lines = page.lines().toList();
        String attribute = "href=\"" + link + "\"";
        int line = 0;
        while (!lines.get(line).contains(attribute)) {
            line++;
        }
        return (line + 1) + ":" + (lines.get(line).indexOf(attribute) + "href=\"".length() + 1);
    }

    /**
     * A kept page, not rendered again, is still checked when a file it links to is gone: read from the published
     * site, and its broken link reported at the line and column it is on.
     */
    @Test
    void aKeptPageIsCheckedFromItsPublishedFileAndItsBrokenLinkSaysWhereItIs() throws Exception {
        String chips = "https://example.github.io/news-digest/articles/02-chips/";
        append("01-robots.md", "\nSee [the chips story](" + chips + ").\n");
        assertTrue(build(false).published());
        ageEveryFile();
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 2 nm\"\nslug: chips-2-nm");

        BuildResult result = build(false);

        assertFalse(rewritten().contains("articles/01-robots/index.html"));
        String published = Files.readString(output.resolve("articles/01-robots/index.html"), StandardCharsets.UTF_8);
        assertEquals(List.of("articles/01-robots/index.html:" + position(published, chips) + " → " + chips
                + ": no such file in the site (looked for articles/02-chips/index.html)"),
                result.brokenLinks().stream().map(BrokenLink::format).toList());
    }

    @Test
    void aCacheHeldInMemoryServesLikeTheFolderAndLeavesNothingOnDisk() throws Exception {
        PathUtils.deleteDirectory(site.resolve(".output.cache"));
        MemoryCache memory = new MemoryCache();
        assertTrue(build(memory).published());
        ageEveryFile();
        edit("02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 1 nm\"");

        BuildResult result = build(memory);

        assertTrue(result.published());
        assertEquals(10, result.summary().filesWritten(), "only what the new title touches");
        assertFalse(Files.exists(site.resolve(".output.cache")));
        assertSameAsAFullBuild();
    }

    // ---- helpers ----

    private BuildResult build(MemoryCache memory) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.kept(config.outputDir(), memory)).build();
    }

    private BuildResult buildObservedBy(StagingArea.Checkpoints checkpoints) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir())).observedBy(checkpoints).build();
    }

    private BuildResult build(boolean clean) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        return new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir()).startingEmptyIf(clean)).build();
    }

    /** The same content, built from scratch in a folder of its own, gives the same files with the same bytes. */
    private void assertSameAsAFullBuild() throws Exception {
        FullBuildComparison.assertSameAsAFullBuild(site, output, fresh);
    }

    /**
     * Notes which file each output path is. A rewritten file is a new file; a kept one is the very same file (a hard
     * link to it), with the size and modification time the manifest recorded, or the build would not trust it.
     */
    private void ageEveryFile() throws IOException {
        identities.clear();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                identities.put(file, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
        }
    }

    private Set<String> rewritten() throws IOException {
        Set<String> changed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!Files.readAttributes(file, BasicFileAttributes.class).fileKey().equals(identities.get(file))
                        && !file.getFileName().toString().equals(StagingArea.MARKER)) {
                    changed.add(output.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return changed;
    }

    /** The rewritten pages of the date archives ({@code articles/2024/03/}, …), leaving out the articles' own pages. */
    private Set<String> archivesRewritten() throws IOException {
        Set<String> archives = new TreeSet<>(rewritten());
        archives.removeIf(path -> !SiteFiles.isDateArchive(path));
        return archives;
    }

    /** The warning about article pages the last build published that this one does not. */
    private List<String> lostPages(BuildResult result) {
        return result.problems().stream().map(p -> p.format(site)).filter(line -> line.contains("the last build published")).toList();
    }

    /** The files of the output, but the mark every published site carries, which no render writes. */
    private int renderedFiles() {
        return SiteFiles.read(output).size() - 1;
    }

    private void edit(String seed, String from, String to) throws IOException {
        Path file = site.resolve("seeds").resolve(seed).normalize();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> seed + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void append(String seed, String text) throws IOException {
        Files.writeString(site.resolve("seeds").resolve(seed), text, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * A rebuild reads back the body of no page it keeps: with the paragraphs of every body in the parse cache garbled
     * (the seeds' headers hold no HTML, so only bodies change and the cache still reads), a body edit rebuilds.
     */
    @Test
    void aRebuildReadsNoBodyOfAPageItKeeps() throws Exception {
        List<String> seeds;
        try (Stream<Path> files = Files.list(site.resolve("seeds"))) {
            seeds = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        for (String seed : seeds) {
            append(seed, "\nThe body of " + seed + ".\n");
        }
        Files.delete(site.resolve(".output.cache/parsed-files.bin"));
        assertTrue(build(false).published(), "every file parsed again, into a new base");
        Path base = site.resolve(".output.cache/parsed-files.bin");
        String text = new String(Files.readAllBytes(base), StandardCharsets.ISO_8859_1);
        assertTrue(text.split("<p>The body of ", -1).length > seeds.size() / 2, "the bodies are in the base file as text");
        Files.write(base, text.replace("<p>", "<q>").getBytes(StandardCharsets.ISO_8859_1));
        ageEveryFile();
        append("02-chips.md", "\nA new paragraph.\n");

        BuildResult result = build(false);

        assertTrue(result.published(), result.problems()::toString);
        assertEquals(Set.of("articles/02-chips/index.html"), rewritten());
        assertTrue(Files.readString(output.resolve("articles/02-chips/index.html")).contains("<p>A new paragraph.</p>"));
        assertSameAsAFullBuild();
    }
}
