package org.newsdigest.diagnostic;

import java.nio.file.Path;

/** Shows paths the way a maintainer typed them: relative to the working folder when inside it, with forward slashes. */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String show(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = base != null && absolute.startsWith(base.toAbsolutePath().normalize())
                ? base.toAbsolutePath().normalize().relativize(absolute)
                : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
