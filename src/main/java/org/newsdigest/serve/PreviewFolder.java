package org.newsdigest.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a request names in the built preview: regular files only, reached through real folders only. Every
 * part of the path is looked at without following links, so a symbolic link anywhere in the preview folder (to a
 * file or a folder, inside or outside it) is served as if it were not there.
 */
final class PreviewFolder {

    /** What a path names: a file to send, a folder to redirect to with a slash, or nothing. */
    sealed interface Found {
    }

    record File(Path path, long size) implements Found {
    }

    record FolderWithoutSlash() implements Found {
    }

    record Nothing() implements Found {
    }

    private final Path root;

    PreviewFolder(Path root) {
        this.root = root;
    }

    /** @param segments decoded segments below the root; a trailing empty one asks for the folder's index.html */
    Found find(List<String> segments) {
        Path at = root;
        if (!isFolder(at)) {
            return new Nothing();
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (segment.isEmpty()) {
                return last ? file(at.resolve("index.html")) : new Nothing();
            }
            try {
                at = at.resolve(segment);
            } catch (InvalidPathException notAName) {
                return new Nothing();
            }
            Optional<BasicFileAttributes> attributes = attributes(at);
            if (attributes.isEmpty() || attributes.get().isSymbolicLink()) {
                return new Nothing();
            }
            if (last) {
                if (attributes.get().isDirectory()) {
                    return new FolderWithoutSlash();
                }
                return file(at);
            }
            if (!attributes.get().isDirectory()) {
                return new Nothing();
            }
        }
        return isFolder(at) ? new FolderWithoutSlash() : new Nothing();
    }

    /** The site's own 404 page, when it has one. */
    Optional<File> notFoundPage() {
        return file(root.resolve("404.html")) instanceof File page && isFolder(root) ? Optional.of(page) : Optional.empty();
    }

    private static Found file(Path path) {
        return attributes(path).filter(BasicFileAttributes::isRegularFile)
                .<Found>map(a -> new File(path, a.size())).orElseGet(Nothing::new);
    }

    private static boolean isFolder(Path path) {
        return attributes(path).map(BasicFileAttributes::isDirectory).orElse(false);
    }

    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | SecurityException gone) {
            return Optional.empty();
        }
    }
}
