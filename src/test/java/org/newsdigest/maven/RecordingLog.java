package org.newsdigest.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's log as the lines a console would show, {@code [INFO] ...}, with the build time of a summary made constant. */
final class RecordingLog extends SystemStreamLog {

    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void info(CharSequence content) {
        record("INFO", content);
    }

    @Override
    public void warn(CharSequence content) {
        record("WARNING", content);
    }

    @Override
    public void error(CharSequence content) {
        record("ERROR", content);
    }

    private void record(String level, CharSequence content) {
        lines.add("[" + level + "] " + content.toString().replaceAll(", \\d+\\.\\d\\d s$", ", 0.00 s"));
    }
}
