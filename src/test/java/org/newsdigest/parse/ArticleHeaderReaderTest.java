package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.model.Image;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;

/** Header validation, read through the same steps as a build so positions are positions in the file. */
class ArticleHeaderReaderTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void aMinimalHeaderIsEnough() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "  A headline "
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                ---
                """).orElseThrow();

        assertEquals(List.of(), formatted());
        assertEquals("A headline", article.title());
        assertEquals("a", article.slug(), "the address comes from the file's name, never from the headline");
        assertEquals(List.of(), article.aliases());
        assertEquals(Instant.parse("2021-07-29T11:09:00Z"), article.publishedAt());
        assertTrue(article.published());
        assertEquals(new Provider("TechNode", "", "technode"), article.provider());
        assertEquals(List.of(), article.topics());
        assertEquals(Optional.empty(), article.webUrl());
    }

    @Test
    void aMissingTitleIsAnErrorAtTheStartOfTheHeader() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                ---
                """));
        assertEquals(List.of("seeds/a.txt:2:1: error: missing required field 'title'; give the article a headline, in quotes"),
                formatted());
    }

    @Test
    void aBlankOrNonTextTitleIsAnErrorAtTheValue() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                title: "  "
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                ---
                -- seeds/b.txt --
                ---
                title: 2021
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                ---
                """));
        parseFile("seeds/b.txt", UTC);
        assertEquals(List.of(
                "seeds/a.txt:2:8: error: 'title' must be a non-blank string; found '  '; give the article a headline, in quotes",
                "seeds/b.txt:2:8: error: 'title' must be a non-blank string; found an integer '2021'; give the article a headline, in quotes"),
                formatted());
    }

    @Test
    void publishedMustBeAnUnquotedBoolean() {
        assertEquals(Optional.empty(), parse(header("published: \"true\"")));
        assertEquals(List.of("seeds/a.txt:4:12: error: 'published' must be true or false, unquoted; found the text 'true' in quotes; "
                + "write 'published: true' or 'published: false'"), formatted());
    }

    @Test
    void publishedYesIsRefusedAlthoughYaml11CallsItABoolean() {
        assertEquals(Optional.empty(), parse(header("published: yes")));
        assertEquals(List.of("seeds/a.txt:4:12: error: 'published' must be true or false, unquoted; found 'yes'; "
                + "write 'published: true' or 'published: false'"), formatted());
    }

    @Test
    void publishedAcceptsTheCoreSchemaSpellings() {
        assertTrue(parse(header("published: True")).orElseThrow().published());
        assertFalse(parse(header("published: FALSE")).orElseThrow().published());
        assertEquals(List.of(), formatted());
    }

    @Test
    void aMissingPublishedFieldWarnsAndLeavesTheArticleUnpublished() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                provider:
                  name: TechNode
                ---
                """).orElseThrow();

        assertFalse(article.published());
        assertEquals(List.of("seeds/a.txt:2:1: warning: missing field 'published'; the article is not published. "
                + "Add 'published: true' to publish it"), formatted());
    }

    @Test
    void aBadOptionalUrlIsDroppedWithAWarning() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                originalUrl: "javascript:alert(1)"
                webUrl: "/news/1"
                ampWebUrl: " https://example.org/amp"
                cdnAmpWebUrl: 42
                ---
                """).orElseThrow();

        assertEquals(Optional.empty(), article.originalUrl());
        assertEquals(Optional.empty(), article.webUrl());
        assertEquals(Optional.empty(), article.ampWebUrl());
        assertEquals(Optional.empty(), article.cdnAmpWebUrl());
        String fix = "; the value is ignored. To fix: write the full address, starting with https://";
        assertEquals(List.of(
                "seeds/a.txt:7:14: warning: 'originalUrl' must be an absolute http(s) URL; found 'javascript:alert(1)'" + fix,
                "seeds/a.txt:8:9: warning: 'webUrl' must be an absolute http(s) URL; found '/news/1'" + fix,
                "seeds/a.txt:9:12: warning: 'ampWebUrl' must be an absolute http(s) URL; found ' https://example.org/amp'" + fix,
                "seeds/a.txt:10:15: warning: 'cdnAmpWebUrl' must be an absolute http(s) URL; found an integer '42'" + fix),
                formatted());
    }

    @Test
    void aGoodUrlIsKeptWithUnsafeCharactersEncoded() {
        Article article = parse(header("published: true\nwebUrl: \"HTTPS://example.org/a b/café?q=1\"")).orElseThrow();

        assertEquals(Optional.of(URI.create("https://example.org/a%20b/caf%C3%A9?q=1")), article.webUrl());
        assertEquals(List.of(), formatted());
    }

    @Test
    void topicsThatAreNotTextAreDroppedWithAWarning() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                topics:
                  - AI
                  - 42
                  - null
                  - "  "
                  - [Computer Vision]
                  - " ai "
                  - Computer   Vision
                ---
                """).orElseThrow();

        assertEquals(List.of(new Topic("AI", "ai"), new Topic("Computer Vision", "computer-vision")), article.topics());
        String fix = "; the entry is ignored. Quote the topic name";
        assertEquals(List.of(
                "seeds/a.txt:9:5: warning: a topic must be a non-blank string; found an integer '42'" + fix,
                "seeds/a.txt:10:5: warning: a topic must be a non-blank string; found nothing (null)" + fix,
                "seeds/a.txt:11:5: warning: a topic must be a non-blank string; found '  '" + fix,
                "seeds/a.txt:12:5: warning: a topic must be a non-blank string; found a list" + fix),
                formatted());
    }

    @Test
    void topicsThatAreNotAListAreDroppedWithAWarning() {
        Article article = parse(header("published: true\ntopics: AI")).orElseThrow();

        assertEquals(List.of(), article.topics());
        assertEquals(List.of("seeds/a.txt:5:9: warning: 'topics' must be a list; found 'AI'; the value is ignored. "
                + "To fix: write one '- item' per line"), formatted());
    }

    @Test
    void anUnknownFieldWarnsAndSuggestsTheNearestKnownOne() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                exerpt: "Short"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                  domian: technode.com
                colour: red
                ---
                """).orElseThrow();

        assertEquals("", article.excerpt());
        assertEquals("", article.provider().domain());
        assertEquals(List.of(
                "seeds/a.txt:3:1: warning: unknown field 'exerpt'; did you mean 'excerpt'?",
                "seeds/a.txt:8:3: warning: unknown field 'provider.domian'; did you mean 'provider.domain'?",
                "seeds/a.txt:9:1: warning: unknown field 'colour'; it is ignored"),
                sortedFormatted());
    }

    @Test
    void aMisspeltRequiredFieldIsSuggestedAndTheMissingFieldErrorSaysWhereItIs() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                publishedDateTime: 2021-07-29T11:09:00Z
                titel: "A"
                published: true
                provider:
                  nmae: TechNode
                ---
                """));
        assertEquals(List.of(
                "seeds/a.txt:2:1: error: missing required field 'title'; 'titel' on line 3 looks like it; rename it to 'title'",
                "seeds/a.txt:3:1: warning: unknown field 'titel'; did you mean 'title'?",
                "seeds/a.txt:6:3: error: missing required field 'provider.name'; 'nmae' on line 6 looks like it; rename it to "
                        + "'name'",
                "seeds/a.txt:6:3: warning: unknown field 'provider.nmae'; did you mean 'provider.name'?"),
                sortedFormatted());
    }

    @Test
    void anUnknownFieldInAListEntryIsSuggestedWithItsGroup() {
        parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                images:
                  - url: https://example.org/a.png
                    widht: 640
                related:
                  - title: "B"
                    webUlr: https://example.org/b
                ---
                """).orElseThrow();
        assertEquals(List.of(
                "seeds/a.txt:9:5: warning: unknown field 'images[].widht'; did you mean 'images[].width'?",
                "seeds/a.txt:12:5: warning: unknown field 'related[].webUlr'; did you mean 'related[].webUrl'?"),
                sortedFormatted());
    }

    @Test
    void anImpossibleDateIsAnError() {
        assertEquals(Optional.empty(), parse(date("2021-13-45T00:00:00Z")));
        assertEquals(Optional.empty(), parse(date("2021-02-30T10:00:00Z")));
        assertEquals(Optional.empty(), parse(date("2021-13-45")));
        assertEquals(Optional.empty(), parse(date("\"yesterday\"")));
        String fix = "; write it like '2021-07-29T11:09:00Z'";
        assertEquals(List.of(
                "seeds/a.txt:3:20: error: 'publishedDateTime' is not a valid ISO-8601 date-time; found '2021-13-45T00:00:00Z'" + fix,
                "seeds/a.txt:3:20: error: 'publishedDateTime' is not a valid ISO-8601 date-time; found '2021-02-30T10:00:00Z'" + fix,
                "seeds/a.txt:3:20: error: 'publishedDateTime' is not a valid ISO-8601 date-time; found '2021-13-45'" + fix,
                "seeds/a.txt:3:20: error: 'publishedDateTime' is not a valid ISO-8601 date-time; found 'yesterday'" + fix),
                formatted());
    }

    @Test
    void aDateThatIsNotTextIsAnError() {
        assertEquals(Optional.empty(), parse(date("20210729")));
        assertEquals(List.of("seeds/a.txt:3:20: error: 'publishedDateTime' must be a date-time; found an integer '20210729'; "
                + "write it like '2021-07-29T11:09:00Z'"), formatted());
    }

    @Test
    void aDateWithAnOffsetIsExact() {
        assertEquals(Instant.parse("2021-07-29T11:09:00Z"), parse(date("2021-07-29T13:09:00+02:00")).orElseThrow().publishedAt());
        assertEquals(Instant.parse("2021-07-29T11:09:00Z"), parse(date("\"2021-07-29T11:09:00Z\"")).orElseThrow().publishedAt());
        assertEquals(Instant.parse("2021-07-29T11:09:00Z"), parse(date("2021-07-29 11:09:00Z")).orElseThrow().publishedAt());
        assertEquals(List.of(), formatted());
    }

    @Test
    void aDateWithoutAZoneIsReadInTheSiteZoneWithAWarning() {
        InlineSite.write(dir, date("2021-07-29T11:09:00"));
        Article article = parseFile("seeds/a.txt", ZoneId.of("Europe/Berlin")).orElseThrow();

        assertEquals(Instant.parse("2021-07-29T09:09:00Z"), article.publishedAt());
        assertEquals(List.of("seeds/a.txt:3:20: warning: 'publishedDateTime' has no time zone; found '2021-07-29T11:09:00'; "
                + "read it in Europe/Berlin. Add 'Z' or an offset such as '+02:00'"), formatted());
    }

    @Test
    void aDateWithoutATimeIsMidnightInTheSiteZoneWithAWarning() {
        Article article = parse(date("2021-07-29")).orElseThrow();

        assertEquals(Instant.parse("2021-07-29T00:00:00Z"), article.publishedAt());
        assertEquals(List.of("seeds/a.txt:3:20: warning: 'publishedDateTime' has no time; found '2021-07-29'; "
                + "read it as midnight in UTC. Add a time such as 'T09:00:00Z'"), formatted());
    }

    @Test
    void anUpdateDateIsKeptWhenItIsNotBeforeThePublication() {
        Article article = parse(updated("2021-07-30T08:00:00+02:00")).orElseThrow();

        assertEquals(List.of(), formatted());
        assertEquals(Optional.of(Instant.parse("2021-07-30T06:00:00Z")), article.updatedAt());
        assertEquals(Instant.parse("2021-07-30T06:00:00Z"), article.modifiedAt());
        assertEquals(Instant.parse("2021-07-29T11:09:00Z"), parse(updated("~")).orElseThrow().modifiedAt(),
                "without an update, it was last changed when it was published");
    }

    @Test
    void anUpdateDateBeforeThePublicationIsDroppedWithAWarning() {
        Article article = parse(updated("2021-07-29T11:08:59Z")).orElseThrow();

        assertEquals(Optional.empty(), article.updatedAt());
        assertEquals(List.of("seeds/a.txt:4:18: warning: 'updatedDateTime' must be at or after 'publishedDateTime', "
                + "2021-07-29T11:09:00Z; found a date '2021-07-29T11:08:59Z'; the value is ignored. To fix: give the time "
                + "of its last change, at or after its publishedDateTime, like '2021-07-30T08:00:00Z'"), formatted());
    }

    private static String updated(String value) {
        return """
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                updatedDateTime: %s
                published: true
                provider:
                  name: TechNode
                ---
                """.formatted(value);
    }

    @Test
    void aMissingProviderOrProviderNameIsAnError() {
        assertEquals(Optional.empty(), parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                ---
                -- seeds/b.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  domain: technode.com
                ---
                -- seeds/c.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider: TechNode
                ---
                """));
        assertEquals(Optional.empty(), parseFile("seeds/b.txt", UTC));
        assertEquals(Optional.empty(), parseFile("seeds/c.txt", UTC));
        assertEquals(List.of(
                "seeds/a.txt:2:1: error: missing required field 'provider'; add 'provider:' with a 'name:' below it",
                "seeds/b.txt:6:3: error: missing required field 'provider.name'; give the provider's name, e.g. 'name: TechNode'",
                "seeds/c.txt:5:11: error: 'provider' must be a mapping with 'name' and 'domain'; found 'TechNode'; "
                        + "write 'name: ...' indented below 'provider:'"),
                formatted());
    }

    @Test
    void badImagesAreDroppedOrCorrectedWithWarnings() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                images:
                  - url: "https://example.org/a.jpg"
                    width: "630"
                    height: 420
                  - width: 10
                    height: 10
                  - "https://example.org/b.jpg"
                  - url: "https://example.org/c.jpg"
                ---
                """).orElseThrow();

        assertEquals(List.of(new Image(URI.create("https://example.org/a.jpg"), 0, 420, false),
                new Image(URI.create("https://example.org/c.jpg"), 0, 0, false)),
                article.images());
        assertEquals(List.of(
                "seeds/a.txt:9:12: warning: 'images[].width' must be a whole number; found '630'; the value is ignored. "
                        + "To fix: write a number such as 42",
                "seeds/a.txt:11:5: warning: an image has no 'url'; the entry is ignored. Add 'url: https://...'",
                "seeds/a.txt:13:5: warning: an image must be a mapping with 'url', 'width' and 'height'; "
                        + "found 'https://example.org/b.jpg'; the entry is ignored"),
                formatted());
    }

    @Test
    void aBadRelatedEntryOnlyWarns() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                related:
                  - excerpt: "no title"
                  - title: "Kept"
                    publishedDateTime: 2021-13-45T00:00:00Z
                    webUrl: "javascript:alert(1)"
                    provider:
                      domain: wwlp.com
                ---
                """).orElseThrow();

        assertEquals(1, article.related().size());
        var kept = article.related().get(0);
        assertEquals("Kept", kept.title());
        assertEquals(Optional.empty(), kept.publishedAt());
        assertEquals(Optional.empty(), kept.webUrl());
        assertEquals(Optional.empty(), kept.provider());
        assertEquals(List.of(
                "seeds/a.txt:8:5: warning: missing required field 'related[].title'; give the related article's headline "
                        + "(this related entry is ignored)",
                "seeds/a.txt:10:24: warning: 'related[].publishedDateTime' is not a valid ISO-8601 date-time; "
                        + "found '2021-13-45T00:00:00Z'; write it like '2021-07-29T11:09:00Z'",
                "seeds/a.txt:11:13: warning: 'related[].webUrl' must be an absolute http(s) URL; found 'javascript:alert(1)'; "
                        + "the value is ignored. To fix: write the full address, starting with https://",
                "seeds/a.txt:13:7: warning: missing required field 'related[].provider.name'; give the provider's name, "
                        + "e.g. 'name: TechNode' (the provider is ignored)"),
                formatted());
    }

    @Test
    void badIsCachedAndRelatedAmpTypeAndQualityAreDroppedWithWarnings() {
        Article article = parse("""
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                published: true
                provider:
                  name: TechNode
                images:
                  - url: "https://example.org/a.jpg"
                    isCached: yes
                related:
                  - title: "Kept"
                    ampWebUrl: "javascript:alert(1)"
                    cdnAmpWebUrl: "/relative/amp/"
                    type: [article]
                    quality: high
                ---
                """).orElseThrow();

        assertEquals(List.of(new Image(URI.create("https://example.org/a.jpg"), 0, 0, false)), article.images());
        var kept = article.related().get(0);
        assertEquals(List.of(Optional.empty(), Optional.empty(), "", 0),
                List.of(kept.ampWebUrl(), kept.cdnAmpWebUrl(), kept.type(), kept.quality()));
        assertEquals(List.of(
                "seeds/a.txt:9:15: warning: 'images[].isCached' must be true or false, unquoted; found 'yes'; "
                        + "the value is ignored. To fix: write 'isCached: true' or 'isCached: false'",
                "seeds/a.txt:12:16: warning: 'related[].ampWebUrl' must be an absolute http(s) URL; found 'javascript:alert(1)'; "
                        + "the value is ignored. To fix: write the full address, starting with https://",
                "seeds/a.txt:13:19: warning: 'related[].cdnAmpWebUrl' must be an absolute http(s) URL; found '/relative/amp/'; "
                        + "the value is ignored. To fix: write the full address, starting with https://",
                "seeds/a.txt:14:11: warning: 'related[].type' must be a string; found a list; the value is ignored. "
                        + "To fix: quote the value",
                "seeds/a.txt:15:14: warning: 'related[].quality' must be a whole number; found 'high'; the value is ignored. "
                        + "To fix: write a number such as 42"),
                formatted());
    }

    @Test
    void theSlugIsTheFilesNameWithoutItsExtensionUnlessTheHeaderGivesOne() {
        InlineSite.write(dir, header("published: true").replace("seeds/a.txt", "seeds/000_67a414a3fefbf38b.txt"));
        assertEquals("000-67a414a3fefbf38b", parseFile("seeds/000_67a414a3fefbf38b.txt", UTC).orElseThrow().slug());

        assertEquals("new-name", parse(header("published: true\nslug: new-name")).orElseThrow().slug());
        assertEquals("cafe-und-kuchen", parse(header("published: true\nslug: \"Café und Kuchen\"")).orElseThrow().slug(),
                "a slug as written is made a slug like any name");
        assertEquals(List.of(), formatted());
    }

    @Test
    void aBlankOrNonTextSlugIsDroppedWithAWarningAndTheFilesNameIsUsed() {
        assertEquals("a", parse(header("published: true\nslug: \" \"")).orElseThrow().slug());
        assertEquals("a", parse(header("published: true\nslug: 42")).orElseThrow().slug());
        assertEquals("a", parse(header("published: true\nslug: [x]")).orElseThrow().slug());

        assertEquals(List.of(
                "seeds/a.txt:5:7: warning: 'slug' must be a non-blank string; found ' '; the value is ignored and the address is "
                        + "made from the file's name, 'a'. To fix: write the last part of the address in quotes, such as 'slug: \"new-name\"'",
                "seeds/a.txt:5:7: warning: 'slug' must be a non-blank string; found an integer '42'; the value is ignored and the "
                        + "address is made from the file's name, 'a'. To fix: write the last part of the address in quotes, such as 'slug: \"new-name\"'",
                "seeds/a.txt:5:7: warning: 'slug' must be a non-blank string; found a list; the value is ignored and the address is "
                        + "made from the file's name, 'a'. To fix: write the last part of the address in quotes, such as 'slug: \"new-name\"'"),
                formatted());
    }

    @Test
    void aliasesAreSitePathsWithoutTheLeadingSlashAndAFolderEndsInASlash() {
        Article article = parse(header("""
                published: true
                aliases:
                  - /articles/2021/07/28/chinas-top-court-specifies-rules-for-facial-recognition/
                  - old/page.html
                  - /old/no-slash
                  - /caf%C3%A9/news%20today/
                  - /old/no-slash/""")).orElseThrow();

        assertEquals(List.of(), formatted());
        assertEquals(List.of(6, 7, 8, 9), article.aliases().stream().map(a -> a.at().line()).toList(),
                "each alias keeps its line, for the warnings about it");
        assertEquals(List.of("articles/2021/07/28/chinas-top-court-specifies-rules-for-facial-recognition/", "old/page.html",
                "old/no-slash/", "café/news today/"), paths(article), "percent-escapes decoded, as the server finds the file; "
                + "the same alias twice is kept once");
    }

    @Test
    void aBadAliasIsDroppedWithAWarningAtItsLine() {
        Article article = parse(header("""
                published: true
                aliases:
                  - /articles/../secret/
                  - /articles//x/
                  - ./x/
                  - /old?id=3
                  - /old#top
                  - 'a\\b/'
                  - /old page/
                  - https://example.org/old/
                  - //example.org/old/
                  - /
                  - /old/feed.xml
                  - /50%
                  - /a%2Fb/
                  - /a/%2e%2e/
                  - 42
                  - /.news-digest/
                  - /a%E2%80%AEb/
                  - "/a\u202Eb/"
                  - /%C2%85/
                  - LONG
                  - /kept/""".replace("LONG", "/d".repeat(2100) + "/"))).orElseThrow();

        assertEquals(List.of("kept/"), paths(article));
        String fix = "; the entry is ignored. Write the old address from the site's root, such as '/articles/2021/07/28/old-title/'";
        String parts = "may not have empty, '.' or '..' parts between its slashes, nor percent-escapes that are not UTF-8";
        String chars = "may not hold '?', '#', '\\', spaces or control characters (write a space as %20)";
        String unseen = "may not hold control characters or invisible formatting characters such as U+202E, typed or percent-encoded";
        assertEquals(List.of(
                "seeds/a.txt:6:5: warning: an alias " + parts + "; found '/articles/../secret/'" + fix,
                "seeds/a.txt:7:5: warning: an alias " + parts + "; found '/articles//x/'" + fix,
                "seeds/a.txt:8:5: warning: an alias " + parts + "; found './x/'" + fix,
                "seeds/a.txt:9:5: warning: an alias " + chars + "; found '/old?id=3'" + fix,
                "seeds/a.txt:10:5: warning: an alias " + chars + "; found '/old#top'" + fix,
                "seeds/a.txt:11:5: warning: an alias " + chars + "; found 'a\\b/'" + fix,
                "seeds/a.txt:12:5: warning: an alias " + chars + "; found '/old page/'" + fix,
                "seeds/a.txt:13:5: warning: an alias must be a path on this site, not an absolute URL; found 'https://example.org/old/'" + fix,
                "seeds/a.txt:14:5: warning: an alias must be a path on this site, not an absolute URL; found '//example.org/old/'" + fix,
                "seeds/a.txt:15:5: warning: an alias must name a page below the site's root, not the front page; found '/'" + fix,
                "seeds/a.txt:16:5: warning: an alias must be a page: a folder ending in '/' or a file ending in '.html'; found "
                        + "'/old/feed.xml'; the entry is ignored. GitHub Pages can send a reader on only from a page",
                "seeds/a.txt:17:5: warning: an alias has a '%' that does not start an escape such as %20; found '/50%'" + fix,
                "seeds/a.txt:18:5: warning: an alias may not encode '/', '\\', '?', '#' or a control character; found '/a%2Fb/'" + fix,
                "seeds/a.txt:19:5: warning: an alias " + parts + "; found '/a/%2e%2e/'" + fix,
                "seeds/a.txt:20:5: warning: an alias must be a path on this site such as '/articles/2021/07/28/old-title/'; found an "
                        + "integer '42'; the entry is ignored",
                "seeds/a.txt:21:5: warning: an alias may not have a part that starts with '.', which would be a hidden file; "
                        + "found '/.news-digest/'" + fix,
                "seeds/a.txt:22:5: warning: an alias " + unseen + "; found '/a%E2%80%AEb/'" + fix,
                "seeds/a.txt:23:5: warning: an alias " + chars + "; found '/a\\u202eb/'" + fix,
                "seeds/a.txt:24:5: warning: an alias " + unseen + "; found '/%C2%85/'" + fix,
                "seeds/a.txt:25:5: warning: an alias may not be longer than 512 bytes; found one of 4200 bytes starting "
                        + "'/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d'; the entry is ignored. Write the old address as it was"),
                formatted());
    }

    @Test
    void anAliasIsWrittenFromTheSitesRootAndMayBeCopiedFromTheOldSitemap() {
        InlineSite.write(dir, header("""
                published: true
                aliases:
                  - /news-digest/articles/2021/07/29/x/
                  - news-digest/old/
                  - https://example.github.io/news-digest/articles/2021/07/29/y/
                  - https://example.github.io/other/z/
                  - http://example.github.io/news-digest/w/
                  - /news-digestive/kept/"""));
        ArticleParser parser = new ArticleParser(UTC, 1_000_000, Limits.DEFAULTS, new MarkdownRenderer(),
                java.net.URI.create("https://example.github.io/news-digest/"));
        Article article = new SourceFileReader(1_000_000).read(dir.resolve("seeds/a.txt"), problems)
                .flatMap(text -> parser.parse(text, problems)).orElseThrow();

        assertEquals(List.of("articles/2021/07/29/y/", "news-digestive/kept/"), paths(article),
                "a line of the old sitemap is taken from after the base URL");
        String fix = "; the entry is ignored. Write the old address from the site's root, such as '/articles/2021/07/28/old-title/'";
        assertEquals(List.of(
                "seeds/a.txt:6:5: warning: an alias is a path from the site's root, without the project path '/news-digest/' of "
                        + "baseUrl; found '/news-digest/articles/2021/07/29/x/'; the entry is ignored. Write it as '/articles/2021/07/29/x/'",
                "seeds/a.txt:7:5: warning: an alias is a path from the site's root, without the project path '/news-digest/' of "
                        + "baseUrl; found 'news-digest/old/'; the entry is ignored. Write it as '/old/'",
                "seeds/a.txt:9:5: warning: an alias must be a path on this site, not an absolute URL; found "
                        + "'https://example.github.io/other/z/'" + fix,
                "seeds/a.txt:10:5: warning: an alias must be a path on this site, not an absolute URL; found "
                        + "'http://example.github.io/news-digest/w/'" + fix), formatted());
    }

    @Test
    void aSlugOfFourDigitsGetsAWordAfterItWhateverOtherArticlesAre() {
        Article fromField = parse(header("published: true\nslug: \"1999\"")).orElseThrow();

        assertEquals("1999-article", fromField.slug());
        assertEquals(5, fromField.slugAt().line(), "the slug came from its 'slug:' line");
        assertEquals(List.of("seeds/a.txt:5:7: warning: its slug '1999' is four digits, the address of the archive of the year "
                + "1999; publishing it as '1999-article'. Give it a 'slug:' with a letter in it"), formatted());
    }

    @Test
    void moreAliasesThanTheLimitAreCutWithOneWarning() {
        InlineSite.write(dir, header("published: true\naliases: [/a/, /b/, /c/]"));
        ArticleParser parser = new ArticleParser(UTC, 1_000_000, new Limits(50, 20, 50, 2, Limits.DEFAULTS.renderTime(),
                Limits.DEFAULTS.pageBytes()), new MarkdownRenderer());
        Article article = new SourceFileReader(1_000_000).read(dir.resolve("seeds/a.txt"), problems)
                .flatMap(text -> parser.parse(text, problems)).orElseThrow();

        assertEquals(List.of("a/", "b/"), paths(article));
        assertEquals(List.of("seeds/a.txt:5:1: warning: 3 aliases, more than limits.aliasesPerArticle (2); the first 2 are kept, "
                + "the rest ('c/') is left out; raise 'limits.aliasesPerArticle' in the config to keep more"), formatted());
    }

    @Test
    void securedIsReadAndDiscarded() {
        Article article = parse(header("published: true\nsecured: \"TOP-SECRET-abc123==;xyz\"")).orElseThrow();

        assertEquals(List.of(), formatted());
        assertFalse(article.toString().contains("TOP-SECRET"), article.toString());
        assertFalse(article.toString().contains("secured"), article.toString());
    }

    /** A valid header whose 'published' line (line 4) and anything after it are {@code rest}. */
    private static String header(String rest) {
        return """
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: 2021-07-29T11:09:00Z
                %s
                provider:
                  name: TechNode
                ---
                """.formatted(rest);
    }

    /** A valid header with {@code value} for 'publishedDateTime' (line 3, column 20). */
    private static String date(String value) {
        return """
                -- seeds/a.txt --
                ---
                title: "A"
                publishedDateTime: %s
                published: true
                provider:
                  name: TechNode
                ---
                """.formatted(value);
    }

    private Optional<Article> parse(String sections) {
        InlineSite.write(dir, sections);
        return parseFile("seeds/a.txt", UTC);
    }

    private Optional<Article> parseFile(String name, ZoneId zone) {
        ArticleParser parser = new ArticleParser(zone, 1_000_000, Limits.DEFAULTS, new MarkdownRenderer());
        return new SourceFileReader(1_000_000).read(dir.resolve(name), problems).flatMap(text -> parser.parse(text, problems));
    }

    private static List<String> paths(Article article) {
        return article.aliases().stream().map(org.newsdigest.model.Alias::path).toList();
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(dir)).toList();
    }

    private List<String> sortedFormatted() {
        return problems.list().stream().sorted(org.newsdigest.diagnostic.Problem.IN_FILE_ORDER).map(p -> p.format(dir)).toList();
    }
}
