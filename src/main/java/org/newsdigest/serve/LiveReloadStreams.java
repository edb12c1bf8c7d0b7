package org.newsdigest.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open live-reload streams (Server-Sent Events, one per tab), all written by the one scheduler thread given, so
 * that a thousand tabs cost no thread each. Writes never wait: a tab that does not take what is sent is dropped.
 * About {@code cap} streams are open at most; the caller answers one more with a 503.
 */
final class LiveReloadStreams {

    static final String RELOAD = "event: reload\ndata: rebuilt\n\n";
    private static final String KEEP_ALIVE = ": keep-alive\n\n";

    private final int cap;
    private final ScheduledExecutorService writer;
    private final Set<SocketChannel> streams = ConcurrentHashMap.newKeySet();

    LiveReloadStreams(int cap, ScheduledExecutorService writer, long keepAliveSeconds) {
        this.cap = cap;
        this.writer = writer;
        writer.scheduleWithFixedDelay(() -> {
            dropClosed();
            sendToAll(KEEP_ALIVE);
        }, keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
    }

    /**
     * Whether one more stream may open, after dropping the tabs that went away. Request threads ask this at the same
     * time, so the cap may be passed by at most their number.
     */
    boolean hasRoom() {
        if (streams.size() < cap) {
            return true;
        }
        try {
            writer.submit(this::dropClosed).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return streams.size() < cap;
    }

    /** Takes over a connection whose response headers were sent; it is written without blocking from now on. */
    void admit(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        streams.add(channel);
        writer.execute(() -> send(channel, ": connected\n\n"));
    }

    int open() {
        return streams.size();
    }

    /** Tells every open tab to reload; returns at once. */
    void reloadAll() {
        writer.execute(() -> sendToAll(RELOAD));
    }

    void closeAll() {
        streams.forEach(LiveReloadStreams::closeQuietly);
        streams.clear();
    }

    /** A tab sends nothing on its stream, so the end of its input means it went away. */
    private void dropClosed() {
        ByteBuffer discard = ByteBuffer.allocate(512);
        for (SocketChannel stream : streams) {
            try {
                discard.clear();
                if (stream.read(discard) >= 0) {
                    continue;
                }
            } catch (IOException gone) {
                // reset by the tab
            }
            streams.remove(stream);
            closeQuietly(stream);
        }
    }

    private void sendToAll(String text) {
        streams.forEach(stream -> send(stream, text));
    }

    private void send(SocketChannel stream, String text) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            stream.write(bytes);
            if (!bytes.hasRemaining()) {
                return;
            }
        } catch (IOException gone) {
            // the tab was closed
        }
        streams.remove(stream);
        closeQuietly(stream);
    }

    static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is all that was wanted
        }
    }
}
