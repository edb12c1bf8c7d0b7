package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.HeadlessChromium;
import org.newsdigest.testing.PagesServer;

/**
 * The right-to-left fixture (the seeds as an Arabic digest) as Chromium lays it out: the page runs from the right on a
 * phone and on a desktop, a Latin headline still reads from the left, nothing scrolls sideways, and screenshots of
 * the front page and an article are written under {@code target/screenshots/} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RightToLeftBrowserIT {

    private static final String ARTICLE = "articles/003-fee535306958b556/";

    private PagesServer server;
    private HeadlessChromium chromium;

    @BeforeAll
    void openTheSite(@TempDir Path work) {
        server = PagesServer.start(work.resolve("site"), NewsroomInBrowser.BASE_PATH);
        BuildResult result = FixtureSites.build("arabic", work.resolve("site"), server.baseUrl());
        assertTrue(result.published(), () -> "the arabic fixture did not publish: " + result.problems());
        chromium = HeadlessChromium.start(work.resolve("profile"), Path.of("target", "chromedriver", "RightToLeftBrowserIT.log"));
    }

    @AfterAll
    void closeTheSite() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePageRunsFromTheRightOnPhoneAndDesktopAndLatinHeadlinesFromTheLeft() throws IOException {
        Path folder = Path.of(System.getProperty("screenshots", "target/screenshots"));
        for (String device : List.of("phone", "desktop")) {
            boolean phone = device.equals("phone");
            int width = phone ? LayoutBrowserIT.PHONE_WIDTH : LayoutBrowserIT.DESKTOP_WIDTH;
            chromium.open(server.url("")); // the viewport is set on an open page
            chromium.viewport(width, phone ? LayoutBrowserIT.PHONE_HEIGHT : LayoutBrowserIT.DESKTOP_HEIGHT, phone);
            // the Latin headline: the front page's first card's, the article page's own
            for (Map.Entry<String, String> page : Map.of("front", "", "article", ARTICLE).entrySet()) {
                chromium.open(server.url(page.getValue()));
                Map<String, Object> layout = layout(page.getValue().isEmpty() ? ".card-title" : "article h1");
                String where = device + " " + page.getKey() + ": " + layout;
                assertEquals("rtl", layout.get("direction"), where);
                assertTrue(((Number) layout.get("titleLeft")).doubleValue() > width / 2.0,
                        "the site's name stands on the right half: " + where);
                assertTrue(((Number) layout.get("scrollWidth")).longValue() <= ((Number) layout.get("clientWidth")).longValue(),
                        "nothing scrolls sideways: " + where);
                assertEquals("ltr", layout.get("headlineDirection"), "a Latin headline reads from the left: " + where);
                Path file = folder.resolve("rtl-" + page.getKey() + "-" + device + ".png");
                chromium.screenshot(file);
                BufferedImage image = ImageIO.read(file.toFile());
                assertEquals(width, image.getWidth(), file.toString());
            }
        }
    }

    /**
     * Where the page's parts stand. A headline reads from the left when its last line, which is shorter than the box
     * unless it fills it, starts at the box's left edge; laid out from the right, it would end at the right edge.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> layout(String headlineSelector) {
        return (Map<String, Object>) chromium.script("""
                const title = document.querySelector('.site-title').getBoundingClientRect();
                const headline = document.querySelector(arguments[0]);
                const range = document.createRange();
                range.selectNodeContents(headline);
                const letters = Array.from(range.getClientRects());
                const text = headline.getBoundingClientRect();
                return {
                  direction: getComputedStyle(document.documentElement).direction,
                  titleLeft: title.left,
                  scrollWidth: document.documentElement.scrollWidth,
                  clientWidth: document.documentElement.clientWidth,
                  headlineDirection: letters.length > 0 && Math.abs(letters[letters.length - 1].left - text.left) < 2 ? 'ltr' : 'rtl'
                };
                """, headlineSelector);
    }
}
