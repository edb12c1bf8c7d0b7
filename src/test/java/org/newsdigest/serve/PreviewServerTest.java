package org.newsdigest.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.InlineSite;

/**
 * The preview server on its own, over a folder laid out as a build leaves it: what it answers to every kind of
 * request, well-formed or not, and that no client can hold its threads or read outside the folder.
 */
class PreviewServerTest {

    static final String SCRIPT = "<script src=\"/__news-digest/live.js\" defer></script>";
    static final String NOT_FOUND_PAGE = "<!DOCTYPE html><html><body><h1>Not here</h1>" + SCRIPT + "</body></html>\n";
    static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
    /** The idle timeout the tests use: short, so that a stalled client is closed soon. */
    static final Duration IDLE = Duration.ofSeconds(1);

    @TempDir
    Path root;
    Path site;
    PreviewServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = root.resolve("site");
        InlineSite.write(site, """
                -- index.html --
                <!DOCTYPE html><html><body><h1>Home</h1></body></html>
                -- 404.html --
                <!DOCTYPE html><html><body><h1>Not here</h1></body></html>
                -- notes.txt --
                inside
                """);
        Files.createDirectories(site.resolve("folder x"));
        Files.writeString(site.resolve("folder x/index.html"), "<!DOCTYPE html><html><body><h1>Folder</h1></body></html>\n");
        Files.createDirectories(site.resolve("static"));
        Files.write(site.resolve("static/my logo.png"), LOGO);
        Files.writeString(site.resolve("feeds.opml"), "<opml version=\"2.0\"/>\n");
        server = new PreviewServer(site, "/news-digest/", 0, PreviewSettings.DEFAULTS.withIdleTimeout(IDLE)
                .withLiveReloadClients(200));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesPagesWithTheScriptFilesAsTheyAreAndAFileWithASpace() throws Exception {
        HttpResponse<String> home = get("/news-digest/");
        assertEquals(200, home.statusCode());
        assertEquals("<!DOCTYPE html><html><body><h1>Home</h1>" + SCRIPT + "</body></html>\n", home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("content-type").orElseThrow());

        HttpResponse<byte[]> logo = http.send(request("/news-digest/static/my%20logo.png"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, logo.statusCode());
        assertEquals("image/png", logo.headers().firstValue("content-type").orElseThrow());
        assertArrayEquals(LOGO, logo.body());

        HttpResponse<String> opml = get("/news-digest/feeds.opml");
        assertEquals("text/x-opml; charset=utf-8", opml.headers().firstValue("content-type").orElseThrow(),
                "the OPML subscription list with its own type, not as bytes to download");

        assertEquals("<!DOCTYPE html><html><body><h1>Folder</h1>" + SCRIPT + "</body></html>\n", get("/news-digest/folder%20x/").body());
        assertEquals("HTTP/1.1 301 Moved Permanently\r\nContent-Length: 0\r\nCache-Control: no-store\r\n"
                + "X-Content-Type-Options: nosniff\r\nConnection: close\r\nLocation: /news-digest/folder%20x/\r\n\r\n",
                exchange("GET /news-digest/folder%20x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        assertEquals("HTTP/1.1 301 Moved Permanently\r\nContent-Length: 0\r\nCache-Control: no-store\r\n"
                + "X-Content-Type-Options: nosniff\r\nConnection: close\r\nLocation: /news-digest/\r\n\r\n",
                exchange("GET /news-digest HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        HttpResponse<String> missing = get("/news-digest/no/such/page/");
        assertEquals(404, missing.statusCode());
        assertEquals(NOT_FOUND_PAGE, missing.body());
        assertEquals(404, get("/elsewhere/").statusCode(), "outside the base path");
    }

    /** Every escape from %00 to %7F gets an answer: 400 for what could leave a segment, else the file or a 404. */
    @Test
    void everyEscapeGetsAnAnswer() throws Exception {
        for (int c = 0; c <= 0x7f; c++) {
            String escape = String.format(Locale.ROOT, "%%%02X", c);
            String target = "/news-digest/a" + escape + "b.html";
            Reply reply = send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\') {
                assertEquals(new Reply(400, "bad request: '" + target + "' has an encoded slash, a backslash or a control "
                        + "character\n"), reply, escape);
            } else {
                assertEquals(new Reply(404, NOT_FOUND_PAGE), reply, escape);
            }
        }
        for (int c = 0; c <= 0x7f; c++) {
            String escape = String.format(Locale.ROOT, "%%%02x", c);
            assertTrue(send("GET /news-digest/" + escape + " HTTP/1.1\r\nHost: localhost\r\n\r\n").status() > 0, escape);
        }
    }

    @Test
    void malformedEscapesDotSegmentsAndMalformedRequestsAreBadRequests() throws Exception {
        for (String target : List.of("/news-digest/%", "/news-digest/%G0", "/news-digest/%C3%28", "/news-digest/%C3",
                "/news-digest/a%2", "/news-digest/%FF", "/news-digest/%C0%AF")) {
            assertEquals(new Reply(400, "bad request: '" + target + "' has a malformed %-escape or is not UTF-8\n"),
                    send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), target);
        }
        for (String target : List.of("/news-digest/../notes.txt", "/news-digest/%2E%2E/notes.txt", "/news-digest/./notes.txt",
                "/news-digest/.%2e/", "/..")) {
            assertEquals(new Reply(400, "bad request: '" + target + "' has a '.' or '..' segment\n"),
                    send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), target);
        }
        String requestLine = "bad request: the request line is not 'METHOD /path HTTP/1.1'\n";
        assertEquals(new Reply(400, requestLine), send("GET /news-digest/my logo.png HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        assertEquals(new Reply(400, requestLine), send("GET\r\n\r\n"));
        assertEquals(new Reply(400, requestLine), send("\r\n\r\n"));
        String targetRule = "bad request: the target must be a path starting with '/', in printable ASCII\n";
        assertEquals(new Reply(400, targetRule), send("GET /a\u0000b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        assertEquals(new Reply(400, targetRule), send("GET /caf\u00e9 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        assertEquals(new Reply(400, targetRule), send("GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        assertEquals(new Reply(505, "HTTP version not supported: use HTTP/1.1 or HTTP/1.0\n"),
                send("GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n"));
        assertEquals(new Reply(400, "bad request: a header line is not 'Name: value'\n"),
                send("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n"));
        assertEquals(new Reply(400, "bad request: the connection closed before the request's headers ended\n"),
                sendAndHalfClose("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        assertEquals(new Reply(431, "request header fields too large: at most 16384 bytes\n"),
                send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " + "a".repeat(20_000) + "\r\n\r\n"));
        assertEquals(new Reply(405, "method not allowed: the preview answers GET and HEAD only\n"),
                send("POST /news-digest/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello"));
    }

    @Test
    void headGetsTheHeadersOfAGetWithoutABody() throws Exception {
        String response = exchange("HEAD /news-digest/notes.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 7\r\n"
                + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n", response);
    }

    /** A page from another site whose name was rebound to 127.0.0.1 sends its own name as Host: it sees nothing. */
    @Test
    void onlyLoopbackHostNamesAreAnswered() throws Exception {
        int port = server.port();
        for (String host : List.of("localhost", "localhost:" + port, "127.0.0.1", "127.0.0.1:" + port, "[::1]",
                "[::1]:" + port, "LocalHost:" + port)) {
            assertEquals(200, send("GET /news-digest/notes.txt HTTP/1.1\r\nHost: " + host + "\r\n\r\n").status(), host);
        }
        Reply misdirected = new Reply(421, PreviewServer.MISDIRECTED + "\n");
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.nip.io", "localhost.", "127.0.0.2",
                "[::2]", "localhost:http", "localhost:" + port + ":1", "", "0.0.0.0", "user@localhost")) {
            for (String path : List.of("/news-digest/", "/__news-digest/problems", "/__news-digest/events",
                    "/__news-digest/live.js")) {
                assertEquals(misdirected, send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n"), host + " " + path);
            }
        }
        assertEquals(new Reply(400, "bad request: the Host header is missing\n"), send("GET /news-digest/ HTTP/1.0\r\n\r\n"));
        assertEquals(new Reply(400, "bad request: more than one host header\n"),
                send("GET /news-digest/ HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n"));
    }

    /** No symbolic link is followed: to a file or a folder, outside the preview or inside it. */
    @Test
    void symbolicLinksAreNotServed() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked"), outside);
        Files.createSymbolicLink(site.resolve("again.txt"), site.resolve("notes.txt"));
        Files.createSymbolicLink(site.resolve("loop"), site);
        assertEquals("inside\n", get("/news-digest/notes.txt").body());
        for (String path : List.of("/news-digest/secret.txt", "/news-digest/linked/secret.txt", "/news-digest/linked/",
                "/news-digest/again.txt", "/news-digest/loop/notes.txt", "/news-digest/loop/")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals(NOT_FOUND_PAGE, response.body(), path);
        }
        Files.delete(site.resolve("404.html"));
        Files.createSymbolicLink(site.resolve("404.html"), outside.resolve("secret.txt"));
        assertTrue(get("/news-digest/nothing").body().contains("Nothing has been built here yet."), "a linked 404 page is not used");
    }

    /** Half a request, then silence: a 408 after the idle timeout, and the connection closed. */
    @Test
    void aStalledRequestIsAnsweredWith408AndClosedAfterTheIdleTimeout() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET /news-digest/ HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(new Reply(408, "request timeout: the request did not arrive within 1000 ms\n"), Reply.of(readAll(socket)));
        }
        try (Socket socket = connect()) {
            assertEquals("", readAll(socket), "a connection that sends nothing is closed without a word");
        }
    }

    /** A byte every 200 ms does not keep a request alive: the whole head must come within the idle timeout. */
    @Test
    void aTricklingRequestIsCutOffToo() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            byte[] request = ("GET /news-digest/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(40)).getBytes(StandardCharsets.US_ASCII);
            try {
                for (byte b : request) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (SocketException closedByTheServer) {
                // expected once the idle timeout has passed
            }
            assertEquals(new Reply(408, "request timeout: the request did not arrive within 1000 ms\n"), Reply.of(readAll(socket)));
        }
    }

    /** Stalled clients hold the request threads for an idle timeout at most; a request after them is answered. */
    @Test
    void moreStalledClientsThanThreadsDelayOthersByOneIdleTimeoutAtMost() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < PreviewSettings.DEFAULTS.requestThreads() * 2; i++) {
                Socket socket = connect();
                socket.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            assertEquals("inside\n", get("/news-digest/notes.txt").body());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** One connection more than the threads and the queue hold is told at once to come back, not left waiting. */
    @Test
    void aConnectionBeyondTheThreadsAndTheQueueGets503AtOnce() throws Exception {
        PreviewSettings small = new PreviewSettings(Duration.ofSeconds(30), 1, 1, 1, Duration.ofSeconds(60),
                Duration.ofSeconds(1), Duration.ofMillis(150));
        try (PreviewServer busy = new PreviewServer(site, "/news-digest/", 0, small)) {
            busy.start();
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), busy.port());
                    socket.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                    stalled.add(socket);
                }
                try (Socket third = new Socket(InetAddress.getLoopbackAddress(), busy.port())) {
                    third.setSoTimeout(30_000);
                    assertEquals(new Reply(503, "service unavailable: the preview is busy with other connections; try again\n"),
                            Reply.of(readAll(third)));
                }
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    /** 200 tabs listening for reloads cost no thread each; the one after the cap is told no. */
    @Test
    void manyLiveReloadClientsShareOneThreadAndThoseOverTheCapGet503() throws Exception {
        get("/news-digest/"); // the request threads and the timer exist from here on
        int before = Thread.activeCount();
        List<Socket> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket tab = connect();
                tab.getOutputStream().write("GET /__news-digest/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                assertEquals("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n"
                        + "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n: connected\n\n", readUntil(tab, ": connected\n\n"));
                tabs.add(tab);
            }
            int grown = Thread.activeCount() - before;
            assertTrue(grown <= PreviewSettings.DEFAULTS.requestThreads() + 2, "threads grew by " + grown);
            assertEquals(200, server.liveReloadStreams());

            assertEquals(new Reply(503, "service unavailable: 200 live-reload connections are open already; this tab will "
                    + "not reload by itself\n"), send("GET /__news-digest/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));

            server.rebuilt("");
            for (Socket tab : List.of(tabs.get(0), tabs.get(99), tabs.get(199))) {
                assertEquals(LiveReloadStreams.RELOAD, readUntil(tab, "\n\n"));
            }

            tabs.remove(0).close(); // a tab goes away: its place is free again
            Socket next = connect();
            tabs.add(next);
            next.getOutputStream().write("GET /__news-digest/events HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(readUntil(next, ": connected\n\n").startsWith("HTTP/1.1 200 OK\r\n"));
        } finally {
            for (Socket tab : tabs) {
                tab.close();
            }
        }
    }

    /** The status and body of a response, as the tests compare them. */
    record Reply(int status, String body) {
        static Reply of(String response) {
            if (response.isEmpty()) {
                return new Reply(0, "");
            }
            int end = response.indexOf("\r\n\r\n");
            return new Reply(Integer.parseInt(response.substring(9, 12)), response.substring(end + 4));
        }
    }

    private Reply send(String request) throws IOException {
        return Reply.of(exchange(request));
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return readAll(socket);
        }
    }

    private Reply sendAndHalfClose(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            return Reply.of(readAll(socket));
        }
    }

    /** A socket whose reads give up after 30 s: a hang guard, never reached when the server answers. */
    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static String readAll(Socket socket) throws IOException {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String readUntil(Socket socket, String end) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.UTF_8).endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            read.write(b);
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
