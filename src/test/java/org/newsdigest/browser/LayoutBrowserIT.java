package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdigest.testing.BrowserTools;

/**
 * How the pages look in Chromium: on a 375 px phone no page scrolls sideways, the dark colour scheme really
 * changes the colours (and keeps text readable), and screenshots of the front page and an article, light and dark,
 * phone and desktop, are written under {@code target/screenshots/} for a person to look at.
 */
class LayoutBrowserIT extends NewsroomBrowserTest {

    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;
    static final String ARTICLE = "articles/01-robots/";

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");


    @BeforeEach
    void lightDesktop() {
        site.open("");
        site.chromium().colorScheme("light");
        site.chromium().viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    }

    /** Every page of the site: the front page and its later pages, the articles, and the topic and provider pages. */
    @Test
    void noPageScrollsSidewaysOnA375PixelPhone() {
        site.chromium().viewport(PHONE_WIDTH, PHONE_HEIGHT, true);
        Map<String, String> overflowing = new TreeMap<>();
        List<String> pages = site.crawl(page -> {
            Map<String, Object> widths = widths();
            long scrollWidth = ((Number) widths.get("scrollWidth")).longValue();
            long innerWidth = ((Number) widths.get("innerWidth")).longValue();
            long clientWidth = ((Number) widths.get("clientWidth")).longValue();
            if (scrollWidth > innerWidth || scrollWidth > clientWidth) {
                overflowing.put(page, widths.toString());
            }
        });
        assertEquals(Map.of(), overflowing, "pages wider than the phone's screen, with the elements that stick out");
        for (String kind : List.of("", "articles/", "topics/", "providers/")) {
            assertTrue(pages.stream().anyMatch(page -> page.startsWith(site.url(kind)) && !page.equals(site.url(kind))),
                    "checked a page under '" + kind + "': " + pages);
        }
    }

    /**
     * Four full top-story cards fill a phone's screen twice over; after the lead they are compact rows, so the first
     * card of Latest starts within the first two screens.
     */
    @Test
    void onAPhoneLatestStartsWithinTheFirstTwoScreens() {
        site.chromium().viewport(PHONE_WIDTH, PHONE_HEIGHT, true);
        site.open("");
        Number latestTop = (Number) site.chromium().script(
                "return document.querySelector('.latest .card').getBoundingClientRect().top + window.scrollY;");
        assertTrue(latestTop.doubleValue() < 2 * PHONE_HEIGHT, "Latest's first card starts at " + latestTop + " px");
        @SuppressWarnings("unchecked")
        List<Number> heights = (List<Number>) site.chromium().script(
                "return Array.from(document.querySelectorAll('.top-stories .card'), card => card.getBoundingClientRect().height);");
        assertEquals(4, heights.size());
        for (Number compact : heights.subList(1, heights.size())) {
            assertTrue(compact.doubleValue() < 0.25 * PHONE_HEIGHT, "a compact top story is " + compact + " px high: " + heights);
        }
    }

    /**
     * The fixture's Japanese headline and the emoji in an excerpt are drawn with fonts that have their characters
     * (Noto's, which .ci/run installs), not as empty boxes: Chromium says which fonts drew a node's text.
     */
    @Test
    void theJapaneseHeadlineAndTheEmojiAreDrawnWithFontsThatHaveThem() {
        Map<String, String> fontFor = Map.of("東京で新しいAIラボが開設", "Noto Sans CJK", "Night vision for phones 📷.", "Noto Color Emoji");
        for (Map.Entry<String, String> text : fontFor.entrySet()) {
            site.open(text.getKey().startsWith("東京") ? "page/2/" : "");
            List<String> fonts = fontsDrawing(text.getKey());
            if (fonts.stream().noneMatch(font -> font.startsWith(text.getValue()))) {
                throw BrowserTools.missing("'" + text.getKey() + "' is drawn with " + fonts + ", no " + text.getValue()
                        + " font: install Debian's fonts-noto-cjk and fonts-noto-color-emoji, as .ci/run does");
            }
        }
    }

