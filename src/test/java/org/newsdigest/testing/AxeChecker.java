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
 * violations. axe-core comes from npm ({@code npm install --prefix target/npm axe-core@4.x --no-save}, as .ci/run
 * does); a missing {@code axe.min.js} fails the test with that command.
 */
public final class AxeChecker {

    /** The impacts a page must have none of. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    static final String INSTALL = "the accessibility tests need axe-core from npm: run "
            + "'npm install --prefix target/npm axe-core@4.14.1 --no-save' in the project folder (as .ci/run does), "
            + "or point -Daxe.script=... at an axe.min.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;

    private AxeChecker(String source) {
        this.source = source;
    }

    /** Reads axe.min.js from {@code -Daxe.script}, by default where .ci/run installs it. */
    public static AxeChecker load() {
        Path script = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(script)) {
            throw new AssertionError("no " + script.toAbsolutePath() + ": " + INSTALL);
        }
        try {
            return new AxeChecker(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The version of axe-core that ran, as it reports itself. */
    public String version(HeadlessChromium chromium) {
        inject(chromium);
        return (String) chromium.script("return axe.version;");
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
