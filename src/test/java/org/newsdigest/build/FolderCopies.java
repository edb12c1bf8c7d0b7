package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a site folder as {@code cp -a} or a restored CI cache does: every file with its modification time to the
 * nanosecond (the JDK's {@code COPY_ATTRIBUTES} rounds it to the microsecond, which a kept file's check would see as
 * another file). Links are copied as links.
 */
final class FolderCopies {

    private FolderCopies() {
    }

    static void copy(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(from)) {
            entries = walk.toList();
        }
        for (Path entry : entries) {
            Path target = to.resolve(from.relativize(entry).toString());
            if (Files.isSymbolicLink(entry)) {
                Files.createSymbolicLink(target, Files.readSymbolicLink(entry));
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target);
            } else {
                Files.copy(entry, target);
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(entry));
            }
        }
    }
}
