package org.newsdigest.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link java.io.DataOutputStream} wrote, from a buffer holding the whole file (usually mapped, so a
 * large cache costs no heap). A length that runs past the end fails here, before anything is allocated for it.
 */
final class CacheInput {

    private final ByteBuffer buffer;
    private byte[] scratch = new byte[1 << 12];

    CacheInput(ByteBuffer buffer) {
        this.buffer = buffer;
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
        if (length > scratch.length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        buffer.get(scratch, 0, length);
        return new String(scratch, 0, length, StandardCharsets.UTF_8);
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
