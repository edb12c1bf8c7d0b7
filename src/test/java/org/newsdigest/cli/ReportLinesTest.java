package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.check.BrokenLink;

class ReportLinesTest {

    @Test
    void countsAreSingularForOneOnly() {
        assertEquals(List.of("0 files", "1 file", "2 files", "1 broken link", "1 error", "1 warning"),
                List.of(ReportLines.count(0, "file"), ReportLines.count(1, "file"), ReportLines.count(2, "file"),
                        ReportLines.count(1, "broken link"), ReportLines.count(1, "error"), ReportLines.count(1, "warning")));
    }

    @Test
    void oneBrokenLinkIsNumberedUnderASingularHeader() {
        assertEquals(List.of("1 broken link:", "  1. index.html:3:5 → #top: no element with id 'top' in index.html"),
                ReportLines.brokenLinks(List.of(new BrokenLink("index.html", 3, 5, "#top", "no element with id 'top' in index.html"))));
    }

    @Test
    void noBrokenLinkPrintsNothing() {
        assertEquals(List.of(), ReportLines.brokenLinks(List.of()));
    }
}
