package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution mvn package leaves in target/: its launcher, run as a user runs it, from a copy of the unpacked
 * folder at another place (so the class-data sharing archive recorded in target/ cannot be used there).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target"));
    private static final String VERSION = System.getProperty("project.version");
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();

    private record Run(int status, String out) {
    }

    private static Run run(Path home, Map<String, String> environment, String... arguments) {
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/news-digest").toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true);
            builder.environment().remove("JAVA_OPTS");
            builder.environment().remove("NEWS_DIGEST_OPTS");
            builder.environment().putAll(environment);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(process.waitFor(), out);
        }, "the launcher did not end");
    }

    private static Path copyOfDistribution(Path to) throws IOException {
        Path from = TARGET.resolve("news-digest");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (!path.getFileName().toString().endsWith(".jsa")) {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    @Test
    void theLauncherBuildsTheSeedsSiteAndRecordsAClassDataArchiveItThenUses(@TempDir Path temp) throws IOException {
        Path home = copyOfDistribution(temp.resolve("news-digest"));
        Path output = temp.resolve("output");

        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Run build = run(home, Map.of("TMPDIR", tmp.toString()), "build", "--config", "site-config.yml", "--output", output.toString());

        List<String> lines = build.out().lines().toList();
        assertEquals(0, build.status(), build.out());
        assertEquals("5 files read: 1 published, 4 unpublished, 0 invalid", lines.get(0));
        assertEquals("published to " + output, lines.get(lines.size() - 1));
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
        assertTrue(Files.isRegularFile(home.resolve("lib/news-digest.jsa")), "the first build records the archive");
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertEquals(List.of("news-digest.jar", "news-digest.jsa"),
                    lib.map(path -> path.getFileName().toString()).sorted().toList(), "no recording left behind");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the training site is removed");
        }

        // -Xshare:on makes the JVM stop rather than start without the archive
        Run version = run(home, Map.of("NEWS_DIGEST_OPTS", "-Xshare:on"), "--version");
        assertEquals(new Run(0, "news-digest " + VERSION + "\n"), version);
        // picocli is compiled for Java 5, which only a static archive holds: a dynamic one left it to load at each start
        Run loading = run(home, Map.of("NEWS_DIGEST_OPTS", "-Xshare:on -Xlog:class+load=info"), "--version");
        assertTrue(loading.out().lines().anyMatch(line -> line.endsWith(" picocli.CommandLine source: shared objects file")),
                loading.out().lines().filter(line -> line.contains("picocli.CommandLine ")).toList().toString());
    }

    @Test
    void javaOptsComeAfterTheDefaultsAndNewsDigestOptsAfterThem(@TempDir Path temp) throws IOException {
        Path home = copyOfDistribution(temp.resolve("news-digest"));

        assertTrue(run(home, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version").out()
                .contains("-XX:MaxHeapSize=1073741824 "), "the default -Xmx1g");
        assertTrue(run(home, Map.of("JAVA_OPTS", "-Xmx2g -XX:+PrintCommandLineFlags"), "--version").out()
                .contains("-XX:MaxHeapSize=2147483648 "), "JAVA_OPTS over the default");
        assertTrue(run(home, Map.of("JAVA_OPTS", "-Xmx2g -XX:+PrintCommandLineFlags", "NEWS_DIGEST_OPTS", "-Xmx512m"), "--version")
                .out().contains("-XX:MaxHeapSize=536870912 "), "NEWS_DIGEST_OPTS over JAVA_OPTS");
        assertFalse(Files.exists(home.resolve("lib/news-digest.jsa")), "only a build records the archive");
    }

    @Test
    void aJavaHomeWithoutJavaIsAUsageError(@TempDir Path temp) throws IOException {
        Path home = copyOfDistribution(temp.resolve("news-digest"));

        Run run = run(home, Map.of("JAVA_HOME", temp.resolve("no-java").toString()), "--version");

        assertEquals(new Run(2, "news-digest: JAVA_HOME is " + temp.resolve("no-java")
                + ", which has no bin/java; set JAVA_HOME to a Java 17 or later\n"), run);
    }

    @Test
    void theJarHoldsFlexmarksParserAndTheTwoExtensionsTheSitesUseAndNoneOfItsOtherModules() throws IOException {
        List<String> names;
        try (ZipFile jar = new ZipFile(TARGET.resolve("news-digest.jar").toFile())) {
            names = jar.stream().map(ZipEntry::getName).toList();
        }

        for (String used : List.of("com/vladsch/flexmark/parser/Parser.class", "com/vladsch/flexmark/html/HtmlRenderer.class",
                "com/vladsch/flexmark/ext/autolink/AutolinkExtension.class", "org/nibor/autolink/LinkExtractor.class",
                "com/vladsch/flexmark/ext/tables/TablesExtension.class")) {
            assertTrue(names.contains(used), used);
        }
        String extensions = "com/vladsch/flexmark/ext/";
        assertEquals(List.of("autolink", "tables"), names.stream().filter(name -> name.startsWith(extensions))
                .map(name -> name.substring(extensions.length()).split("/")[0]).filter(extension -> !extension.isEmpty())
                .distinct().sorted().toList(), "flexmark's extensions");
        List<String> unused = List.of("com/vladsch/flexmark/pdf/", "com/vladsch/flexmark/html2md/", "com/vladsch/flexmark/jira/",
                "com/vladsch/flexmark/youtrack/", "com/vladsch/flexmark/profile/", "com/openhtmltopdf/", "org/apache/pdfbox/",
                "org/apache/fontbox/", "org/apache/xmpbox/", "de/rototor/", "org/apache/commons/logging/");
        assertEquals(List.of(), unused.stream().filter(folder -> names.stream().anyMatch(name -> name.startsWith(folder))).toList(),
                "folders of flexmark-all's modules that no build uses");
    }

    @Test
    void theZipHoldsTheLaunchersTheJarAndTheReadmeInOneVersionedFolder() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(TARGET.resolve("news-digest-" + VERSION + ".zip").toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        }
        String folder = "news-digest-" + VERSION + "/";
        assertEquals(List.of(folder + "README.md", folder + "bin/news-digest", folder + "bin/news-digest.cmd",
                folder + "lib/news-digest.jar"), names.stream().sorted().toList());
    }
}
