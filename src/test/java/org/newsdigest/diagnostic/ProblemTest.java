package org.newsdigest.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final Path BASE = Path.of("/work/site").toAbsolutePath();
    private static final Path FILE = BASE.resolve("seeds/a.txt");

    @Test
    void formatsLikeACompilerRelativeToTheBase() {
        assertEquals("seeds/a.txt:4:8: error: 'title' is empty", Problem.error(new SourcePosition(FILE, 4, 8), "'title' is empty").format(BASE));
        assertEquals("seeds/a.txt:4: warning: w", Problem.warning(SourcePosition.of(FILE, 4), "w").format(BASE));
        assertEquals("seeds/a.txt: error: e", Problem.error(SourcePosition.unplaced(FILE), "e").format(BASE));
    }

    @Test
    void aProblemWithAWholeFilePointsAtItsStart() {
        assertEquals("seeds/a.txt:1:1: error: e", Problem.error(SourcePosition.ofFile(FILE), "e").format(BASE));
    }

    @Test
    void aColumnWithoutALineIsNotShown() {
        assertEquals("seeds/a.txt: error: e", Problem.error(new SourcePosition(FILE, 0, 5), "e").format(BASE));
    }

    @Test
    void aFileOutsideTheBaseIsShownAbsolute() {
        Path elsewhere = Path.of("/srv/other/a.txt").toAbsolutePath();
        assertEquals(elsewhere + ":1:1: error: e", Problem.error(new SourcePosition(elsewhere, 1, 1), "e").format(BASE));
        assertEquals(FILE + ":1:1: error: e", Problem.error(new SourcePosition(FILE, 1, 1), "e").format(null));
    }

    @Test
    void theBaseItselfIsShownAsADot() {
        assertEquals(".", DisplayPaths.show(BASE, BASE));
        assertEquals("seeds/a.txt", DisplayPaths.show(BASE.resolve("seeds/../seeds/./a.txt"), BASE));
    }

    @Test
    void aNegativePositionIsABug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SourcePosition(FILE, -1, 0));
        assertEquals("negative position -1:0", e.getMessage());
    }

    @Test
    void problemsSortByFileThenPositionThenSeverity() {
        Path b = BASE.resolve("seeds/b.txt");
        List<Problem> unsorted = List.of(
                Problem.warning(new SourcePosition(b, 1, 1), "b1"),
                Problem.warning(new SourcePosition(FILE, 10, 1), "a10"),
                Problem.warning(new SourcePosition(FILE, 2, 5), "a2w"),
                Problem.error(new SourcePosition(FILE, 2, 5), "a2e"),
                Problem.error(new SourcePosition(FILE, 2, 1), "a2c1"));

        assertEquals(List.of("a2c1", "a2e", "a2w", "a10", "b1"),
                unsorted.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::message).toList());
    }

    @Test
    void problemsKnowWhetherAnyIsAnError() {
        Problems problems = new Problems();
        problems.warning(SourcePosition.ofFile(FILE), "w");
        assertFalse(problems.hasErrors());
        problems.error(SourcePosition.ofFile(FILE), "e");
        assertTrue(problems.hasErrors());
        assertEquals(2, problems.size());
    }
}
