package org.newsdigest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.Fifos;

/**
 * Configs written by a careless user or an attacker: each gives its exact problems, never a stack trace, and never
 * a message about some other mistake than the one made. The lines after {@code title} and {@code baseUrl} vary.
 */
class HostileConfigTest {

    private static final String VALID = "title: T\nbaseUrl: https://example.org/\n";
    private static final String CREDENTIALS = "; they would be published in every page and the feed: remove the part before '@'";

    @TempDir
    Path dir;

    @BeforeEach
    void createContentFolder() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("a list", "- title: T\n- baseUrl: https://example.org/\n", List.of(
                        "site-config.yml:1:1: error: the config file must be a mapping of keys to values; found a list; "
                                + "write one 'key: value' per line, such as 'title: News Digest'")),
                Arguments.of("a number", "42\n", List.of(
                        "site-config.yml:1:1: error: the config file must be a mapping of keys to values; found an integer; "
                                + "write one 'key: value' per line, such as 'title: News Digest'")),
                Arguments.of("a user and password in baseUrl", "title: T\nbaseUrl: https://user:pw@example.org/\n", List.of(
                        "site-config.yml:2:10: error: 'baseUrl' must not contain a user name or password; found "
                                + "'https://***@example.org/'" + CREDENTIALS)),
                Arguments.of("a password in a baseUrl that is no URL either", "title: T\nbaseUrl: 'https://u:p@ss@ex ample/'\n",
                        List.of("site-config.yml:2:10: error: 'baseUrl' must not contain a user name or password; found "
                                + "'https://***@ex ample/'" + CREDENTIALS)),
                Arguments.of("a user in the image URL", VALID + "image: https://me@cdn.example.org/card.png\n", List.of(
                        "site-config.yml:3:8: error: 'image' must not contain a user name or password; found "
                                + "'https://***@cdn.example.org/card.png'" + CREDENTIALS)),
                Arguments.of("a number too large for any count", VALID + "pageSize: 99999999999999999999999\n", List.of(
                        "site-config.yml:3:11: error: 'pageSize' is too large: at most 2147483647; found '99999999999999999999999'; "
                                + "write one such as 'pageSize: 20'")),
                Arguments.of("a limit too large", VALID + "limits:\n  pageBytes: 3_000_000_000\n", List.of(
                        "site-config.yml:4:14: error: 'limits.pageBytes' is too large: at most 2147483647; found '3_000_000_000'; "
                                + "write one such as 'pageBytes: 100000000'")),
                Arguments.of("a number that is a boolean", VALID + "pageSize: true\n", List.of(
                        "site-config.yml:3:11: error: 'pageSize' must be a whole number of at least 1; found 'true'; "
                                + "write one such as 'pageSize: 20'")),
                Arguments.of("a quoted boolean", VALID + "strict: \"true\"\n", List.of(
                        "site-config.yml:3:9: error: 'strict' must be true or false; found the text 'true' in quotes; "
                                + "remove the quotes")),
                Arguments.of("a quoted word where a boolean goes", VALID + "publishFuture: 'yes'\n", List.of(
                        "site-config.yml:3:16: error: 'publishFuture' must be true or false; found the text 'yes' in quotes; "
                                + "write 'publishFuture: true' or 'publishFuture: false'")),
                Arguments.of("a mapping where text goes", "title:\n  en: News\nbaseUrl: https://example.org/\n", List.of(
                        "site-config.yml:2:3: error: 'title' must be text; found a mapping; give it one value, not keys of its own")),
                Arguments.of("a list in a group", VALID + "feed:\n  items: [10]\n", List.of(
                        "site-config.yml:4:10: error: 'feed.items' must be a whole number of at least 1; found a list; "
                                + "write one such as 'items: 50'")),
                Arguments.of("keys with no value", VALID + "output:\npageSize: ~\n", List.of(
                        "site-config.yml:3:8: error: 'output' has no value; write one after 'output:', or remove the line",
                        "site-config.yml:4:11: error: 'pageSize' has no value; write one after 'pageSize:', or remove the line")),
                Arguments.of("a limit with no value", VALID + "limits:\n  renderSeconds:\n", List.of(
                        "site-config.yml:4:17: error: 'limits.renderSeconds' has no value; write one after 'renderSeconds:', "
                                + "or remove the line")),
                Arguments.of("a second document", VALID + "---\ntitle: U\n", List.of(
                        "site-config.yml:3:1: error: a second YAML document starts here; found '---'; there must be only one: "
                                + "remove this line, and merge what follows it into what comes before")),
                Arguments.of("a NUL character", "title: \"a\0b\"\nbaseUrl: https://example.org/\n", List.of(
                        "site-config.yml:1:10: error: the character U+0000 is not allowed in YAML; remove it, or write it as "
                                + "\"\\u0000\" inside double quotes")),
                Arguments.of("the output is a file", VALID + "output: site-config.yml\n", List.of(
                        "site-config.yml:3:9: error: 'output' 'site-config.yml' cannot be used because it is a file, not a folder; "
                                + "the build replaces that folder entirely, so choose a folder of its own such as 'output'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void aBadConfigGivesExactlyItsOwnProblems(String what, String config, List<String> expected) throws IOException {
        Files.writeString(dir.resolve("site-config.yml"), config, StandardCharsets.UTF_8);

        assertEquals(expected, problems(ConfigOverrides.none()));
    }

    @Test
    void aConfigOverAMegabyteIsRefusedWithoutAWordAboutFrontMatter() throws IOException {
        Files.writeString(dir.resolve("site-config.yml"), VALID + "description: " + "a".repeat(1_000_000) + "\n");

        assertEquals(List.of("site-config.yml:1:1: error: the config file is over 1000000 bytes, and a config is a few lines of "
                + "'key: value'; check that --config names the site's config file"), problems(ConfigOverrides.none()));
    }

    @Test
    void aUserAndPasswordInTheBaseUrlOptionAreRefusedAndNotRepeated() throws IOException {
        Files.writeString(dir.resolve("site-config.yml"), VALID);

        assertEquals(List.of("--base-url: error: 'baseUrl' must not contain a user name or password; found "
                + "'https://***@example.org/preview/'" + CREDENTIALS),
                optionProblems(new ConfigOverrides(Optional.empty(), Optional.of("https://deploy:s3cret@example.org/preview/"))));
    }

    @Test
    void aRefusedOutputOptionIsBlamedOnTheOptionNotOnTheConfigFile() throws IOException {
        Files.writeString(dir.resolve("site-config.yml"), VALID);
        Files.writeString(dir.resolve("notes.txt"), "mine");

        assertEquals(List.of("--output: error: 'output' '/' cannot be used because it is the file system root; the build "
                + "replaces that folder entirely, so choose a folder of its own such as 'output'"),
                optionProblems(new ConfigOverrides(Optional.of(Path.of("/")), Optional.empty())));
        assertEquals(List.of("--output: error: 'output' '" + dir.resolve("notes.txt") + "' cannot be used because it is a file, "
                + "not a folder; the build replaces that folder entirely, so choose a folder of its own such as 'output'"),
                optionProblems(new ConfigOverrides(Optional.of(dir.resolve("notes.txt")), Optional.empty())));
    }

    @Test
    void aContentFolderThatIsAFileIsNamedAsSuch() throws IOException {
        Files.writeString(dir.resolve("site-config.yml"), VALID + "content: notes.txt\n");
        Files.writeString(dir.resolve("notes.txt"), "mine");

        assertEquals(List.of("site-config.yml:3:10: error: the content folder 'notes.txt' is a file, not a "
                + "folder; set 'content' to the folder of article files"), problems(ConfigOverrides.none()));
    }

    @Test
    void siteFoldersInsideTheSystemsFoldersAreRefused() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")) && Files.isDirectory(Path.of("/dev")), "Linux's /proc and /dev");
        Files.writeString(dir.resolve("site-config.yml"), VALID + "content: /proc/self\ntemplates: /dev\noutput: /proc/self/x\n");

        assertEquals(List.of(
                "site-config.yml:3:10: error: 'content' '/proc/self' cannot be used because it is inside '/proc', which holds "
                        + "the system's own files, not a site's; choose a folder of your own",
                "site-config.yml:4:12: error: 'templates' '/dev' cannot be used because it is inside '/dev', which holds the "
                        + "system's own files, not a site's; choose a folder of your own",
                "site-config.yml:5:9: error: 'output' '/proc/self/x' cannot be used because it is inside '/proc', which holds "
                        + "the system's own files; the build replaces that folder entirely, so choose a folder of its own such "
                        + "as 'output'"),
                problems(ConfigOverrides.none()));
    }

