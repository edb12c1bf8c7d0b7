package org.newsdigest.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from {@code 127.0.0.1} under its base path, as GitHub Pages would (a folder serves its
 * {@code index.html}, a missing page is a 404 with {@code 404.html}). HTML responses get the live-reload
 * script; {@code /__news-digest/events} is a Server-Sent Events stream that says {@code reload} after every
 * rebuild, and {@code /__news-digest/problems} is the plain-text report of the last build's problems: a first line
 * saying what the page underneath is, then one problem a line; empty when there were none.
 */
public final class PreviewServer implements AutoCloseable {

    static final String CONTROL_PATH = "/__news-digest/";
    private static final String SCRIPT_TAG = "<script src=\"" + CONTROL_PATH + "live.js\" defer></script>";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8", "json", "application/json; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg");

    private final Path site;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "preview-http");
        thread.setDaemon(true);
        return thread;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile String problems = "";

    /**
     * @param site     the folder of the built site
     * @param basePath the path the site lives under, starting and ending with '/'
     * @param port     the port to listen on; 0 picks a free one
     */
    public PreviewServer(Path site, String basePath, int port) throws IOException {
        this.site = site;
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Records the latest build's problem report (empty when there are none) and tells every open tab to reload. */
    public void rebuilt(String report) {
        this.problems = report;
        for (OutputStream listener : listeners) {
            try {
                listener.write("event: reload\ndata: rebuilt\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException closedTab) {
                listeners.remove(listener);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(CONTROL_PATH)) {
                control(exchange, path.substring(CONTROL_PATH.length()));
            } else {
                page(exchange, path);
            }
        }
    }

    private void control(HttpExchange exchange, String what) throws IOException {
        switch (what) {
            case "live.js" -> {
                try (InputStream script = PreviewServer.class.getResourceAsStream("live.js")) {
                    send(exchange, 200, "js", script.readAllBytes());
                }
            }
            case "problems" -> send(exchange, 200, "txt", problems.getBytes(StandardCharsets.UTF_8));
            case "events" -> stream(exchange);
            default -> send(exchange, 404, "txt", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Holds the response open until the tab goes away; {@link #rebuilt} writes to it. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
        try {
            while (listeners.contains(body)) {
                Thread.sleep(15_000);
                body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | InterruptedException gone) {
            listeners.remove(body);
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        Path file = null;
        if (path.startsWith(basePath) || (path + "/").equals(basePath)) {
            String inside = URI.create(path).getPath().substring(Math.min(path.length(), basePath.length()));
            Path candidate = site.resolve(inside).normalize();
            if (candidate.startsWith(site) && Files.isDirectory(candidate)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                candidate = candidate.resolve("index.html");
            }
            if (candidate.startsWith(site) && Files.isRegularFile(candidate)) {
                file = candidate;
            }
        }
        int status = 200;
        if (file == null) {
            status = 404;
            file = site.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                // no site yet (the first build failed): a page that still shows the problems and reloads once fixed
                String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>news-digest preview</title>"
                        + "</head><body><p>Nothing has been built here yet.</p></body></html>";
                send(exchange, 404, "html", withLiveReload(page).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(file);
        if (extension.equals("html")) {
            body = withLiveReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, extension, body);
    }

    private static String withLiveReload(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + SCRIPT_TAG : html.substring(0, end) + SCRIPT_TAG + html.substring(end);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
