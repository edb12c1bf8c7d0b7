package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.InlineSite;

/**
 * The Maven way to start the preview, as the README gives it: {@code mvn compile exec:exec@serve}, with
 * {@code -Dsite.config} and {@code -Dserve.port}. Runs the real Maven on this project (the classes are compiled by the
 * time tests run) and reads the served page.
 */
class MavenServeTest {

    @TempDir
    Path site;

    @Test
    void execServeServesTheSiteTheConfigNamesOnThePortGiven() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: From Maven
                baseUrl: https://example.github.io/from-maven/
                -- seeds/a.md --
                ---
                title: "Served by Maven"
                publishedDateTime: 2024-03-01T09:30:00Z
                published: true
                provider:
                  name: Example News
                ---
                """);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process maven = new ProcessBuilder("mvn", "-q", "-B", "exec:exec@serve",
                "-Dsite.config=" + site.resolve("site-config.yml"), "-Dserve.port=" + port)
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).start();
        maven.getOutputStream().close();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String address = "http://127.0.0.1:" + port + "/from-maven/";
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!seen.contains("Serving at " + address + " (Ctrl-C to stop)")) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.add(line);
                }
                assertTrue(System.nanoTime() < deadline && (maven.isAlive() || line != null || !lines.isEmpty()),
                        () -> "mvn exec:exec@serve did not start serving at " + address + "; it printed: " + seen);
            }
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address + "articles/a/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1 dir=\"auto\">Served by Maven</h1>"), page.body());
            assertTrue(page.body().contains("/__news-digest/live.js"), "the live-reload script, as serve adds it");
        } finally {
            maven.descendants().forEach(ProcessHandle::destroy);
            maven.destroy();
            maven.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