    /** The families of the fonts that drew the text of the element whose whole text is {@code text}. */
    @SuppressWarnings("unchecked")
    private List<String> fontsDrawing(String text) {
        Object marked = site.chromium().script("""
                const element = Array.from(document.querySelectorAll('body *')).find(e => e.children.length === 0
                    && e.textContent.trim() === arguments[0]);
                if (element) element.setAttribute('data-font-probe', '');
                return !!element;
                """, text);
        assertEquals(true, marked, "an element whose text is '" + text + "' on " + site.currentUrl());
        site.chromium().cdp("DOM.enable", Map.of());
        site.chromium().cdp("CSS.enable", Map.of());
        Map<String, Object> root = (Map<String, Object>) site.chromium().cdp("DOM.getDocument", Map.of()).get("root");
        Object node = site.chromium().cdp("DOM.querySelector", Map.of("nodeId", root.get("nodeId"), "selector", "[data-font-probe]"))
                .get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) site.chromium().cdp("CSS.getPlatformFontsForNode",
                Map.of("nodeId", node)).get("fonts");
        return fonts.stream().map(font -> (String) font.get("familyName")).toList();
    }

    @Test
    void darkColourSchemeChangesTheColoursAndKeepsTextReadable() {
        for (String page : List.of("", ARTICLE)) {
            site.open(page);
            site.chromium().colorScheme("light");
            String lightBackground = bodyStyle("backgroundColor");
            String lightText = bodyStyle("color");
            site.chromium().colorScheme("dark");
            String darkBackground = bodyStyle("backgroundColor");
            String darkText = bodyStyle("color");

            assertNotEquals(lightBackground, darkBackground, page + ": the background changes");
            assertNotEquals(lightText, darkText, page + ": the text colour changes");
            assertTrue(luminance(lightBackground) > 0.7, page + ": a light background in light mode: " + lightBackground);
            assertTrue(luminance(darkBackground) < 0.05, page + ": a dark background in dark mode: " + darkBackground);
            assertTrue(contrast(lightText, lightBackground) >= 4.5, page + ": light text contrast " + lightText + " on " + lightBackground);
            assertTrue(contrast(darkText, darkBackground) >= 4.5, page + ": dark text contrast " + darkText + " on " + darkBackground);
        }
    }

    @Test
    void screenshotsOfTheFrontPageAndAnArticleLightAndDarkOnPhoneAndDesktop() throws IOException {
        Path folder = Path.of(System.getProperty("screenshots", "target/screenshots"));
        for (String scheme : List.of("light", "dark")) {
            site.chromium().colorScheme(scheme);
            for (String device : List.of("phone", "desktop")) {
                int width = device.equals("phone") ? PHONE_WIDTH : DESKTOP_WIDTH;
                int height = device.equals("phone") ? PHONE_HEIGHT : DESKTOP_HEIGHT;
                site.chromium().viewport(width, height, device.equals("phone"));
                for (Map.Entry<String, String> page : Map.of("front", "", "article", ARTICLE).entrySet()) {
                    site.open(page.getValue());
                    site.waitForPicturesOnScreen();
                    Path file = folder.resolve(page.getKey() + "-" + scheme + "-" + device + ".png");
                    site.chromium().screenshot(file);
                    BufferedImage image = ImageIO.read(file.toFile());
                    assertEquals(width + "x" + height, image.getWidth() + "x" + image.getHeight(), file.toString());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> widths() {
        return (Map<String, Object>) site.chromium().script("""
                const width = document.documentElement.clientWidth;
                const wide = [];
                for (const element of document.body.querySelectorAll('*')) {
                  const box = element.getBoundingClientRect();
                  if (box.right > width + 0.5 && wide.length < 5) {
                    const classes = typeof element.className === 'string' && element.className.trim()
                        ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
                    wide.push(element.tagName.toLowerCase() + classes + ' (right edge ' + Math.round(box.right) + ')');
                  }
                }
                return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
                        clientWidth: width, wide: wide};
                """);
    }

    private String bodyStyle(String property) {
        return (String) site.chromium().script("return getComputedStyle(document.body)[arguments[0]];", property);
    }

    /** WCAG relative luminance of a CSS {@code rgb()} colour. */
    static double luminance(String cssColour) {
        Matcher rgb = RGB.matcher(cssColour);
        if (!rgb.matches() || (rgb.group(4) != null && Double.parseDouble(rgb.group(4)) != 1)) {
            throw new AssertionError("not an opaque rgb() colour: " + cssColour);
        }
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int channel = 0; channel < 3; channel++) {
            double value = Integer.parseInt(rgb.group(channel + 1)) / 255.0;
            double linear = value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
            luminance += weights[channel] * linear;
        }
        return luminance;
    }

    /** WCAG contrast ratio of two colours, from 1 to 21. */
    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
