package org.newsdigest.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes one HTTP/1.1 response to a connection that is closed after it. A client that takes no part of the response
 * within the idle timeout has its connection closed, so no thread waits on a client for ever.
 */
final class ResponseWriter {

    private static final int CHUNK = 65_536;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(301, "Moved Permanently"), Map.entry(400, "Bad Request"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"), Map.entry(421, "Misdirected Request"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"), Map.entry(505, "HTTP Version Not Supported"));

    private final SocketChannel channel;
    private final OutputStream out;
    private final ScheduledExecutorService timer;
    private final long idleMillis;
    private final boolean headOnly;

    /** @param headOnly a HEAD request: the headers a GET would get, no body */
    ResponseWriter(SocketChannel channel, OutputStream out, ScheduledExecutorService timer, long idleMillis, boolean headOnly) {
        this.channel = channel;
        this.out = out;
        this.timer = timer;
        this.idleMillis = idleMillis;
        this.headOnly = headOnly;
    }

    /** A one-line plain-text answer, for errors. */
    void text(int status, String line, Map<String, String> headers) throws IOException {
        bytes(status, "text/plain; charset=utf-8", (line + "\n").getBytes(StandardCharsets.UTF_8), headers);
    }

    void bytes(int status, String type, byte[] body, Map<String, String> headers) throws IOException {
        head(status, type, body.length, headers);
        if (!headOnly) {
            for (int at = 0; at < body.length; at += CHUNK) {
                guarded(body, at, Math.min(CHUNK, body.length - at));
            }
        }
    }

    void stream(int status, String type, long length, InputStream body) throws IOException {
        head(status, type, length, Map.of());
        if (headOnly) {
            return;
        }
        byte[] buffer = new byte[CHUNK];
        long left = length;
        while (left > 0) {
            int read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the file became shorter while it was sent");
            }
            guarded(buffer, 0, read);
            left -= read;
        }
    }

    /** The headers of a stream that lasts until the connection closes (Server-Sent Events). */
    void openStream(String type) throws IOException {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nCache-Control: no-store\r\n"
                + "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        guarded(head, 0, head.length);
    }

    private void head(int status, String type, long length, Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(REASONS.get(status)).append("\r\n");
        if (length > 0 || status != 301) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        head.append("Content-Length: ").append(length).append("\r\n")
                .append("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] bytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        guarded(bytes, 0, bytes.length);
    }

    private void guarded(byte[] bytes, int offset, int length) throws IOException {
        ScheduledFuture<?> closer = timer.schedule(() -> LiveReloadStreams.closeQuietly(channel), idleMillis,
                TimeUnit.MILLISECONDS);
        try {
            out.write(bytes, offset, length);
        } finally {
            closer.cancel(false);
        }
    }
}