    @Test
    void aTemplatesFolderThatIsAFileIsNamedAsSuch() throws IOException {
        Files.writeString(dir.resolve("site-config.yml"), VALID + "templates: site-config.yml\n");

        assertEquals(List.of("site-config.yml:3:12: error: the templates folder 'site-config.yml' is a file, not a folder; set "
                + "'templates' to the folder of the site's templates, or leave it out to use the built-in theme"),
                problems(ConfigOverrides.none()));
    }

    @Test
    void aFolderGivenAsTheConfigIsNamedAsSuch() throws IOException {
        Files.createDirectories(dir.resolve("site"));

        // the path to pass is shown as the command line reads it: from the working folder
        assertEquals(List.of("site: error: is a folder, not a config file; pass the config file in it, such as --config '"
                + dir.resolve("site/site-config.yml") + "'"), problems(dir.resolve("site"), ConfigOverrides.none()));
    }

    @Test
    void aNamedPipeGivenAsTheConfigIsNeverOpened() throws Exception {
        Path pipe = Fifos.make(dir.resolve("site-config.yml"));

        // opening a pipe nobody writes to blocks for ever; the time limit only guards against that hang
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> problems(pipe, ConfigOverrides.none()));

        assertEquals(List.of("site-config.yml: error: is a named pipe, socket or device, not a config file; pass the site's "
                + "config file with --config FILE"), problems);
    }

    @Test
    void aDeviceGivenAsTheConfigIsNeverRead() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a /dev/zero");

        // /dev/zero never ends; the time limit only guards against reading it for ever
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> problems(Path.of("/dev/zero"), ConfigOverrides.none()));

        assertEquals(List.of("/dev/zero: error: is a named pipe, socket or device, not a config file; pass the site's config "
                + "file with --config FILE"), problems);
    }

    private List<String> problems(ConfigOverrides overrides) {
        return problems(dir.resolve("site-config.yml"), overrides);
    }

    /** As the command line prints them: in file order, paths shown from the site folder. */
    private List<String> problems(Path config, ConfigOverrides overrides) {
        return problems(config, overrides, dir);
    }

    /** A command-line option's problems, shown from the working folder the option's values are read from. */
    private List<String> optionProblems(ConfigOverrides overrides) {
        return problems(dir.resolve("site-config.yml"), overrides, Path.of("").toAbsolutePath());
    }

    private List<String> problems(Path config, ConfigOverrides overrides, Path shownFrom) {
        ConfigException e = assertThrows(ConfigException.class, () -> new SiteConfigLoader(dir.resolve("home")).load(config, overrides));
        return e.problems().stream().sorted(Problem.IN_FILE_ORDER).map(p -> p.format(shownFrom)).toList();
    }
}
