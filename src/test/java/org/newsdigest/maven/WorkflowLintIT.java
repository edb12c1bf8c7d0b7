package org.newsdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.WorkflowLinter;

/** This repository's workflows (code CI, site publishing, release) pass actionlint, and it would catch a mistake. */
class WorkflowLintIT {

    @Test
    void everyWorkflowOfThisRepositoryPassesActionlint() throws IOException {
        List<Path> workflows;
        try (Stream<Path> files = Files.list(Path.of(".github/workflows"))) {
            workflows = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(List.of(".github/workflows/ci.yml", ".github/workflows/pages.yml", ".github/workflows/release.yml"),
                workflows.stream().map(Path::toString).toList());

        assertEquals(List.of(), WorkflowLinter.problems(workflows));
    }

    @Test
    void theLinterReportsAnUndefinedStepOutput(@TempDir Path temp) throws IOException {
        Path workflow = Files.writeString(temp.resolve("broken.yml"), """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ steps.nope.outputs.url }}"
                """);

        List<String> problems = WorkflowLinter.problems(List.of(workflow));

        assertEquals(1, problems.size(), String.join("\n", problems));
        assertEquals(true, problems.get(0).startsWith(workflow + ":6:"), problems.get(0));
    }
}
