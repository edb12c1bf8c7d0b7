package org.newsdigest.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time. A file whose stamp is as recorded is taken to hold the same bytes without
 * reading it, as make and git do.
 */
public record FileStamp(long size, long modifiedNanos) {

    /** Empty when the file cannot be read; reading it then reports why. */
    public static Optional<FileStamp> of(Path file) {
        try {
            return Optional.of(of(Files.readAttributes(file, BasicFileAttributes.class)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The stamp of a regular file itself; empty for a link, a folder, or nothing there. */
    public static Optional<FileStamp> ofRegularFile(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.of(of(attributes)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The stamp of the file these attributes were read from. */
    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
