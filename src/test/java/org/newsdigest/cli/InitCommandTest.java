package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.CommentedConfigWriter;
import org.newsdigest.testing.SiteFiles;

/** {@code init DIR} scaffolds a digest that builds as it is. */
class InitCommandTest {

    @TempDir
    Path work;

    private int run(String... args) {
        return NewsDigest.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void theScaffoldBuildsAsItIs() throws Exception {
        Path site = work.resolve("digest");
        assertEquals(0, run("init", site.toString()));
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of(".github/workflows/pages.yml", ".gitignore", ".mvn/jvm.config", "README.md", "pom.xml",
                    "seeds/welcome.md", "site-config.yml", "templates/README.md"), files.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
        String config = Files.readString(site.resolve("site-config.yml"));
        for (String key : List.of("title", "description", "baseUrl", "language", "timeZone", "pageSize", "feed", "content",
                "templates", "output", "cname", "strict", "publishFuture", "maxArticleBytes", "threads")) {
            assertTrue(config.contains("\n" + key + ":") || config.contains("\n# " + key + ":"), "documents " + key);
        }
        assertFalse(config.contains("permalink"), "an address depends on no date: the time zone dates nothing but what is shown");
        assertEquals(0, run("build", "--config", site.resolve("site-config.yml").toString()));
        assertTrue(Files.exists(site.resolve("output/articles/welcome/index.html")));
    }

    @Test
    void thePomBuildsWithThePluginAtTheRunningVersionAndNamesTheSiteAfterItsFolder() throws Exception {
        Path site = work.resolve("My Digest");
        assertEquals(0, run("init", site.toString()));
        String pom = Files.readString(site.resolve("pom.xml"));
        assertTrue(pom.contains("\n  <artifactId>my-digest</artifactId>\n"), pom);
        assertTrue(pom.contains("\n    <news-digest.version>" + PackageVersion.number() + "</news-digest.version>\n"), pom);
        assertEquals("-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=128m\n", Files.readString(site.resolve(".mvn/jvm.config")));
        assertTrue(Files.readString(site.resolve("README.md")).startsWith("# my-digest\n"));
    }

    @Test
    void anArtifactIdIsTheFolderNameAsMavenAllowsIt() {
        assertEquals("my-digest", InitCommand.artifactId(Path.of("/home/me/My Digest")));
        assertEquals("news.2024", InitCommand.artifactId(Path.of("news.2024")));
        assertEquals("d-j-news", InitCommand.artifactId(Path.of("D&J  news!")));
        assertEquals("digest", InitCommand.artifactId(Path.of("---")));
    }

    /** The first preview makes no request that fails: the example article names no picture that does not exist. */
    @Test
    void theScaffoldsPagesLoadNothingFromOutsideTheSite() throws Exception {
        Path site = work.resolve("digest");
        assertEquals(0, run("init", site.toString()));
        assertEquals(0, run("build", "--config", site.resolve("site-config.yml").toString()));
        Map<String, String> outside = new TreeMap<>();
        SiteFiles.read(site.resolve("output")).forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                for (Element element : Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).select("[src]")) {
                    if (!element.attr("src").startsWith("/my-digest/")) {
                        outside.put(path, element.outerHtml());
                    }
                }
            }
        });
        assertEquals(Map.of(), outside);
    }

    @Test
    void itSaysHowToStartThePreviewFromTheNewFolder() {
        StringWriter out = new StringWriter();
        Path site = work.resolve("digest");
        assertEquals(0, NewsDigest.run(new String[] {"init", site.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        // the tests run news-digest from its classes, not from a jar
        assertEquals("Created a digest in " + site + ". Next:\n  cd " + site + "\n  java -jar <path to news-digest.jar> serve\n",
                out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void theJarIsNamedByItsPathFromTheNewFolder() {
        Path jar = Path.of("/home/me/news-digest/target/news-digest.jar");
        assertEquals("java -jar ../news-digest/target/news-digest.jar serve",
                InitCommand.serveCommand(Path.of("/home/me/my-digest"), Optional.of(jar)));
        assertEquals("java -jar ../target/news-digest.jar serve",
                InitCommand.serveCommand(Path.of("/home/me/news-digest/my-digest"), Optional.of(jar)));
        assertEquals("java -jar /opt/news-digest.jar serve", InitCommand.serveCommand(Path.of("/home/me/sites/digest"),
                Optional.of(Path.of("/opt/news-digest.jar"))), "absolute where that is shorter than ../../../opt/…");
        assertEquals("java -jar '../My Tools/news-digest.jar' serve",
                InitCommand.serveCommand(Path.of("/home/me/digest"), Optional.of(Path.of("/home/me/My Tools/news-digest.jar"))));
        assertEquals("java -jar <path to news-digest.jar> serve", InitCommand.serveCommand(Path.of("/home/me/digest"), Optional.empty()));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(work.resolve("keep.txt"), "mine");
        assertEquals(2, run("init", work.toString()));
        assertEquals("mine", Files.readString(work.resolve("keep.txt")));
    }
    private record Said(int status, String out, String err) {
    }

    private static Said init(String folder) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NewsDigest.run(new String[] {"init", folder}, new PrintWriter(out), new PrintWriter(err));
        return new Said(status, out.toString(), err.toString());
    }

    @Test
    void aPathWithSpacesIsQuotedForTheShell() {
        Path site = work.resolve("my digest");

        Said said = init(site.toString());

        assertEquals(new Said(0, "Created a digest in " + site + ". Next:\n  cd '" + site
                + "'\n  java -jar <path to news-digest.jar> serve\n", ""), said);
    }

    @Test
    void theLauncherIsNamedByItsPathFromTheNewFolder() {
        assertEquals("../news-digest-1.0/bin/news-digest serve", InitCommand.serveCommand(Path.of("/home/me/my-digest"),
                Optional.of(Path.of("/home/me/news-digest-1.0/bin/news-digest"))));
        assertEquals("'/opt/news digest/bin/news-digest' serve", InitCommand.serveCommand(Path.of("/home/me/sites/digest"),
                Optional.of(Path.of("/opt/news digest/bin/news-digest"))));
    }

    @Test
    void aFileIsRefusedAsAFile() throws Exception {
        Path file = Files.writeString(work.resolve("passwd"), "root:x:0:0\n");

        assertEquals(new Said(2, "", file + ": is a file, not a folder; choose a new folder\n"), init(file.toString()));
        assertEquals("root:x:0:0\n", Files.readString(file));
    }

    @Test
    void aFolderInsideTheSystemsFoldersIsRefused() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc");

        assertEquals(new Said(2, "", "/proc/x: is inside '/proc', which holds the system's own files, not a site's; choose a "
                + "folder of your own\n"), init("/proc/x"));
    }

    @Test
    void aFolderThatCannotBeCreatedSaysSoAndWhy() throws Exception {
        Path file = Files.writeString(work.resolve("notes.txt"), "mine");

        assertEquals(new Said(4, "", "news-digest: cannot create the folder '" + file.resolve("digest") + "' (not a directory); "
                + "choose a folder you may create, such as one in your home folder\n"), init(file.resolve("digest").toString()));
    }

    /** What the config holds, key by key, is {@code CommentedConfigWriterTest}'s to show. */
    @Test
    void theNewConfigIsWrittenFromTheDescriptionOfItsKeys() throws Exception {
        Path site = work.resolve("digest");
        assertEquals(0, init(site.toString()).status());

        assertEquals(new CommentedConfigWriter().write(), Files.readString(site.resolve("site-config.yml")));
    }
}
