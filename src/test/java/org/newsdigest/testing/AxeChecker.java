package org.newsdigest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core, Deque's accessibility engine, in the page a {@link HeadlessChromium} has open and reads back its
 * violations. axe-core comes from npm, at the version pom.xml names ({@code npm install --prefix target/npm
 * axe-core@<version> --no-save}, as .ci/run does); a missing {@code axe.min.js}, or one of another version, fails
 * the test with that command.
 */
public final class AxeChecker {

    /** The impacts a page must have none of. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final String version;

    private AxeChecker(String source, String version) {
        this.source = source;
        this.version = version;
    }

    /**
     * Reads axe.min.js from {@code -Daxe.script} (by default where .ci/run installs it), expecting the version
     * {@code -Daxe.version} names (the failsafe plugin passes both from pom.xml).
     */
    public static AxeChecker load() {
        String version = System.getProperty("axe.version", "4.14.1");
        Path script = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(script)) {
            throw BrowserTools.missing("no " + script.toAbsolutePath() + ": " + install(version));
        }
        try {
            return new AxeChecker(Files.readString(script), version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String install(String version) {
        return "the accessibility tests need axe-core " + version + " from npm: run 'npm install --prefix target/npm "
                + "axe-core@" + version + " --no-save' in the project folder (as .ci/run does), or point -Daxe.script=... "
                + "at its axe.min.js";
    }

    /** One rule the page breaks, with a selector for each element that breaks it. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        public Violation {
            targets = List.copyOf(targets);
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " at " + String.join(", ", targets);
        }
    }

    /** The version of axe-core that runs. */
    public String version() {
        return version;
    }

    /** Every violation axe finds in the open page, of any impact, in axe's order. */
    public List<Violation> violations(HeadlessChromium chromium) {
        inject(chromium);
        Object result = chromium.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(results => done(JSON.stringify(results.violations)))
                    .catch(error => done('axe failed: ' + error));
                """);
        String json = String.valueOf(result);
        if (json.startsWith("axe failed: ")) {
            throw new AssertionError(json);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode rule : read(json)) {
            List<String> targets = new ArrayList<>();
            for (JsonNode node : rule.path("nodes")) {
                // A target is a list of selectors: one for the element, or a chain into iframes and shadow roots.
                List<String> selectors = new ArrayList<>();
                node.path("target").forEach(selector -> selectors.add(selector.isTextual() ? selector.asText() : selector.toString()));
                targets.add(String.join(" >>> ", selectors));
            }
            violations.add(new Violation(rule.path("id").asText(), rule.path("impact").asText(), rule.path("help").asText(), targets));
        }
        return violations;
    }

    private void inject(HeadlessChromium chromium) {
        if (!Boolean.TRUE.equals(chromium.script("return typeof axe === 'object';"))) {
            chromium.script(source);
            Object running = chromium.script("return axe.version;");
            if (!version.equals(running)) {
                throw new AssertionError("axe-core " + running + " is installed, pom.xml asks for " + version + ": " + install(version));
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
