package org.newsdigest.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link java.io.DataOutputStream} wrote, from a buffer over an array that holds a whole file or section.
 * A length that runs past the end fails here, before anything is allocated for it.
 */
final class CacheInput {

    private final ByteBuffer buffer;
    /** The buffer's bytes, which strings are decoded from where they are. */
    private final byte[] bytes;

    /** @param buffer a buffer over an array ({@link ByteBuffer#wrap}, {@link ByteBuffer#allocate}) */
    CacheInput(ByteBuffer buffer) {
        this.buffer = buffer;
        this.bytes = buffer.array();
    }

    int readInt() {
        return buffer.getInt();
    }

    long readLong() {
        return buffer.getLong();
    }

    boolean readBoolean() {
        return buffer.get() != 0;
    }

    byte readByte() {
        return buffer.get();
    }

    /** A length, checked against what is left, so a garbled one reads as a broken file and not a huge array. */
    int readLength() throws IOException {
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new IOException("length " + length + " at " + (buffer.position() - 4) + " runs past the end");
        }
        return length;
    }

    byte[] readBytes() throws IOException {
        return readRaw(readLength());
    }

    byte[] readRaw(int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    String readString() throws IOException {
        int length = readLength();
        int at = buffer.position();
        buffer.position(at + length);
        return stringAt(at, length);
    }

    /** The string of {@code length} bytes at {@code start}, wherever the buffer stands; safe on many threads at once. */
    String stringAt(int start, int length) {
        return new String(bytes, buffer.arrayOffset() + start, length, StandardCharsets.UTF_8);
    }

    int position() {
        return buffer.position();
    }

    void position(int position) {
        buffer.position(position);
    }

    int remaining() {
        return buffer.remaining();
    }
}
