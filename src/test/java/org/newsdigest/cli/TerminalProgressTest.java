package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newsdigest.build.BuildProgress;

class TerminalProgressTest {

    @Test
    void drawsOneLineInPlaceAndClearsItAtTheEnd() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text));
        progress.parsed(5, 10);
        progress.parsed(6, 10); // within 100 ms of the last drawing: skipped
        progress.finish();
        assertEquals("\r\033[Kparsed 5/10 files, 0 files written\r\033[K", text.toString());
    }

    @Test
    void whenOutputIsNotATerminalThereIsNoProgressLine() {
        // Maven runs tests without a console, as CI and pipes do
        assertSame(BuildProgress.SILENT, TerminalProgress.forConsole(new PrintWriter(new StringWriter())));
    }
}
