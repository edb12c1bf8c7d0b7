package org.newsdigest.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects one page in UTF-8 as its text comes, and stops its template, before the text is added, once the page would
 * be larger than the limit in bytes. A string of some length is encoded by {@link String#getBytes}, which copies a
 * compact string's bytes as they are when they are all ASCII; characters were copied into a {@code char[]} and encoded
 * one by one at the end, which took a fifth of the render (the build runs without the optimising compiler, so no loop
 * of ours is vectorised). The bytes are those of the whole page's text encoded at once: a character that is half of no
 * surrogate pair becomes {@code ?}, also when the halves of a pair come in two writes.
 */
final class PageWriter extends Writer {

    /** Shorter strings are encoded here: for a few characters, {@link String#getBytes} costs more than the loop. */
    private static final int SHORT = 24;
    /** The most characters encoded before the page's size is checked again. */
    private static final int PART = 8192;

    private byte[] page = new byte[8192];
    private int length;
    /** A high surrogate that ended the last write, waiting for its low half; 0 when there is none. */
    private char high;
    private final char[] shortText = new char[SHORT];
    private final long limit;
    private final PageGuard guard;

    PageWriter(long limit, PageGuard guard) {
        this.limit = limit;
        this.guard = guard;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        refuseAtOnce(count);
        append(chars, offset, count);
    }

    @Override
    public void write(String string, int offset, int count) {
        refuseAtOnce(count);
        if (count <= SHORT) {
            string.getChars(offset, offset + count, shortText, 0);
            append(shortText, 0, count);
        } else if (high != 0 || Character.isHighSurrogate(string.charAt(offset + count - 1))) {
            append(string.substring(offset, offset + count).toCharArray(), 0, count);
        } else {
            byte[] encoded = (offset == 0 && count == string.length() ? string : string.substring(offset, offset + count))
                    .getBytes(StandardCharsets.UTF_8);
            admit(length + (long) encoded.length);
            System.arraycopy(encoded, 0, room(encoded.length), length, encoded.length);
            length += encoded.length;
        }
    }

    @Override
    public void write(int c) {
        shortText[0] = (char) c;
        append(shortText, 0, 1);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return new String(utf8(), StandardCharsets.UTF_8);
    }

    /** The page as its file holds it: the same bytes as its whole text encoded with {@code getBytes(UTF_8)}. */
    byte[] utf8() {
        byte[] bytes = Arrays.copyOf(page, length + (high == 0 ? 0 : 1));
        if (high != 0) {
            bytes[length] = '?';
        }
        return bytes;
    }

    /** Each character takes a byte at least, so a text of more characters than the limit is refused without reading it. */
    private void refuseAtOnce(int count) {
        if (length + (long) count > limit) {
            halt();
        }
    }

    /**
     * Encodes the characters after the page's bytes, a part at a time, so that the buffer grows with the bytes the page
     * has, not three bytes for every character of one huge write, and a page past the limit stops within a part of it.
     */
    private void append(char[] chars, int offset, int count) {
        int end = offset + count;
        for (int from = offset; from < end; from += PART) {
            appendPart(chars, from, Math.min(PART, end - from));
        }
    }

    /** Encodes the characters after the page's bytes, and keeps them only if the page stays within the limit. */
    private void appendPart(char[] chars, int offset, int count) {
        // three bytes a character at most; a high surrogate left from the last write adds one more
        byte[] out = room(3L * count + 1);
        int at = length;
        int i = offset;
        int end = offset + count;
        char pending = high;
        if (pending != 0 && i < end) {
            if (Character.isLowSurrogate(chars[i])) {
                at = pair(out, at, pending, chars[i++]);
            } else {
                out[at++] = '?';
            }
            pending = 0;
        }
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pending = c;
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(chars[i + 1])) {
                at = pair(out, at, c, chars[++i]);
            } else {
                out[at++] = '?';
            }
        }
        admit(at + (pending == 0 ? 0L : 1L));
        length = at;
        high = pending;
    }

    private static int pair(byte[] out, int at, char high, char low) {
        int point = Character.toCodePoint(high, low);
        out[at] = (byte) (0xf0 | point >> 18);
        out[at + 1] = (byte) (0x80 | point >> 12 & 0x3f);
        out[at + 2] = (byte) (0x80 | point >> 6 & 0x3f);
        out[at + 3] = (byte) (0x80 | point & 0x3f);
        return at + 4;
    }

    /** The page's buffer, with room for {@code count} more bytes. */
    private byte[] room(long count) {
        if (page.length - length < count) {
            page = Arrays.copyOf(page, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(page.length * 2L, length + count)));
        }
        return page;
    }

    /** Stops the template when the page would have {@code bytes} bytes, past the limit; its text so far stays. */
    private void admit(long bytes) {
        if (bytes > limit) {
            halt();
        }
    }

    private void halt() {
        guard.haltHere(PageGuard.Halt.TOO_LARGE);
        throw new PageGuard.Stopped();
    }
}
