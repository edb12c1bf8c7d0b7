package org.newsdigest.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's path as its decoded segments. One rule for all: a segment must be valid percent-encoded UTF-8 and,
 * decoded, hold no slash (an encoded {@code %2F}), backslash or control character and be neither {@code .} nor
 * {@code ..}; anything else is a 400, so no path can climb out of the preview folder or mean two things.
 *
 * @param raw      the path as sent, still encoded
 * @param segments the decoded segments; a path ending in '/' ends with an empty segment
 */
record RequestPath(String raw, List<String> segments) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    static RequestPath decode(String raw) throws BadRequest {
        if (!raw.startsWith("/")) {
            throw new BadRequest(400, "bad request: the path must start with '/'");
        }
        List<String> segments = new ArrayList<>();
        for (String encoded : raw.substring(1).split("/", -1)) {
            String segment = decodeSegment(raw, encoded);
            if (segment.equals(".") || segment.equals("..")) {
                throw new BadRequest(400, "bad request: '" + raw + "' has a '.' or '..' segment");
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                    throw new BadRequest(400, "bad request: '" + raw
                            + "' has an encoded slash, a backslash or a control character");
                }
            }
            segments.add(segment);
        }
        return new RequestPath(raw, segments);
    }

    /** Whether the path ends with '/', asking for a folder. */
    boolean asksForFolder() {
        return segments.get(segments.size() - 1).isEmpty();
    }

    private static String decodeSegment(String raw, String encoded) throws BadRequest {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw malformed(raw);
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw malformed(raw);
        }
    }

    private static BadRequest malformed(String raw) {
        return new BadRequest(400, "bad request: '" + raw + "' has a malformed %-escape or is not UTF-8");
    }
}
