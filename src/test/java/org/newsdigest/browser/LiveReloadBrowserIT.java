package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.serve.PreviewSession;
import org.newsdigest.testing.HeadlessChromium;
import org.newsdigest.testing.InlineSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} as a maintainer sees it in the browser: a saved edit shows up in the open tab without touching the
 * browser, and a broken article shows its problem over the last good page, which goes away once it is fixed.
 */
class LiveReloadBrowserIT {

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
    Path work;
    Path site;
    PreviewSession session;
    HeadlessChromium chromium;
    String address;

    @BeforeEach
    void serve() throws Exception {
        site = work.resolve("site");
        InlineSite.write(site, """
                -- site-config.yml --
                title: Live
                baseUrl: https://example.github.io/news-digest/
                -- seeds/a.md --
                """ + ARTICLE);
        session = new PreviewSession(site.resolve("site-config.yml"), 0, site, new PrintWriter(new StringWriter()));
        address = session.start();
        chromium = HeadlessChromium.start(work.resolve("profile"), Path.of("target", "chromedriver", "LiveReloadBrowserIT.log"));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            session.close();
        }
    }

    @Test
    void aSavedEditShowsUpInTheOpenTab() throws Exception {
        chromium.open(address + "articles/2024/03/01/first-title/");
        assertEquals("First title", heading());
        chromium.script("window.notReloaded = true;");

        Files.writeString(site.resolve("seeds/a.md"), ARTICLE + "\nA paragraph written while the preview ran.\n");

        waitUntil(() -> Boolean.TRUE.equals(chromium.script("return window.notReloaded === undefined;")), "the tab reloaded by itself");
        waitUntil(() -> chromium.driver().getPageSource().contains("A paragraph written while the preview ran."),
                "the reloaded tab shows the edit");
        assertEquals(address + "articles/2024/03/01/first-title/", chromium.driver().getCurrentUrl());
    }

    @Test
    void aBrokenArticleShowsItsProblemOverTheLastGoodPageUntilItIsFixed() throws Exception {
        chromium.open(address);
        Files.writeString(site.resolve("seeds/b.md"), "---\ntitle: [broken\n---\n");

        waitUntil(() -> !chromium.driver().findElements(By.id("news-digest-problems")).isEmpty(), "the problems panel appeared");
        String panel = chromium.driver().findElement(By.id("news-digest-problems")).getText();
        assertTrue(panel.contains("seeds/b.md:3:1: error: YAML syntax error"), panel);
        assertTrue(cardTitles().contains("First title"), "the last good page is still underneath");

        Files.delete(site.resolve("seeds/b.md"));
        waitUntil(() -> chromium.driver().findElements(By.id("news-digest-problems")).isEmpty(), "the panel went away");
        assertTrue(chromium.problems().consoleErrors().isEmpty(), () -> chromium.problems().toString());
    }

    private String heading() {
        return chromium.driver().findElement(By.tagName("h1")).getText();
    }

    private List<String> cardTitles() {
        return chromium.driver().findElements(By.cssSelector(".card-title a")).stream().map(WebElement::getText).toList();
    }

    /** Rebuilds are debounced and take a moment; "a few seconds" is what a maintainer waits. */
    private void waitUntil(BooleanSupplier condition, String what) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15)).withMessage(what).until(driver -> condition.getAsBoolean());
    }
}
