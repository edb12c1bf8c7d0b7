package org.newsdigest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a small site given inline as {@code -- path --} sections, Hugo-style:
 * <pre>
 * -- site-config.yml --
 * title: Test
 * -- seeds/a.txt --
 * ---
 * title: A
 * ---
 * </pre>
 */
public final class InlineSite {

    private static final Pattern SECTION = Pattern.compile("(?m)^-- (\\S+) --\\n");

    private InlineSite() {
    }

    public static Path write(Path root, String sections) {
        Matcher matcher = SECTION.matcher(sections);
        int previousEnd = -1;
        String previousPath = null;
        try {
            while (matcher.find()) {
                if (previousPath != null) {
                    writeFile(root.resolve(previousPath), sections.substring(previousEnd, matcher.start()));
                }
                previousPath = matcher.group(1);
                previousEnd = matcher.end();
            }
            if (previousPath != null) {
                writeFile(root.resolve(previousPath), sections.substring(previousEnd));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
