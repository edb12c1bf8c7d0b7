package org.newsdigest.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
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

            @Override
            public void writeBytes(DataOutputStream entry, byte[] bytes) throws IOException {
                entry.writeInt(checksum(bytes));
                entry.writeInt(file.size());
                entry.writeInt(bytes.length);
                file.write(bytes);
            }

            @Override
            public Supplier<byte[]> readBytes(CacheInput in) {
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
                checkPlace(offset, length, start, end);
                return ArticleBody.readBack(hash, () -> new String(readBack(file, path, offset, length, "body",
                        bytes -> ArticleBody.hashOf(new String(bytes, StandardCharsets.UTF_8)) == hash), StandardCharsets.UTF_8));
            }

            @Override
            public void writeBytes(DataOutputStream out, byte[] bytes) {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public Supplier<byte[]> readBytes(CacheInput in) throws IOException {
                int sum = in.readInt();
                int offset = in.readInt();
                int length = in.readInt();
                checkPlace(offset, length, start, end);
                return () -> readBack(file, path, offset, length, "related items", bytes -> checksum(bytes) == sum);
            }
        };
    }

    private static void checkPlace(int offset, int length, long start, long end) throws IOException {
        if (offset < start || length < 0 || (long) offset + length > end) {
            throw new IOException(length + " bytes at " + offset + " are outside the bodies");
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /**
     * The bytes at {@code offset}, which {@code written} is to tell are the ones written there.
     *
     * @param what what they are, as a failure names them: "body", "related items"
     */
    private static byte[] readBack(FileChannel file, Path path, int offset, int length, String what, Predicate<byte[]> written) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(length);
            while (bytes.hasRemaining()) {
                if (file.read(bytes, offset + bytes.position()) < 0) {
                    throw new IOException("the file ends before " + (offset + length));
                }
            }
            if (!written.test(bytes.array())) {
                throw new IOException("the " + what + " at " + offset + (what.endsWith("s") ? " are not the ones" : " is not the one")
                        + " written there: the file changed after it was written");
            }
            return bytes.array();
        } catch (IOException e) {
            try {
                // the next build then parses every file, instead of failing on the same body again
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the failure below names the file
            }
            throw new EnvironmentFailure(EnvironmentFailure.Kind.IO, path, "cannot read an article's " + what
                    + " back from the build cache %s (" + e.getMessage() + "); it is removed: build again", e);
        }
    }
}
