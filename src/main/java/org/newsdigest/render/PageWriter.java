package org.newsdigest.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Collects one page's text and stops its template, before the text is copied in, once the page would be larger than
 * the limit in UTF-8 bytes. The text goes into a plain array of characters and is encoded once, at the end: a
 * {@link StringBuilder} copied it twice more (widened at the first character past Latin-1, then into a string) before
 * the string was encoded.
 */
final class PageWriter extends Writer {

    private char[] text = new char[8192];
    private int length;
    private final long limit;
    private final PageGuard guard;
    /** The page's size in UTF-8 bytes, counted only once three bytes a character could pass the limit. */
    private long bytes = -1;

    PageWriter(long limit, PageGuard guard) {
        this.limit = limit;
        this.guard = guard;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        if (nearLimit(count)) {
            admit(count > limit ? count : utf8Length(chars, offset, offset + count));
        }
        System.arraycopy(chars, offset, room(count), length, count);
        length += count;
    }

    @Override
    public void write(String string, int offset, int count) {
        if (nearLimit(count)) {
            // each character takes a byte at least, so a huge string is refused without reading it all
            admit(count > limit ? count : utf8Length(string, offset, offset + count));
        }
        string.getChars(offset, offset + count, room(count), length);
        length += count;
    }

    @Override
    public void write(int c) {
        if (nearLimit(1)) {
            admit(utf8Length((char) c));
        }
        room(1)[length++] = (char) c;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return new String(text, 0, length);
    }

    /**
     * The page as its file holds it: the same bytes as {@code toString().getBytes(UTF_8)}, a character that is half
     * of no surrogate pair made {@code ?} as there.
     */
    byte[] utf8() {
        // room for every character and some to spare: enough for most pages, which are nearly all ASCII
        byte[] out = new byte[length + (length >> 3) + 16];
        int at = 0;
        for (int i = 0; i < length; i++) {
            if (out.length - at < 4) {
                out = Arrays.copyOf(out, out.length + (out.length >> 1));
            }
            char c = text[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (isPair(i)) {
                int point = Character.toCodePoint(c, text[++i]);
                out[at++] = (byte) (0xf0 | point >> 18);
                out[at++] = (byte) (0x80 | point >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | point >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | point & 0x3f);
            } else {
                out[at++] = '?';
            }
        }
        return Arrays.copyOf(out, at);
    }

    /** True when character {@code i} is a high surrogate and the next one its low surrogate. */
    private boolean isPair(int i) {
        return Character.isHighSurrogate(text[i]) && i + 1 < length && Character.isLowSurrogate(text[i + 1]);
    }

    private char[] room(int count) {
        if (text.length - length < count) {
            text = Arrays.copyOf(text, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(text.length * 2L, (long) length + count)));
        }
        return text;
    }

    /**
     * True once {@code count} more characters could take the page past the limit, at three bytes each: from then on,
     * every character's bytes are counted. Most pages never get there.
     */
    private boolean nearLimit(int count) {
        if (bytes < 0) {
            // no character takes more than three bytes (a surrogate pair takes four for two)
            if ((length + (long) count) * 3 <= limit) {
                return false;
            }
            bytes = utf8Length(text, 0, length);
        }
        return true;
    }

    /** Stops the template, before its text is copied in, when {@code added} bytes would take the page past the limit. */
    private void admit(long added) {
        if (bytes + added > limit) {
            guard.haltHere(PageGuard.Halt.TOO_LARGE);
            throw new PageGuard.Stopped();
        }
        bytes += added;
    }

    private static long utf8Length(char[] chars, int from, int to) {
        long length = 0;
        for (int i = from; i < to; i++) {
            length += utf8Length(chars[i]);
        }
        return length;
    }

    private static long utf8Length(String chars, int from, int to) {
        long length = 0;
        for (int i = from; i < to; i++) {
            length += utf8Length(chars.charAt(i));
        }
        return length;
    }

    private static int utf8Length(char c) {
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
}
