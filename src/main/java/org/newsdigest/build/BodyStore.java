package org.newsdigest.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.model.Article;
import org.newsdigest.model.ArticleBody;
import org.newsdigest.parse.ParsedFile;

/**
 * Where one build keeps the bodies of the articles it parsed: a file in the cache folder beside the output, so that
 * memory holds per article only where its body is, and each body is read back when its page is rendered (a body is
 * about a sixth of what an article weighs, and only its own page shows it). Written by the parse step's threads, read
 * by the render step's and by the parse cache's writer; the file goes when the build ends. A store {@link #inMemory()}
 * keeps bodies as they are: {@code serve} keeps its parse results, bodies and all, from one build to the next.
 */
final class BodyStore implements AutoCloseable {

    private static final String PREFIX = "bodies-";
    private static final String SUFFIX = ".tmp";

    /** Where the file goes; empty for a store that keeps bodies in memory. */
    private final Optional<Path> folder;
    private final AtomicLong end = new AtomicLong();
    private Path file;
    private FileChannel channel;

    private BodyStore(Optional<Path> folder) {
        this.folder = folder;
    }

    static BodyStore inMemory() {
        return new BodyStore(Optional.empty());
    }

    /** A store whose file is made in {@code folder} when the first body comes, so a build that parses none makes none. */
    static BodyStore in(Path folder) {
        return new BodyStore(Optional.of(folder));
    }

    /** The parse result with its article's body written here and referred to, unless this store keeps bodies in memory. */
    ParsedFile keep(ParsedFile parsed) {
        if (folder.isEmpty() || parsed.article().isEmpty()
                || !(parsed.article().get().body() instanceof ArticleBody.Text text) || text.html().isEmpty()) {
            return parsed;
        }
        Article article = parsed.article().get().withBody(write(channel(), text.html()));
        return new ParsedFile(parsed.identity(), Optional.of(article), parsed.problems());
    }

    /** The file, made at the first call after removing any a killed build left (the site's lock is held). */
    private synchronized FileChannel channel() {
        if (channel == null) {
            try {
                Files.createDirectories(folder.get());
                try (DirectoryStream<Path> left = Files.newDirectoryStream(folder.get(), PREFIX + "*" + SUFFIX)) {
                    for (Path old : left) {
                        Files.deleteIfExists(old);
                    }
                }
                file = Files.createTempFile(folder.get(), PREFIX, SUFFIX);
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            } catch (IOException e) {
                throw EnvironmentFailure.io("write the build cache", folder.get(), e);
            }
        }
        return channel;
    }

    private Stored write(FileChannel to, String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        long at = end.getAndAdd(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                to.write(buffer, at + buffer.position());
            }
        } catch (IOException e) {
            throw EnvironmentFailure.io("write the build cache", file, e);
        }
        return new Stored(this, at, bytes.length);
    }

    private String read(long at, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel().read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("the file ends at " + (at + buffer.position()));
                }
            }
        } catch (IOException e) {
            throw EnvironmentFailure.io("read the build cache", file, e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw EnvironmentFailure.io("remove", file, e);
            }
        }
    }

    /** A body written to a store: where it is, which is all an article holds of it until its page is rendered. */
    record Stored(BodyStore store, long position, int length) implements ArticleBody {
        @Override
        public String html() {
            return store.read(position, length);
        }
    }
}
