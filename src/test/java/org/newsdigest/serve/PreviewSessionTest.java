package org.newsdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.InlineSite;

/** {@code serve}: builds a private preview, serves it under the base path, rebuilds on change, reports problems. */
class PreviewSessionTest {

    static final String ARTICLE = """
            ---
            title: "First title"
            publishedDateTime: 2024-03-01T09:30:00Z
            published: true
            provider:
              name: Example News
            ---
            """;

    @TempDir
    Path site;
    PreviewSession session;
    String address;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Preview
                baseUrl: https://example.github.io/news-digest/
                -- seeds/a.md --
                """ + ARTICLE);
        session = new PreviewSession(site.resolve("site-config.yml"), 0, site, new PrintWriter(new StringWriter()));
        address = session.start();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void servesThePreviewUnderTheBasePathWithTheLiveReloadScriptOnlyInServedPages() throws Exception {
        assertTrue(address.matches("http://127\\.0\\.0\\.1:\\d+/news-digest/"), address);
        String page = get(address + "articles/2024/03/01/first-title/").body();
        assertTrue(page.contains("<h1>First title</h1>"), page);
        assertTrue(page.contains("<script src=\"/__news-digest/live.js\" defer></script></body>"), page);
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + address + "articles/2024/03/01/first-title/\">"), page);
        assertEquals(404, get(address + "no/such/page/").statusCode());
        assertEquals(200, get("http://" + URI.create(address).getAuthority() + "/__news-digest/live.js").statusCode());
        assertFalse(Files.exists(site.resolve("output")), "serve never writes the site's output folder");
    }

    @Test
    void anEditedArticleIsServedWithinSecondsAndOpenTabsAreToldToReload() throws Exception {
        BlockingQueue<String> events = listenForEvents();
        Files.writeString(site.resolve("seeds/a.md"), ARTICLE.replace("First title", "Second title"));

        String page = await(address, body -> body.contains("Second title"));
        assertTrue(page.contains("Second title"));
        assertEquals("event: reload", events.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aBrokenArticleIsShownAsAProblemWhileTheRestOfTheSiteIsStillServed() throws Exception {
        Files.writeString(site.resolve("seeds/b.md"), "---\ntitle: [broken\n---\n");
        String control = "http://" + URI.create(address).getAuthority() + "/__news-digest/problems";
        String problems = await(control, body -> !body.isBlank());
        assertEquals("seeds/b.md:3:1: error: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got "
                + "<stream end>; check quoting and indentation on this line\n", problems);
        assertTrue(get(address).body().contains("First title"), "the good article is still served");

        Files.delete(site.resolve("seeds/b.md"));
        assertEquals("", await(control, String::isBlank));
    }

    @Test
    void aTemplateErrorKeepsTheLastGoodPreviewAndSaysSo() throws Exception {
        InlineSite.write(site, "-- templates/index.ftlh --\n<#if>\n");
        String control = "http://" + URI.create(address).getAuthority() + "/__news-digest/problems";
        String problems = await(control, body -> body.contains("template syntax error"));
        assertTrue(problems.startsWith("templates/index.ftlh:1:2: error: template syntax error:"), problems);
        assertTrue(problems.endsWith("the build failed; the last good preview is still served\n"), problems);
        assertTrue(get(address).body().contains("First title"));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the body satisfies the condition; rebuilds are debounced, so this takes a moment. */
    private String await(String url, Predicate<String> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = get(url).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no change seen at " + url + " within 15 s; last body:\n" + body);
    }

    private BlockingQueue<String> listenForEvents() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        String url = "http://" + URI.create(address).getAuthority() + "/__news-digest/events";
        InputStream stream = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        events.add(line);
                    }
                }
            } catch (Exception closed) {
                // the session closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
