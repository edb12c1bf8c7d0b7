package org.newsdigest.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's log as the lines a console would show, {@code [INFO] ...}, with the build time of a summary made constant. */
final class RecordingLog extends SystemStreamLog {

    private final List<String> lines = new ArrayList<>();

    /** The goal set up as Maven would for a project in {@code site} with its site-config.yml, logging here. */
    <T extends SiteConfigMojo> T runs(T mojo, Path site) {
        mojo.basedir = site.toFile();
        mojo.config = site.resolve("site-config.yml").toFile();
        mojo.setLog(this);
        return mojo;
    }

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
