package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.model.ArticleIdentity;
import org.newsdigest.model.Image;
import org.newsdigest.model.Provider;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.Topic;

class ArticleParserTest {

    private static final Pattern SECURED = Pattern.compile("(?m)^secured: \"([^\"]+)\"$");

    @TempDir
    Path dir;

    private final Problems problems = new Problems();
    private final ArticleParser parser = new ArticleParser(ZoneOffset.UTC, 1_000_000, Limits.DEFAULTS, new MarkdownRenderer());
    /** What the last {@link #parseFile} gave. */
    private ParsedFile parsed;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            000_67a414a3fefbf38b.txt | China's top court specifies rules for facial recognition                            | 2021-07-28T02:44:00Z | big-news-network-com | Big News Network.com | 630  | 420  | 1 | false
            001_7a2d62335e847ca6.txt | China's top court specifies rules for facial recognition                            | 2021-08-09T08:58:00Z | novosti-ukrainy      | Новости Украины      | 1280 | 670  | 1 | false
            002_b2645a5efb6e71c2.txt | China Supreme Court issues regulations against misuse of facial recognition technology | 2021-08-01T03:08:00Z | jurist        | Jurist               | 1280 | 853  | 4 | false
            003_fee535306958b556.txt | China’s supreme court sets limits on facial recognition                             | 2021-07-29T11:09:00Z | technode             | TechNode             | 1920 | 1080 | 6 | true
            004_5d55f2d46dc0dd07.txt | China's top court outlines facial recognition infringement                          | 2021-07-28T12:39:00Z | the-star             | The Star             | 800  | 450  | 7 | false
            """)
    void readsEachSeed(String name, String title, String instant, String providerSlug, String providerName, int width, int height,
            int relatedCount, boolean published) throws IOException {
        Article article = parseSeed(name);

        assertEquals(List.of(), formatted());
        assertEquals(title, article.title());
        assertEquals(Instant.parse(instant), article.publishedAt());
        assertEquals(providerSlug, article.provider().slug());
        assertEquals(providerName, article.provider().name());
        assertEquals(List.of(new Topic("Computer Vision", "computer-vision"), new Topic("AI", "ai")), article.topics());
        assertEquals(1, article.images().size());
        assertEquals(width, article.images().get(0).width());
        assertEquals(height, article.images().get(0).height());
        assertEquals(relatedCount, article.related().size());
        assertEquals(published, article.published());
        assertEquals("", article.body().html());
    }

    @Test
    void readsEveryFieldOfTheTechNodeSeed() throws IOException, URISyntaxException {
        Article article = parseSeed("003_fee535306958b556.txt");

        assertEquals("003-fee535306958b556", article.slug(), "its file's name");
        assertEquals("The interpretation by China’s highest court sets boundaries on how businesses in China can use "
                + "facial recognition technology.", article.excerpt());
        URI url = new URI("https://technode.com/2021/07/29/chinas-supreme-court-sets-limits-on-facial-recognition/");
        assertEquals(Optional.of(url), article.originalUrl());
        assertEquals(Optional.of(url), article.webUrl());
        assertEquals(Optional.of(url), article.ampWebUrl());
        assertEquals(Optional.of(new URI("https://technode-com.cdn.ampproject.org/c/s/technode.com/2021/07/29/"
                + "chinas-supreme-court-sets-limits-on-facial-recognition/")), article.cdnAmpWebUrl());
        assertEquals("article", article.type());
        assertEquals("news", article.category());
        assertEquals(59, article.quality());
        assertEquals(119, article.heat());
        assertEquals("technode.com", article.provider().domain());
        assertEquals(List.of(new Image(new URI("https://technode.com/wp-content/uploads/2018/10/court-sky-screengrab.jpg"), 1920, 1080,
                true)), article.images());
        assertEquals(6, article.related().size());
        // the whole record, so a field the model gains but the reader drops fails here
        assertEquals(new RelatedItem(
                "New law leaves facial recognition debate unsettled",
                "President Biden’s nominee for U.S. attorney and advocates who voiced privacy concerns are pitching a state "
                        + "commission on a bill that would regulate government use of facial recognition",
                Optional.of(Instant.parse("2021-07-30T19:24:00Z")),
                Optional.of(new URI("https://www.wwlp.com/news/massachusetts/new-law-leaves-facial-recognition-debate-unsettled/")),
                Optional.of(new URI("https://www.wwlp.com/news/massachusetts/new-law-leaves-facial-recognition-debate-unsettled/amp/")),
                Optional.of(new URI("https://www-wwlp-com.cdn.ampproject.org/c/s/www.wwlp.com/news/massachusetts/"
                        + "new-law-leaves-facial-recognition-debate-unsettled/amp/")),
                "article",
                59,
                Optional.of(Provider.named("WWLP", "wwlp.com")),
                List.of(new Image(new URI("https://www.wwlp.com/wp-content/uploads/sites/26/2018/05/"
                        + "NC_facialrecognition0523_1920x1080_1527103738342_43280524_ver1.0.jpg?w=1280"), 1280, 720, true))),
                article.related().get(0));
        assertEquals("wwlp", article.related().get(0).provider().orElseThrow().slug());
        var second = article.related().get(1);
        assertEquals("China’s highest court has established clear limitations on how businesses can use facial recognition "
                + "technology, which could affect luxury sales.", second.excerpt());
        assertEquals(Optional.empty(), second.ampWebUrl());
        assertEquals(Optional.empty(), second.cdnAmpWebUrl());
        assertEquals("article", second.type());
        assertEquals(54, second.quality());
    }

    @Test
    void aRelatedEntryWithoutImagesHasNone() throws IOException {
        Article article = parseSeed("002_b2645a5efb6e71c2.txt");

        var last = article.related().get(3);
        assertEquals("New police reform law leaves facial recognition debate unsettled", last.title());
        assertEquals("capecodtimes.com", last.provider().orElseThrow().domain());
        assertEquals(List.of(), last.images());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_67a414a3fefbf38b.txt", "001_7a2d62335e847ca6.txt", "002_b2645a5efb6e71c2.txt",
            "003_fee535306958b556.txt", "004_5d55f2d46dc0dd07.txt"})
    void theSecuredValueNeverReachesTheArticle(String name) throws IOException {
        Matcher secured = SECURED.matcher(Files.readString(seed(name), StandardCharsets.UTF_8));
        assertTrue(secured.find(), "the seed has a secured field");
        String value = secured.group(1);

        String shown = parseSeed(name).toString();

        assertFalse(shown.contains(value), shown);
        assertFalse(shown.contains(value.substring(0, 16)), shown);
        assertFalse(shown.contains(value.substring(value.indexOf(';') + 1)), shown);
        assertFalse(shown.contains("secured"), shown);
    }

    @Test
    void aPublishedArticleHasItsBodyRenderedSafely() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                ---
                Hello *world*. <script>alert(1)</script>

                [bad](javascript:alert(1)) [good](https://example.org/)
                """).orElseThrow();

        assertEquals("<p>Hello <em>world</em>. &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
                + "<p>bad <a href=\"https://example.org/\">good</a></p>\n", article.body().html());
        // the body's line 3 is the file's line 10: the front matter comes first
        assertEquals(List.of("seeds/a.txt:10:7: warning: a link in the body must lead to an absolute http(s) address, a mailto: "
                + "address or an id in this article; found 'javascript:alert(1)'; the link is removed and its text kept. Write the "
                + "full address, starting with https://"), formatted());
    }

    @Test
    void anUnpublishedArticleIsNotRendered() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: false
                provider:
                  name: TechNode
                ---
                Hello *world*.
                """).orElseThrow();

        assertEquals("", article.body().html());
        assertFalse(article.published());
    }

    @Test
    void anEmptyFrontMatterIsAnError() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                ---
                body
                """));
        assertEquals(List.of("seeds/a.txt:2:1: error: the front matter is empty; add at least 'title', 'publishedDateTime', "
                + "'published' and 'provider'"), formatted());
    }

    @Test
    void aFrontMatterThatIsNotAMappingIsAnError() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                - title
                ---
                """));
        assertEquals(List.of("seeds/a.txt:2:1: error: the front matter must be a mapping of fields such as 'title: ...'; found a list"),
                formatted());
    }

    @Test
    void aYamlErrorInAnOtherwiseValidHeaderMakesTheFileInvalid() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                title: "B"
                ---
                """));
        assertEquals(List.of("seeds/a.txt:7:1: error: duplicate key 'title', first given on line 2; keep only one of them"), formatted());
    }

    @Test
    void everyProblemOfAnInvalidHeaderIsReportedAtOnce() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                title: "B"
                ---
                """));
        assertEquals(List.of(
                "seeds/a.txt:3:1: error: duplicate key 'title', first given on line 2; keep only one of them",
                "seeds/a.txt:2:1: error: missing required field 'publishedDateTime'; add it like 'publishedDateTime: 2021-07-29T11:09:00Z'",
                "seeds/a.txt:2:1: warning: missing field 'published'; the article is not published. Add 'published: true' to publish it",
                "seeds/a.txt:2:1: error: missing required field 'provider'; add 'provider:' with a 'name:' below it"), formatted());
    }

    @Test
    void anInvalidHeaderStillSaysWhichStoryItIs() throws URISyntaxException {
        ArticleIdentity identity = parseFile("""
                -- seeds/a.txt --
                ---
                title: "Embargoed"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: "true"
                webUrl: "https://wire.example/embargoed"
                ampWebUrl: "https://wire.example/embargoed/amp"
                cdnAmpWebUrl: "https://cdn.example/wire.example/embargoed"
                originalUrl: "https://wire.example/original"
                provider:
                  name: Wire
                ---
                Body.
                """).orElseThrow();

        assertEquals("Embargoed", identity.title());
        assertEquals(Optional.of(new URI("https://wire.example/embargoed")), identity.webUrl());
        assertEquals(Optional.of(new URI("https://wire.example/embargoed/amp")), identity.ampWebUrl());
        assertEquals(Optional.of(new URI("https://cdn.example/wire.example/embargoed")), identity.cdnAmpWebUrl());
        assertEquals(Optional.of(new URI("https://wire.example/original")), identity.originalUrl());
        assertEquals(1, problems.list().stream().filter(p -> p.isError()).count());
    }

    @Test
    void aHeaderWhoseYamlCannotBeReadIsIdentifiedFromItsLines() throws URISyntaxException {
        ArticleIdentity identity = parseFile("""
                -- seeds/a.txt --
                ---
                title: "Embargoed \u00e9"
                webUrl: https://wire.example/embargoed
                provider:
                  name: Wire
                   domain: wire.example
                ---
                """).orElseThrow();

        assertEquals("Embargoed é", identity.title());
        assertEquals(Optional.of(new URI("https://wire.example/embargoed")), identity.webUrl());
    }

    @Test
    void aFileWithoutFrontMatterIsIdentifiedFromItsLinesToo() {
        assertEquals("No fence", parseFile("-- seeds/a.txt --\ntitle: \"No fence\"\nwebUrl: x\n").orElseThrow().title());
        assertEquals(Optional.empty(), parseFile("-- seeds/a.txt --\nnothing to go on\n"));
    }

    @Test
    void aValidFileIsTheSameEitherWay() {
        String site = """
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                ---
                Hello.
                """;
        Optional<Article> article = parse(site);
        assertEquals(article.map(Article::identity), parseFile(site));
        assertEquals(article, parsed.article());
    }

    /** What identifies the file, as far as it can be read, valid or not. */
    private Optional<ArticleIdentity> parseFile(String sections) {
        InlineSite.write(dir, sections);
        parsed = new SourceFileReader(1_000_000).read(dir.resolve("seeds/a.txt"), problems)
                .map(text -> parser.parseFile(text, problems)).orElseThrow();
        return parsed.identity();
    }

    private Article parseSeed(String name) throws IOException {
        Path file = dir.resolve("seeds").resolve(name);
        Files.createDirectories(file.getParent());
        Files.copy(seed(name), file);
        return new SourceFileReader(1_000_000).read(file, problems).flatMap(text -> parser.parse(text, problems)).orElseThrow(
                () -> new AssertionError(formatted()));
    }

    private static Path seed(String name) {
        try {
            return Path.of(ArticleParserTest.class.getResource("/seeds-fixture/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Article> parse(String sections) {
        InlineSite.write(dir, sections);
        return new SourceFileReader(1_000_000).read(dir.resolve("seeds/a.txt"), problems).flatMap(text -> parser.parse(text, problems));
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(dir)).toList();
    }
}
