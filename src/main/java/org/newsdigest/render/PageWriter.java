package org.newsdigest.render;

import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Collects one page's text and stops its template, before the text is copied in, once the page would be larger than
 * the limit in UTF-8 bytes.
 */
final class PageWriter extends Writer {

    private final StringBuilder text = new StringBuilder(8192);
    private final long limit;
    private final PageGuard guard;
    /** The page's size in UTF-8 bytes, counted only once three bytes a character could pass the limit. */
    private long bytes = -1;

    PageWriter(long limit, PageGuard guard) {
        this.limit = limit;
        this.guard = guard;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        admit(CharBuffer.wrap(chars), offset, length);
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        admit(string, offset, length);
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        admit(String.valueOf((char) c), 0, 1);
        text.append((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Stops the template when these characters would take the page past the limit. */
    private void admit(CharSequence chars, int offset, int length) {
        if (bytes < 0) {
            // no character takes more than three bytes (a surrogate pair takes four for two): most pages never count
            if ((text.length() + (long) length) * 3 <= limit) {
                return;
            }
            bytes = utf8Length(text, 0, text.length());
        }
        // each character takes a byte at least, so a huge string is refused without reading it all
        long added = length > limit ? length : utf8Length(chars, offset, offset + length);
        if (bytes + added > limit) {
            guard.haltHere(PageGuard.Halt.TOO_LARGE);
            throw new PageGuard.Stopped();
        }
        bytes += added;
    }

    private static long utf8Length(CharSequence chars, int from, int to) {
        long length = 0;
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }
}
