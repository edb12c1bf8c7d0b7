package org.newsdigest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from loopback the way GitHub Pages does: under a base path ({@code /news-digest/} for a
 * project site, {@code /} at a domain root), a folder serves its {@code index.html}, and anything else, including
 * every path outside the base path, is a 404 whose body is the site's {@code 404.html}.
 *
 * <p>The port is chosen by the system, so start the server first and build the site for {@link #baseUrl()}. Every
 * request is recorded, so a test can also see from the server's side what a client asked for.
 */
public final class PagesServer implements AutoCloseable {

    /** Content types by file extension, as Pages sends them; anything else is {@code application/octet-stream}. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "application/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webmanifest", "application/manifest+json"));

    /** One request as the server answered it. */
    public record Served(String method, String path, int status) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;
    private final String basePath;
    private final List<Served> served = new ArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    private PagesServer(Path root, String basePath) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("a base path starts and ends with '/': '" + basePath + "'");
        }
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // A browser opens several connections at once; answer them in parallel, as a real host does.
        this.threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
    }

    /** Starts serving {@code root} (which may not exist yet) under {@code basePath} on a free loopback port. */
    public static PagesServer start(Path root, String basePath) {
        try {
            PagesServer pages = new PagesServer(root, basePath);
            pages.server.start();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The site's address: {@code http://127.0.0.1:<port><basePath>}, what the site must be built for. */
    public String baseUrl() {
        return origin() + basePath;
    }

    /** The address of {@code path} (relative to the base, no leading slash) on this server. */
    public String url(String path) {
        return baseUrl() + path;
    }

    /**
     * Holds every response for {@code delay} before sending it (zero, the default, for none), as a slow network
     * would: lets a test look at a page while its pictures are still on their way.
     */
    public void delayResponses(Duration delay) {
        this.delay = delay;
    }

    /** Every request answered so far, in order. */
    public synchronized List<Served> served() {
        return List.copyOf(served);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String path = exchange.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith(basePath)) {
                Path candidate = root.resolve(path.substring(basePath.length())).normalize();
                if (candidate.startsWith(root) && Files.isDirectory(candidate)) {
                    candidate = candidate.resolve("index.html");
                }
                if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                    file = candidate;
                }
            }
            int status = file == null ? 404 : 200;
            if (file == null) {
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            synchronized (this) {
                served.add(new Served(exchange.getRequestMethod(), path, status));
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
