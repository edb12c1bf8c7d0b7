package org.newsdigest.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request line and headers of one HTTP/1.x request, read strictly: anything malformed is a {@link BadRequest}
 * with its status, so that every request gets an answer.
 *
 * @param method  as sent, e.g. {@code GET}
 * @param target  the request target, printable ASCII starting with '/' (the query included)
 * @param headers name (lower case) and value pairs, in the order sent
 */
record RequestHead(String method, String target, List<Header> headers) {

    static final int MAX_BYTES = 16_384;
    private static final int MAX_HEADERS = 100;
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    record Header(String name, String value) {
    }

    RequestHead {
        headers = List.copyOf(headers);
    }

    /** The target's path, before any '?', still percent-encoded. */
    String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The only value of a header; a header sent twice is a 400. */
    Optional<String> single(String name) throws BadRequest {
        Optional<String> found = Optional.empty();
        for (Header header : headers) {
            if (header.name().equals(name)) {
                if (found.isPresent()) {
                    throw new BadRequest(400, "bad request: more than one " + name + " header");
                }
                found = Optional.of(header.value());
            }
        }
        return found;
    }

    /**
     * Reads one request head.
     *
     * @return empty when the connection sent nothing before closing or falling silent
     * @throws BadRequest            for a malformed or over-long head
     * @throws SocketTimeoutException when part of a head came and the rest did not, in time
     */
    static Optional<RequestHead> read(InputStream in) throws IOException, BadRequest {
        byte[] buffer = new byte[MAX_BYTES];
        int length = 0;
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException silent) {
                if (length == 0) {
                    return Optional.empty();
                }
                throw silent;
            }
            if (b < 0) {
                if (length == 0) {
                    return Optional.empty();
                }
                throw new BadRequest(400, "bad request: the connection closed before the request's headers ended");
            }
            if (length == MAX_BYTES) {
                throw new BadRequest(431, "request header fields too large: at most " + MAX_BYTES + " bytes");
            }
            buffer[length++] = (byte) b;
            if (endsHead(buffer, length)) {
                return Optional.of(parse(new String(buffer, 0, length, StandardCharsets.ISO_8859_1)));
            }
        }
    }

    private static boolean endsHead(byte[] buffer, int length) {
        return length >= 2 && buffer[length - 1] == '\n'
                && (buffer[length - 2] == '\n' || length >= 4 && buffer[length - 2] == '\r' && buffer[length - 3] == '\n');
    }

    private static RequestHead parse(String head) throws BadRequest {
        List<String> lines = new ArrayList<>(List.of(head.split("\r?\n", -1)));
        String[] requestLine = lines.remove(0).split(" ", -1);
        if (requestLine.length != 3 || !TOKEN.matcher(requestLine[0]).matches()) {
            throw new BadRequest(400, "bad request: the request line is not 'METHOD /path HTTP/1.1'");
        }
        if (!requestLine[2].equals("HTTP/1.1") && !requestLine[2].equals("HTTP/1.0")) {
            throw new BadRequest(505, "HTTP version not supported: use HTTP/1.1 or HTTP/1.0");
        }
        String target = requestLine[1];
        if (!target.startsWith("/") || !target.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadRequest(400, "bad request: the target must be a path starting with '/', in printable ASCII");
        }
        List<Header> headers = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1 || !TOKEN.matcher(line.substring(0, colon)).matches()
                    || !line.chars().allMatch(c -> c >= 0x20 && c != 0x7f || c == '\t')) {
                throw new BadRequest(400, "bad request: a header line is not 'Name: value'");
            }
            if (headers.size() == MAX_HEADERS) {
                throw new BadRequest(431, "request header fields too large: at most " + MAX_HEADERS + " headers");
            }
            headers.add(new Header(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip()));
        }
        return new RequestHead(requestLine[0], target, headers);
    }
}
