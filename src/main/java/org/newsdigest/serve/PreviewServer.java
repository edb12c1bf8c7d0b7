package org.newsdigest.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Serves a built site from {@code 127.0.0.1} under its base path, as GitHub Pages would (a folder serves its
 * {@code index.html}, a missing page is a 404 with {@code 404.html}). HTML responses get the live-reload
 * script; {@code /__news-digest/events} is a Server-Sent Events stream that says {@code reload} after every
 * rebuild, and {@code /__news-digest/problems} is the plain-text report of the last build's problems: a first line
 * saying what the page underneath is, then one problem a line; empty when there were none.
 *
 * <p>Every request gets an answer, and one connection gets one answer, then is closed. What it will not answer: a
 * {@code Host} other than localhost, 127.0.0.1 or [::1] (421, so a page from another site that rebinds its name to
 * this address sees nothing); a path that cannot be decoded or could name something outside the preview (400, see
 * {@link RequestPath}); a symbolic link anywhere in the preview folder (404). Threads are bounded: a fixed set
 * answers requests, one more writes every live-reload stream, and a connection slower than the idle timeout is
 * closed.
 */
public final class PreviewServer implements AutoCloseable {

    static final String CONTROL_PATH = "/__news-digest/";
    static final String MISDIRECTED = "misdirected request: this preview answers only to the host names localhost, "
            + "127.0.0.1 and [::1]";
    private static final String SCRIPT_TAG = "<script src=\"" + CONTROL_PATH + "live.js\" defer></script>";
    private static final Pattern LOOPBACK_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("opml", "text/x-opml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"));

    private final String basePath;
    private final List<String> baseFolders;
    private final PreviewSettings settings;
    private final ServerSocketChannel listener;
    private final ThreadPoolExecutor requests;
    private final ScheduledThreadPoolExecutor timer;
    private final LiveReloadStreams live;
    private final Thread acceptor;
    private volatile Path site;
    private volatile String problems = "";

    /**
     * @param site     the folder of the built site; {@link #show} changes it
     * @param basePath the path the site lives under, starting and ending with '/'
     * @param port     the port to listen on; 0 picks a free one
     */
    public PreviewServer(Path site, String basePath, int port, PreviewSettings settings) throws IOException {
        this.site = site;
        this.basePath = basePath;
        this.settings = settings;
        try {
            List<String> segments = RequestPath.decode(basePath).segments();
            this.baseFolders = segments.subList(0, segments.size() - 1);
        } catch (BadRequest e) {
            throw new IllegalArgumentException("not a base path: " + basePath, e);
        }
        this.timer = new ScheduledThreadPoolExecutor(1, new DaemonThreadFactory("preview-timer"));
        timer.setRemoveOnCancelPolicy(true);
        this.requests = new ThreadPoolExecutor(settings.requestThreads(), settings.requestThreads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.waitingRequests()), new DaemonThreadFactory("preview-http"));
        requests.allowCoreThreadTimeOut(true);
        this.live = new LiveReloadStreams(settings.liveReloadClients(), timer, 15);
        this.listener = ServerSocketChannel.open();
        try {
            listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 128);
        } catch (IOException e) {
            close();
            throw e;
        }
        this.acceptor = new DaemonThreadFactory("preview-accept").newThread(this::accept);
    }

    public void start() {
        acceptor.start();
    }

    public int port() {
        return listener.socket().getLocalPort();
    }

    /** Serves another folder from now on: the one the latest published build wrote. */
    public void show(Path folder) {
        this.site = folder;
    }

    /** Records the latest build's problem report (empty when there are none) and tells every open tab to reload. */
    public void rebuilt(String report) {
        this.problems = report;
        live.reloadAll();
    }

    /** Live-reload streams open now. */
    int liveReloadStreams() {
        return live.open();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // nothing more can be done about a listener that will not close
        }
        requests.shutdownNow();
        live.closeAll();
        timer.shutdownNow();
    }

    private void accept() {
        while (listener.isOpen()) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                // one connection failed to open (too many open files, a reset): pause rather than spin, then go on
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stopped) {
                    return;
                }
                continue;
            }
            try {
                requests.execute(() -> serve(channel));
            } catch (RejectedExecutionException busy) {
                refuse(channel);
            }
        }
    }

    /** Answers from the accepting thread, without waiting on the client: the response fits any send buffer. */
    private static void refuse(SocketChannel channel) {
        String body = "service unavailable: the preview is busy with other connections; try again\n";
        String response = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\nRetry-After: 1\r\n\r\n" + body;
        try (channel) {
            channel.configureBlocking(false);
            channel.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException gone) {
            // the client went away
        }
    }

    private void serve(SocketChannel channel) {
        boolean handedOver = false;
        boolean drain = true;
        InputStream in = null;
        try {
            Socket socket = channel.socket();
            in = new BufferedInputStream(new DeadlineInput(socket, System.nanoTime() + settings.idleTimeout().toNanos()));
            long idleMillis = settings.idleTimeout().toMillis();
            Optional<RequestHead> head;
            try {
                head = RequestHead.read(in);
            } catch (SocketTimeoutException stalled) {
                new ResponseWriter(channel, socket.getOutputStream(), timer, idleMillis, false).text(408,
                        "request timeout: the request did not arrive within " + idleMillis + " ms", Map.of());
                return;
            } catch (BadRequest bad) {
                new ResponseWriter(channel, socket.getOutputStream(), timer, idleMillis, false).text(bad.status(),
                        bad.getMessage(), Map.of());
                return;
            }
            if (head.isEmpty()) {
                return;
            }
            ResponseWriter reply = new ResponseWriter(channel, socket.getOutputStream(), timer, idleMillis,
                    head.get().method().equals("HEAD"));
            try {
                drain = !head.get().method().equals("GET") && !head.get().method().equals("HEAD")
                        || head.get().single("content-length").isPresent() || head.get().single("transfer-encoding").isPresent();
                handedOver = answer(channel, head.get(), reply);
            } catch (BadRequest bad) {
                Map<String, String> allow = bad.status() == 405 ? Map.of("Allow", "GET, HEAD") : Map.of();
                reply.text(bad.status(), bad.getMessage(), allow);
            }
        } catch (IOException gone) {
            // the client went away, or was closed for taking too long over the response
        } catch (RuntimeException bug) {
            try {
                new ResponseWriter(channel, channel.socket().getOutputStream(), timer, settings.idleTimeout().toMillis(), false)
                        .text(500, "internal error in news-digest serve: " + bug.getClass().getName() + "; please report it",
                                Map.of());
            } catch (IOException | RuntimeException alsoGone) {
                // the answer was already under way, or the client is gone
            }
            throw bug; // a defect: its stack trace goes to the console
        } finally {
            if (!handedOver) {
                closeGracefully(channel, in, drain);
            }
        }
    }

    /** @return whether the connection became a live-reload stream, and so stays open */
    private boolean answer(SocketChannel channel, RequestHead head, ResponseWriter reply) throws IOException, BadRequest {
        String host = head.single("host").orElseThrow(() -> new BadRequest(400, "bad request: the Host header is missing"));
        if (!LOOPBACK_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
            throw new BadRequest(421, MISDIRECTED);
        }
        if (!head.method().equals("GET") && !head.method().equals("HEAD")) {
            throw new BadRequest(405, "method not allowed: the preview answers GET and HEAD only");
        }
        RequestPath path = RequestPath.decode(head.rawPath());
        if (path.segments().size() == 2 && path.segments().get(0).equals(CONTROL_PATH.replace("/", ""))) {
            return control(channel, path.segments().get(1), head, reply);
        }
        page(path, reply);
        return false;
    }

    private boolean control(SocketChannel channel, String what, RequestHead head, ResponseWriter reply) throws IOException {
        switch (what) {
            case "live.js" -> {
                try (InputStream script = PreviewServer.class.getResourceAsStream("live.js")) {
                    reply.bytes(200, TYPES.get("js"), script.readAllBytes(), Map.of());
                }
            }
            case "problems" -> reply.bytes(200, TYPES.get("txt"), problems.getBytes(StandardCharsets.UTF_8), Map.of());
            case "events" -> {
                if (head.method().equals("HEAD")) {
                    reply.bytes(200, "text/event-stream; charset=utf-8", new byte[0], Map.of());
                    return false;
                }
                if (!live.hasRoom()) {
                    reply.text(503, "service unavailable: " + settings.liveReloadClients()
                            + " live-reload connections are open already; this tab will not reload by itself", Map.of());
                    return false;
                }
                reply.openStream("text/event-stream; charset=utf-8");
                live.admit(channel);
                return true;
            }
            default -> reply.text(404, "not found", Map.of());
        }
        return false;
    }

    private void page(RequestPath path, ResponseWriter reply) throws IOException {
        PreviewFolder folder = new PreviewFolder(site);
        List<String> segments = path.segments();
        boolean underBase = segments.size() >= baseFolders.size() && segments.subList(0, baseFolders.size()).equals(baseFolders);
        PreviewFolder.Found found = underBase ? folder.find(segments.subList(baseFolders.size(), segments.size()))
                : new PreviewFolder.Nothing();
        if (found instanceof PreviewFolder.FolderWithoutSlash) {
            reply.bytes(301, TYPES.get("txt"), new byte[0], Map.of("Location", path.raw() + "/"));
        } else if (found instanceof PreviewFolder.File file) {
            send(reply, 200, file);
        } else {
            Optional<PreviewFolder.File> notFound = folder.notFoundPage();
            if (notFound.isPresent()) {
                send(reply, 404, notFound.get());
            } else {
                // no site yet (the first build failed): a page that still shows the problems and reloads once fixed
                String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>news-digest preview</title>"
                        + "</head><body><p>Nothing has been built here yet.</p></body></html>";
                reply.bytes(404, TYPES.get("html"), withLiveReload(page).getBytes(StandardCharsets.UTF_8), Map.of());
            }
        }
    }

    private static void send(ResponseWriter reply, int status, PreviewFolder.File file) throws IOException {
        String name = file.path().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        try (InputStream body = Files.newInputStream(file.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (extension.equals("html")) {
                String html = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                reply.bytes(status, type, withLiveReload(html).getBytes(StandardCharsets.UTF_8), Map.of());
            } else {
                reply.stream(status, type, file.size(), body);
            }
        }
    }

    private static String withLiveReload(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + SCRIPT_TAG : html.substring(0, end) + SCRIPT_TAG + html.substring(end);
    }

    /**
     * Ends the response with a FIN rather than a reset: input the request left unread (a body, a malformed head) is
     * read away first, briefly, since closing a socket with unread input resets it and the client may lose the answer.
     */
    private static void closeGracefully(SocketChannel channel, InputStream in, boolean drain) {
        try (channel) {
            if (!channel.isOpen()) {
                return;
            }
            channel.shutdownOutput();
            if (drain && in != null) {
                channel.socket().setSoTimeout(200);
                byte[] discard = new byte[8192];
                for (int total = 0; total < 65_536; ) {
                    int read = channel.socket().getInputStream().read(discard);
                    if (read < 0) {
                        break;
                    }
                    total += read;
                }
            }
        } catch (IOException ignored) {
            // the client is gone or silent; closing is all that is left
        }
    }

    /** Reads until one deadline for the whole head, so a client sending a byte a second cannot hold a thread. */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInput(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("the request took longer than the idle timeout");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            return in.read(bytes, offset, length);
        }
    }
}
