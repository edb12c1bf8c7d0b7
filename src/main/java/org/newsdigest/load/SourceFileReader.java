package org.newsdigest.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.ReadFailure;
import org.newsdigest.diagnostic.SourcePosition;

/** Reads one content file as strict UTF-8, refusing files over the size limit before reading them whole. */
public final class SourceFileReader {

    private final long maxBytes;

    public SourceFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Optional<SourceText> read(Path file, Problems problems) {
        return readBytes(file, problems).flatMap(bytes -> decode(file, bytes, problems));
    }

    /**
     * The file's bytes, unless it is too large, cannot be read or is empty. Only a regular file is opened: one that
     * became a named pipe since the content folder was walked would block the build until something wrote to it.
     */
    public Optional<byte[]> readBytes(Path file, Problems problems) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                problems.error(SourcePosition.ofFile(file), attributes.isDirectory()
                        ? "was a file and is now a folder; build again"
                        : "is a named pipe, socket or device, not a regular file, and news-digest reads only regular files; "
                                + "remove it from the content folder");
                return Optional.empty();
            }
            if (attributes.size() > maxBytes) {
                tooLarge(file, attributes.size(), problems);
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                // one byte more than allowed tells a file that grew since its size was read
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxBytes) {
                tooLarge(file, Files.size(file), problems);
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.error(SourcePosition.ofFile(file), ReadFailure.message(e));
            return Optional.empty();
        }
        if (bytes.length == 0) {
            problems.error(SourcePosition.ofFile(file), "the file is empty; an article starts with a '---' line and its front matter");
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    private void tooLarge(Path file, long size, Problems problems) {
        problems.error(SourcePosition.ofFile(file), "the file is " + size + " bytes, over the limit of " + maxBytes
                + " bytes for one article; shorten it or raise 'maxArticleBytes' in the config");
    }

    /** The bytes of {@code file} as text: strict UTF-8, byte-order mark removed, line endings turned into LF. */
    public Optional<SourceText> decode(Path file, byte[] bytes, Problems problems) {
        // the JDK's own String decoding is several times faster than a CharsetDecoder; it replaces what is not
        // UTF-8 by U+FFFD, so only a text with U+FFFD in it (bad bytes, or a real U+FFFD) is decoded again strictly
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(new SourceText(file, normalized(lenient)));
        }
        return decodeStrictly(file, bytes, problems);
    }

    private Optional<SourceText> decodeStrictly(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            problems.error(positionOf(file, bytes, offset), String.format(
                    "the file is not valid UTF-8: byte 0x%02x at offset %d; save the file as UTF-8",
                    bytes[offset] & 0xff, offset));
            return Optional.empty();
        }
        try {
            CoderResult flush = decoder.flush(out);
            if (flush.isError()) {
                flush.throwException();
            }
        } catch (CharacterCodingException e) {
            problems.error(SourcePosition.ofFile(file), "the file is not valid UTF-8 at its end; save the file as UTF-8");
            return Optional.empty();
        }
        out.flip();
        return Optional.of(new SourceText(file, normalized(out.toString())));
    }

    /** Without a byte-order mark, line endings turned into LF. */
    private static String normalized(String decoded) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line and column (in characters, as an editor counts them) of a byte offset; the bytes before it are valid UTF-8. */
    private static SourcePosition positionOf(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new SourcePosition(file, line, before.codePointCount(0, before.length()) + 1);
    }
}
