package org.newsdigest.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.model.ArticleBody;

/**
 * The bodies of the parse cache's base file: each body's bytes written to the file between its checked sections, and
 * in its entry only the body's hash and where those bytes are. Reading the cache so reads no body: most bodies, on a
 * rebuild, are never read, their pages being kept by a key that takes the hash; a body is read back (and checked
 * against its hash) when its page is rendered. A body that reads back otherwise fails the build and removes the base.
 */
final class BaseBodies {

    private BaseBodies() {
    }

    /** Writes each body's bytes to {@code file} where it stands, its entry's reference to the entry's stream. */
    static ArticleCodec.Bodies writingTo(DataOutputStream file) {
        return new ArticleCodec.Bodies() {
            @Override
            public void write(DataOutputStream entry, ArticleBody body) throws IOException {
                byte[] bytes = body.html().getBytes(StandardCharsets.UTF_8);
                entry.writeLong(body.hash());
                entry.writeInt(file.size());
                entry.writeInt(bytes.length);
                file.write(bytes);
            }

            @Override
            public ArticleBody read(CacheInput in) {
                throw new UnsupportedOperationException("write only");
            }
        };
    }

    /**
     * Bodies read back from {@code file} when asked for. The channel stays open for them (the build may write a new
     * base over the file's name meanwhile; the channel still reads this one), and is closed when nothing refers to it.
     *
     * @param start where the bodies may start, after the file's header
     * @param end   where they must end, before its section table
     */
    static ArticleCodec.Bodies readingFrom(FileChannel file, Path path, long start, long end) {
        return new ArticleCodec.Bodies() {
            @Override
            public void write(DataOutputStream out, ArticleBody body) {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public ArticleBody read(CacheInput in) throws IOException {
                long hash = in.readLong();
                int offset = in.readInt();
                int length = in.readInt();
                if (offset < start || length < 0 || (long) offset + length > end) {
                    throw new IOException("a body of " + length + " bytes at " + offset + " is outside the bodies");
                }
                return ArticleBody.readBack(hash, () -> readBack(file, path, offset, length, hash));
            }
        };
    }

    private static String readBack(FileChannel file, Path path, int offset, int length, long hash) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(length);
            while (bytes.hasRemaining()) {
                if (file.read(bytes, offset + bytes.position()) < 0) {
                    throw new IOException("the file ends before " + (offset + length));
                }
            }
            String html = new String(bytes.array(), StandardCharsets.UTF_8);
            if (ArticleBody.hashOf(html) != hash) {
                throw new IOException("the body at " + offset + " is not the one written there: the file changed after it was written");
            }
            return html;
        } catch (IOException e) {
            try {
                // the next build then parses every file, instead of failing on the same body again
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the failure below names the file
            }
            throw new EnvironmentFailure(EnvironmentFailure.Kind.IO, path, "cannot read an article's body back from the build "
                    + "cache %s (" + e.getMessage() + "); it is removed: build again", e);
        }
    }
}
