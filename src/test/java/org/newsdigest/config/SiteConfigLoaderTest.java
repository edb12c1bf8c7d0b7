package org.newsdigest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.InlineSite;

class SiteConfigLoaderTest {

    private static final String BASE_URL_HINT = "; give an absolute http(s) address such as 'https://example.github.io/news-digest/'";
    private static final String OUTPUT_HINT = "; the build replaces that folder entirely, so choose a folder of its own such as 'output'";

    @TempDir
    Path dir;

    @Test
    void fillsInDefaultsAndResolvesPathsAgainstTheConfigFolder() throws ConfigException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: News Digest
                baseUrl: https://example.github.io/news-digest/
                """);
        Path site = dir.resolve("site");

        SiteConfig config = load();

        assertEquals(new SiteConfig(site, "News Digest", "", URI.create("https://example.github.io/news-digest/"), "en",
                ZoneId.of("UTC"), 20, 50, site.resolve("seeds"), site.resolve("templates"), site.resolve("output"), Optional.empty(),
                Optional.empty(), false, false, 5L * 1024 * 1024, Limits.DEFAULTS, Runtime.getRuntime().availableProcessors()),
                config);
        assertEquals(Locale.ENGLISH, config.locale());
    }

    @Test
    void readsEveryKey() throws ConfigException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: "  Digest "
                description: Tech news.
                baseUrl: https://news.example.org/
                language: tr
                timeZone: Europe/Istanbul
                pageSize: 1_000
                feed:
                  items: 10
                content: articles
                templates: theme/templates
                output: ../public
                cname: news.example.org
                image: https://cdn.example.org/digest.png
                strict: true
                publishFuture: true
                maxArticleBytes: 100000
                threads: 3
                limits:
                  topicsPerArticle: 5
                  imagesPerArticle: 6
                  relatedPerArticle: 7
                  aliasesPerArticle: 3
                  renderSeconds: 8
                  pageBytes: 9000
                  nestingPerLine: 12
                  bodyWork: 40_000
                -- site/articles/.keep --
                """);
        Path site = dir.resolve("site");

        assertEquals(new SiteConfig(site, "Digest", "Tech news.", URI.create("https://news.example.org/"), "tr",
                ZoneId.of("Europe/Istanbul"), 1000, 10, site.resolve("articles"), site.resolve("theme/templates"),
                dir.resolve("public"), Optional.of("news.example.org"), Optional.of(URI.create("https://cdn.example.org/digest.png")), true,
                true, 100_000, new Limits(5, 6, 7, 3, Duration.ofSeconds(8), 9000, 12, 40_000), 3), load());
    }

    @Test
    void theConfigFolderIsFoundFromARelativePathToo() throws ConfigException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                """);
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("site/site-config.yml"));

        SiteConfig config = new SiteConfigLoader().load(relative, ConfigOverrides.none());

        assertEquals(dir.resolve("site"), config.siteRoot());
        assertEquals(dir.resolve("site/seeds"), config.contentDir());
    }

    @Test
    void anUnknownKeyIsAnErrorThatSuggestsTheNearestKey() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                titel: News Digest
                baseUrl: https://example.github.io/news-digest/
                feed:
                  itmes: 10
                colour: blue
                """);

        assertEquals(List.of(
                "site/site-config.yml:1:1: error: unknown key 'titel'; did you mean 'title'?",
                "site/site-config.yml:5:1: error: unknown key 'colour'; known keys are title, description, baseUrl, language, "
                        + "timeZone, pageSize, feed, content, templates, output, cname, image, strict, publishFuture, maxArticleBytes, "
                        + "threads, limits",
                "site/site-config.yml:1:1: error: missing key 'title'; add 'title: ...' to the config",
                "site/site-config.yml:4:3: error: unknown key 'feed.itmes'; did you mean 'feed.items'?"),
                problems());
    }

    @Test
    void aLimitMustBeAPositiveWholeNumberAndItsKeysAreChecked() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                limits:
                  renderSeconds: 0
                  topicPerArticle: 3
                """);

        assertEquals(List.of(
                "site/site-config.yml:5:3: error: unknown key 'limits.topicPerArticle'; did you mean 'limits.topicsPerArticle'?",
                "site/site-config.yml:4:18: error: 'limits.renderSeconds' must be a whole number of at least 1; found '0'; "
                        + "write one such as 'renderSeconds: 10'"),
                problems());
    }

    @Test
    void aBaseUrlWithoutTrailingSlashGetsOne() throws ConfigException {
        assertEquals(URI.create("https://example.github.io/news-digest/"), loadWithBaseUrl("https://example.github.io/news-digest").baseUrl());
        assertEquals(URI.create("https://example.org/"), loadWithBaseUrl("https://example.org").baseUrl());
        assertEquals(URI.create("https://example.org/"), loadWithBaseUrl("HTTPS://example.org/").baseUrl());
    }

    @Test
    void aRelativeBaseUrlIsRefused() {
        assertEquals(List.of("site/site-config.yml:2:10: error: 'baseUrl' must be an absolute http(s) URL; found 'news-digest/'"
                + BASE_URL_HINT), problemsWithBaseUrl("news-digest/"));
        assertEquals(List.of("site/site-config.yml:2:10: error: 'baseUrl' must be an absolute http(s) URL; found '/news-digest/'"
                + BASE_URL_HINT), problemsWithBaseUrl("/news-digest/"));
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefused() {
        assertEquals(List.of("site/site-config.yml:2:10: error: 'baseUrl' must be an absolute http(s) URL; found 'ftp://example.org/'"
                + BASE_URL_HINT), problemsWithBaseUrl("ftp://example.org/"));
    }

    @Test
    void aBaseUrlWithAQueryOrFragmentIsRefused() {
        assertEquals(List.of("site/site-config.yml:2:10: error: 'baseUrl' must not have a query or fragment; "
                + "found 'https://example.org/?v=1'" + BASE_URL_HINT), problemsWithBaseUrl("https://example.org/?v=1"));
    }

    @Test
    void aBaseUrlWithAPortOutOfRangeIsRefused() {
        assertEquals(List.of("site/site-config.yml:2:10: error: 'baseUrl' has a port outside 1 to 65535; found "
                + "'https://example.org:65536/'" + BASE_URL_HINT), problemsWithBaseUrl("https://example.org:65536/"));
        assertEquals(List.of("site/site-config.yml:2:10: error: 'baseUrl' has a port outside 1 to 65535; found "
                + "'https://example.org:0/'" + BASE_URL_HINT), problemsWithBaseUrl("https://example.org:0/"));
    }

    @Test
    void aMissingBaseUrlIsAnError() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                """);

        assertEquals(List.of("site/site-config.yml:1:1: error: missing key 'baseUrl'; add the address the site is served from, "
                + "e.g. 'baseUrl: https://example.github.io/news-digest/'"), problems());
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                timeZone: Mars/Olympus
                """);

        assertEquals(List.of("site/site-config.yml:3:11: error: 'timeZone' is not a known time zone; found 'Mars/Olympus'; "
                + "use a region ID such as 'UTC' or 'Europe/Berlin'"), problems());
    }

    @Test
    void aBadLanguageTagIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                language: English!
                """);

        assertEquals(List.of("site/site-config.yml:3:11: error: 'language' must be a language tag such as 'en' or 'en-US'; "
                + "found 'English!'"), problems());
    }

    @Test
    void aLanguageThatIsNoIsoLanguageIsRefused() {
        assertEquals(List.of("site/site-config.yml:3:11: error: 'language' must start with an ISO 639-1 language code, and 'xx' "
                + "is not one; found 'xx'; use a tag such as 'en', 'de' or 'en-US'"), problemsWithLanguage("xx"));
        assertEquals(List.of("site/site-config.yml:3:11: error: 'language' must start with an ISO 639-1 language code, and 'qq' "
                + "is not one; found 'qq-GB'; use a tag such as 'en', 'de' or 'en-US'"), problemsWithLanguage("qq-GB"));
    }

    @Test
    void aLanguageWithARegionThatIsNoIsoCountryIsRefused() {
        assertEquals(List.of("site/site-config.yml:3:11: error: 'language' must have an ISO 3166 country code as its region, and "
                + "'ZZ' is not one; found 'en-ZZ'; use a tag such as 'en-US' or 'en-GB'"), problemsWithLanguage("en-ZZ"));
        assertEquals(List.of("site/site-config.yml:3:11: error: 'language' must have an ISO 3166 country code as its region, and "
                + "'zz' is not one; found 'sr-Latn-zz'; use a tag such as 'en-US' or 'en-GB'"), problemsWithLanguage("sr-Latn-zz"));
    }

    @Test
    void knownLanguagesWithAndWithoutRegionOrScriptAreAccepted() throws ConfigException {
        for (String language : List.of("en", "en-GB", "en-us", "de", "tr", "pt-BR", "zh-Hant-TW", "es-419", "he")) {
            InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nlanguage: " + language + "\n");
            assertEquals(language, load().language());
        }
    }

    @Test
    void pageSizeAndFeedItemsMustBePositiveWholeNumbers() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                pageSize: 0
                feed:
                  items: "20"
                """);

        assertEquals(List.of(
                "site/site-config.yml:3:11: error: 'pageSize' must be a whole number of at least 1; found '0'; write one such as "
                        + "'pageSize: 20'",
                "site/site-config.yml:5:10: error: 'feed.items' must be a whole number of at least 1; found the text '20' in quotes; remove the quotes"),
                problems());
    }

    @Test
    void threadsIsOnePerCoreUnlessTheConfigSaysOtherwise() throws ConfigException {
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\n");
        assertEquals(Runtime.getRuntime().availableProcessors(), load().threads());

        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nthreads: 1\n");
        assertEquals(1, load().threads());

        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nthreads: 256\n");
        assertEquals(256, load().threads());
    }

    @Test
    void threadsMustBeAWholeNumberFromOneTo256() {
        for (String bad : List.of("0", "-2", "1.5", "four", "\"4\"", "[2]")) {
            InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nthreads: " + bad + "\n");
            String found = switch (bad) {
                case "\"4\"" -> "the text '4' in quotes; remove the quotes";
                case "[2]" -> "a list; leave it out to use one thread per core";
                default -> "'" + bad + "'; leave it out to use one thread per core";
            };
            assertEquals(List.of("site/site-config.yml:3:10: error: 'threads' must be a whole number of at least 1; found " + found),
                    problems(), bad);
        }
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nthreads: 1_000\n");
        assertEquals(List.of("site/site-config.yml:3:10: error: 'threads' is too large: at most 256; found '1_000'; leave it "
                + "out to use one thread per core"), problems());

        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nthreads:\n");
        assertEquals(List.of("site/site-config.yml:3:9: error: 'threads' has no value; write one after 'threads:', or remove "
                + "the line"), problems());

        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nthred: 2\n");
        assertEquals(List.of("site/site-config.yml:3:1: error: unknown key 'thred'; did you mean 'threads'?"), problems());
    }

    @Test
    void theThreadsOverrideWinsAndIsReportedAgainstTheOptionOrProperty() throws ConfigException {
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nthreads: 2\n");
        Path config = dir.resolve("site/site-config.yml");

        assertEquals(5, new SiteConfigLoader().load(config, ConfigOverrides.none().withThreads(OptionalInt.of(5))).threads());

        Path here = Path.of("").toAbsolutePath();
        ConfigException zero = assertThrows(ConfigException.class,
                () -> new SiteConfigLoader().load(config, ConfigOverrides.none().withThreads(OptionalInt.of(0))));
        assertEquals(List.of("--threads: error: 'threads' must be a whole number of at least 1; found '0'; "
                + "leave it out to use one thread per core"),
                zero.problems().stream().map(p -> p.format(here)).toList());

        ConfigOverrides plugin = new ConfigOverrides(Optional.empty(), Optional.empty(), false, OptionalInt.of(300),
                ConfigOverrides.Names.mavenPlugin(dir));
        ConfigException tooMany = assertThrows(ConfigException.class, () -> new SiteConfigLoader().load(config, plugin));
        assertEquals(List.of("news-digest.threads: error: 'threads' is too large: at most 256; found '300'; leave it out to "
                + "use one thread per core"), tooMany.problems().stream().map(p -> p.format(dir)).toList());
    }

    @Test
    void aPageSizeTooLargeForAnIntIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                pageSize: 99999999999
                """);

        assertEquals(List.of("site/site-config.yml:3:11: error: 'pageSize' is too large: at most 2147483647; found '99999999999'; "
                + "write one such as 'pageSize: 20'"), problems());
    }

    @Test
    void anOutputFolderEqualToTheSiteRootIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: .
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' '.' cannot be used because it holds the site's config file, "
                + "it overlaps the content folder 'seeds' and it overlaps the templates folder 'templates'" + OUTPUT_HINT), problems());
    }

    @Test
    void anOutputFolderOverlappingTheContentIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: seeds/site
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' 'seeds/site' cannot be used because it overlaps the "
                + "content folder 'seeds'" + OUTPUT_HINT), problems());
    }

    @Test
    void contentInsideTheOutputFolderIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                content: public/seeds
                output: public
                -- site/public/seeds/.keep --
                """);

        assertEquals(List.of("site/site-config.yml:4:9: error: 'output' 'public' cannot be used because it overlaps the "
                + "content folder 'public/seeds'" + OUTPUT_HINT), problems());
    }

    @Test
    void theFileSystemRootAsOutputIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: /
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' '/' cannot be used because it is the file system root"
                + OUTPUT_HINT), problems());
    }

    @Test
    void theHomeFolderAsOutputIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("home/me"));
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: ../home/me
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' '" + dir.resolve("home/me")
                + "' cannot be used because it is the home folder" + OUTPUT_HINT), problemsWithHome(dir.resolve("home/me")));
    }

    @Test
    void aFolderHoldingTheHomeFolderAsOutputIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("home/me"));
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: ../home
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' '" + dir.resolve("home")
                + "' cannot be used because it holds the home folder" + OUTPUT_HINT), problemsWithHome(dir.resolve("home/me")));
    }

    @Test
    void theHomeFolderByAnotherNameIsStillTheHomeFolder() throws IOException {
        Files.createDirectories(dir.resolve("home/me"));
        Files.createSymbolicLink(dir.resolve("me-link"), dir.resolve("home/me"));
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: ../me-link
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' '" + dir.resolve("me-link")
                + "' cannot be used because it is the home folder" + OUTPUT_HINT), problemsWithHome(dir.resolve("home/me")));
    }

    @Test
    void aFolderHoldingTheSiteFolderAsOutputIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: ..
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' '" + dir + "' cannot be used because it holds the site's "
                + "config file, it overlaps the content folder 'seeds' and it overlaps the templates folder 'templates'" + OUTPUT_HINT),
                problems());
    }

    @Test
    void anOutputReachedThroughASymbolicLinkToTheContentIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("site/public"), dir.resolve("site/seeds"));
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: public
                """);

        assertEquals(List.of("site/site-config.yml:3:9: error: 'output' 'public' cannot be used because it overlaps the "
                + "content folder 'seeds'" + OUTPUT_HINT), problems());
    }

    /** The content folder is the staging folder itself: it "is" that folder, not "inside" it. */
    @Test
    void contentThatIsTheBuildsStagingFolderIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("site/.site.staging"));
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                content: .site.staging
                output: site
                """);

        assertEquals(List.of("site/site-config.yml:3:10: error: 'content' '.site.staging' cannot be used because it is "
                + "'.site.staging', a folder the build deletes and rewrites beside the output 'site'; move the content to a folder "
                + "whose name does not start with '.site.'"), problems());
    }

    @Test
    void templatesInTheBuildsPreviousOrCacheFolderAreRefused() throws IOException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                content: .output.previous/seeds
                templates: .output.cache/templates
                -- site/.output.previous/seeds/.keep --
                """);

        assertEquals(List.of(
                "site/site-config.yml:3:10: error: 'content' '.output.previous/seeds' cannot be used because it is inside "
                        + "'.output.previous', a folder the build deletes and rewrites beside the output 'output'; move the content "
                        + "to a folder whose name does not start with '.output.'",
                "site/site-config.yml:4:12: error: 'templates' '.output.cache/templates' cannot be used because it is inside "
                        + "'.output.cache', a folder the build deletes and rewrites beside the output 'output'; move the templates "
                        + "to a folder whose name does not start with '.output.'"), problems());
    }

    @Test
    void contentInTheSpareOrTrashFolderIsRefused() throws IOException {
        // the spare is brought up to date and the trash emptied by later builds: articles there would be deleted
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                content: .output.trash/seeds
                templates: .output.spare/templates
                -- site/.output.trash/seeds/.keep --
                """);

        assertEquals(List.of(
                "site/site-config.yml:3:10: error: 'content' '.output.trash/seeds' cannot be used because it is inside "
                        + "'.output.trash', a folder the build deletes and rewrites beside the output 'output'; move the content "
                        + "to a folder whose name does not start with '.output.'",
                "site/site-config.yml:4:12: error: 'templates' '.output.spare/templates' cannot be used because it is inside "
                        + "'.output.spare', a folder the build deletes and rewrites beside the output 'output'; move the templates "
                        + "to a folder whose name does not start with '.output.'"), problems());
    }

    @Test
    void theBaseUrlOverrideWins() throws ConfigException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.github.io/news-digest/
                """);

        SiteConfig config = new SiteConfigLoader().load(dir.resolve("site/site-config.yml"),
                new ConfigOverrides(Optional.empty(), Optional.of("http://localhost:8000/preview")));

        assertEquals(URI.create("http://localhost:8000/preview/"), config.baseUrl());
    }

    @Test
    void theBaseUrlOverrideStandsInForAMissingKey() throws ConfigException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                """);

        SiteConfig config = new SiteConfigLoader().load(dir.resolve("site/site-config.yml"),
                new ConfigOverrides(Optional.empty(), Optional.of("https://example.org/x")));

        assertEquals(URI.create("https://example.org/x/"), config.baseUrl());
    }

    @Test
    void aBadBaseUrlOverrideIsReportedAgainstTheOption() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                """);

        ConfigException e = assertThrows(ConfigException.class, () -> new SiteConfigLoader().load(dir.resolve("site/site-config.yml"),
                new ConfigOverrides(Optional.empty(), Optional.of("ftp://example.org/"))));

        // the command line shows problems relative to the working folder
        Path here = Path.of("").toAbsolutePath();
        assertEquals(List.of("--base-url: error: 'baseUrl' must be an absolute http(s) URL; found 'ftp://example.org/'" + BASE_URL_HINT),
                e.problems().stream().map(p -> p.format(here)).toList());
    }

    @Test
    void theOutputOverrideWins() throws ConfigException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                output: output
                """);

        SiteConfig config = new SiteConfigLoader().load(dir.resolve("site/site-config.yml"),
                new ConfigOverrides(Optional.of(dir.resolve("elsewhere/../public")), Optional.empty()));

        assertEquals(dir.resolve("public"), config.outputDir());
    }

    @Test
    void aBadCnameIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                cname: https://news.example.org/
                """);

        assertEquals(List.of("site/site-config.yml:3:8: error: 'cname' must be a domain name such as 'news.example.org'; "
                + "found 'https://news.example.org/'"), problems());
    }

    @Test
    void anImageIsAnAbsoluteUrlOrAFileOfTheTemplatesStaticFolder() throws ConfigException, IOException {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                image: static/cards/front%20page.png
                """);
        // a space in the file's name, percent-encoded in the config as in any URL
        Path card = Files.createDirectories(dir.resolve("site/templates/static/cards")).resolve("front page.png");
        Files.write(card, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(Optional.of(URI.create("static/cards/front%20page.png")), load().image());

        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nimage: http://img.example/a?size=2\n");
        assertEquals(Optional.of(URI.create("http://img.example/a?size=2")), load().image());
    }

    @Test
    void anImageThatNoPreviewCanShowIsRefused() {
        String hint = "; give an absolute http(s) URL, or a path such as 'static/share.png' for a file in 'templates/static', "
                + "or leave 'image' out to use the theme's";
        assertEquals(List.of("site/site-config.yml:3:8: error: 'image' cannot be an SVG, which Open Graph and Twitter cards do not "
                + "show; found 'static/icon.svg'; use a PNG or JPEG"), problemsWithImage("static/icon.svg"));
        assertEquals(List.of("site/site-config.yml:3:8: error: 'image' must be an absolute http(s) URL or a path under static/; "
                + "found '/static/share.png'" + hint), problemsWithImage("/static/share.png"));
        assertEquals(List.of("site/site-config.yml:3:8: error: 'image' must be an absolute http(s) URL or a path under static/; "
                + "found 'static/../site-config.png'" + hint), problemsWithImage("static/../site-config.png"));
        assertEquals(List.of("site/site-config.yml:3:8: error: 'image' must be an absolute http(s) URL or a path under static/; "
                + "found 'ftp://img.example/a.png'" + hint), problemsWithImage("ftp://img.example/a.png"));
        assertEquals(List.of("site/site-config.yml:3:8: error: 'image' is not a valid URL or path; found 'static/a b.png'" + hint),
                problemsWithImage("'static/a b.png'"));
        assertEquals(List.of("site/site-config.yml:3:8: error: 'image' must be a PNG, JPEG, GIF or WebP file; found 'static/a.bmp'; "
                + "give the file one of the names .png, .jpg, .jpeg, .gif or .webp"), problemsWithImage("static/a.bmp"));
        assertEquals(List.of("site/site-config.yml:3:8: error: 'image' names 'static/share.png', but there is no file "
                + "'templates/static/share.png'; put the image there (the build copies 'templates/static' to static/) or leave "
                + "'image' out to use the theme's"), problemsWithImage("static/share.png"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: [News]
                baseUrl: https://example.org/
                feed: 10
                """);

        assertEquals(List.of(
                "site/site-config.yml:1:8: error: 'title' must be text; found a list; quote the value",
                "site/site-config.yml:3:7: error: 'feed' must be a mapping of keys to values; found an integer; write its keys on the "
                        + "lines below it, indented, such as '  items: 50', or remove the line"),
                problems());
    }

    @Test
    void aConfigThatIsNotAMappingIsRefused() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                - title: T
                """);

        // and only that: "missing key 'baseUrl'" would send the reader looking for the wrong mistake
        assertEquals(List.of("site/site-config.yml:1:1: error: the config file must be a mapping of keys to values; found a list; "
                + "write one 'key: value' per line, such as 'title: News Digest'"), problems());
        InlineSite.write(dir, "-- site/site-config.yml --\njust words\n");
        assertEquals(List.of("site/site-config.yml:1:1: error: the config file must be a mapping of keys to values; found a string; "
                + "write one 'key: value' per line, such as 'title: News Digest'"), problems());
    }

    @Test
    void aYamlErrorIsReportedWithItsPosition() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: T
                baseUrl: https://example.org/
                title: U
                """);

        assertEquals(List.of("site/site-config.yml:3:1: error: duplicate key 'title', first given on line 1; keep only one of them"), problems());
    }

    @Test
    void aYamlSyntaxErrorIsTheOnlyProblemReported() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                title: [X
                baseUrl: https://example.org/
                """);

        assertEquals(List.of("site/site-config.yml:2:8: error: YAML syntax error: while parsing a flow sequence: expected ',' "
                + "or ']', but got :; found 'baseUrl: https://example.org/'; check quoting and indentation on this line"), problems());
    }

    @Test
    void anEmptyConfigIsMissingItsRequiredKeys() {
        InlineSite.write(dir, """
                -- site/site-config.yml --
                # nothing yet
                """);

        assertEquals(List.of(
                "site/site-config.yml:1: error: missing key 'title'; add 'title: ...' to the config",
                "site/site-config.yml:1: error: missing key 'baseUrl'; add the address the site is served from, "
                        + "e.g. 'baseUrl: https://example.github.io/news-digest/'"),
                problems());
    }

    @Test
    void aMissingConfigFileIsReported() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new SiteConfigLoader().load(dir.resolve("site-config.yml"), ConfigOverrides.none()));

        assertEquals(List.of("site-config.yml: error: config file not found; create it or pass --config FILE"),
                e.problems().stream().map(p -> p.format(dir)).toList());
        assertEquals("config file not found; create it or pass --config FILE", e.getMessage());
    }

    @Test
    void aConfigFileThatIsNotUtf8IsReported() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        Files.write(dir.resolve("site/site-config.yml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'});

        assertEquals(List.of("site/site-config.yml:1:1: error: the config file is not valid UTF-8; save it as UTF-8"), problems());
    }

    private SiteConfig load() throws ConfigException {
        return new SiteConfigLoader().load(dir.resolve("site/site-config.yml"), ConfigOverrides.none());
    }

    /** Most cases are about other keys: give them the default content folder, which must exist. */
    @org.junit.jupiter.api.BeforeEach
    void createDefaultContentFolder() throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("site/seeds"));
    }

    @Test
    void aMissingContentFolderIsRefused() {
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\ncontent: nowhere\n");
        ConfigException e = assertThrows(ConfigException.class, this::load);
        assertEquals(List.of("site/site-config.yml:3:10: error: the content folder 'nowhere' does not exist; create it or set 'content' to the folder of article files"),
                e.problems().stream().map(p -> p.format(dir)).toList());
    }

    private SiteConfig loadWithBaseUrl(String baseUrl) throws ConfigException {
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: " + baseUrl + "\n");
        return load();
    }

    private List<String> problemsWithImage(String image) {
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nimage: " + image + "\n");
        return problems();
    }

    private List<String> problemsWithLanguage(String language) {
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: https://example.org/\nlanguage: " + language + "\n");
        return problems();
    }

    private List<String> problemsWithBaseUrl(String baseUrl) {
        InlineSite.write(dir, "-- site/site-config.yml --\ntitle: T\nbaseUrl: " + baseUrl + "\n");
        return problems();
    }

    private List<String> problemsWithHome(Path home) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new SiteConfigLoader(home).load(dir.resolve("site/site-config.yml"), ConfigOverrides.none()));
        return e.problems().stream().map(p -> p.format(dir)).toList();
    }

    private List<String> problems() {
        ConfigException e = assertThrows(ConfigException.class, this::load);
        return e.problems().stream().map(p -> p.format(dir)).toList();
    }
}
