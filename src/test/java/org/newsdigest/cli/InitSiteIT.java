package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.BrowserTools;
import org.newsdigest.testing.WorkflowLinter;

/**
 * The repository {@code init} writes builds with the plugin as it is, offline, with the plugin and its dependencies
 * from target/local-repo (where invoker:install put them just before) and the invoker's settings (whose local.central
 * is where the invoker runs found the rest), and its Pages workflow passes actionlint.
 */
class InitSiteIT {

    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private record Run(int status, List<String> log) {
    }

    private static Run mavenPackage(Path site) {
        String mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn").toString();
        return assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
            Process process = new ProcessBuilder(mvn, "-o", "-B", "-s", TARGET.resolve("it/interpolated-settings.xml").toString(),
                    "-Dmaven.repo.local=" + TARGET.resolve("local-repo"), "-Dstyle.color=never", "package").directory(site.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(process.waitFor(), out.lines().toList());
        }, "mvn package did not end");
    }

    @Test
    void theNewRepositoryBuildsWithThePluginOfflineAndItsWorkflowPassesActionlint(@TempDir Path temp) throws Exception {
        Path settings = TARGET.resolve("it/interpolated-settings.xml");
        if (!Files.isRegularFile(settings) || !Files.isDirectory(TARGET.resolve("local-repo"))) {
            // invoker:install and invoker:run leave both; -Dinvoker.skip=true skips them, and so this test
            throw BrowserTools.missing("init site test", settings + " or " + TARGET.resolve("local-repo")
                    + " is missing: run mvn verify without -Dinvoker.skip");
        }
        Path site = temp.resolve("my-digest");
        assertEquals(0, NewsDigest.run(new String[] {"init", site.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));

        Run first = mavenPackage(site);

        assertEquals(0, first.status(), String.join("\n", first.log()));
        assertTrue(first.log().contains("[INFO] 1 file read: 1 published, 0 unpublished, 0 invalid"), String.join("\n", first.log()));
        assertTrue(first.log().contains("[INFO] published to output"), String.join("\n", first.log()));
        assertTrue(Files.isRegularFile(site.resolve("output/articles/welcome/index.html")));
        assertTrue(Files.isDirectory(site.resolve(".output.cache")), "the folder the Pages workflow caches");

        assertEquals(List.of(), WorkflowLinter.problems(List.of(site.resolve(".github/workflows/pages.yml"))));
    }
}
