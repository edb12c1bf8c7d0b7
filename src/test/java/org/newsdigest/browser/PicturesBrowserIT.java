package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fixture's three real pictures as a reader's browser gets them (served from its {@code pictures/} folder, see
 * {@link NewsroomInBrowser}): each one loads and decodes, its {@code <img>} carries the width and height of the file,
 * and nothing on the page changes size when the pictures arrive, on a phone and on a desktop.
 */
class PicturesBrowserIT extends NewsroomBrowserTest {

    static final String ROBOTS = "articles/01-robots/";
    static final String CAMERAS = "articles/04-vision/";
    static final String CSHARP = "articles/06-csharp/";

    /**
     * Run in every page before its own scripts: at DOMContentLoaded, when the page is laid out but its pictures are
     * still on their way, it notes the height of {@code main}, of every card and of the article's picture.
     */
    static final String NOTE_SIZES_BEFORE_PICTURES = """
            document.addEventListener('DOMContentLoaded', () => {
              const pictures = Array.from(document.images).filter(img => img.src.startsWith('%s'));
              window.sizesBeforePictures = {
                heights: Array.from(document.querySelectorAll('main, .card, .lead-image'),
                    box => Math.round(box.getBoundingClientRect().height * 10) / 10),
                arrived: pictures.filter(img => img.complete && img.naturalWidth > 0).length,
                pictures: pictures.length
              };
            });
            """.formatted(NewsroomInBrowser.PICTURES);

    @AfterEach
    void picturesAtFullSpeed() {
        site.pictures().delayResponses(Duration.ZERO);
    }

    @Test
    void everyPictureLoadsAndItsImgCarriesTheSizeOfTheFile() {
        site.chromium().viewport(LayoutBrowserIT.DESKTOP_WIDTH, LayoutBrowserIT.DESKTOP_HEIGHT, false);
        Map<String, List<String>> expected = Map.of(
                "", List.of("csharp.jpg", "cameras.jpg", "robots.jpg"),
                ROBOTS, List.of("robots.jpg"),
                CAMERAS, List.of("cameras.jpg"),
                CSHARP, List.of("csharp.jpg"));
        for (Map.Entry<String, List<String>> page : expected.entrySet()) {
            site.open(page.getKey());
            List<String> files = page.getValue().stream().map(name -> NewsroomInBrowser.PICTURES + name).toList();
            assertEquals(files.stream().map(file -> file + ": 640x360 decoded, width=640 height=360").toList(), loadedPictures(),
                    "/news-digest/" + page.getKey());
        }
        assertTrue(site.pictures().served().stream().allMatch(request -> request.status() == 200), () -> site.pictures().served().toString());
    }

    /**
     * With every picture held back for a moment, as on a slow network, the page is measured before the pictures arrive
     * and after: the cards and the article's picture box already have their final size, so nothing below them moves.
     */
    @Test
    void nothingChangesSizeWhenThePicturesArrive() {
        site.pictures().delayResponses(Duration.ofMillis(600));
        String script = (String) site.chromium().cdp("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", NOTE_SIZES_BEFORE_PICTURES)).get("identifier");
        try {
            for (String device : List.of("phone", "desktop")) {
                boolean phone = device.equals("phone");
                site.chromium().viewport(phone ? LayoutBrowserIT.PHONE_WIDTH : LayoutBrowserIT.DESKTOP_WIDTH,
                        phone ? LayoutBrowserIT.PHONE_HEIGHT : LayoutBrowserIT.DESKTOP_HEIGHT, phone);
                for (String page : List.of("", ROBOTS)) {
                    String where = "/news-digest/" + page + " on a " + device;
                    site.open(page);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> before = (Map<String, Object>) site.chromium().script("return window.sizesBeforePictures;");
                    assertEquals(0L, before.get("arrived"), where + ": measured before any picture arrived, of " + before.get("pictures"));
                    assertEquals(page.isEmpty() ? 3L : 1L, before.get("pictures"), where);
                    assertEquals(before.get("pictures"), (long) loadedPictures().size(), where + ": then every picture arrived");
                    assertEquals(before.get("heights"), site.chromium().script("""
                            return Array.from(document.querySelectorAll('main, .card, .lead-image'),
                                box => Math.round(box.getBoundingClientRect().height * 10) / 10);
                            """), where + ": heights of main, each card and the article's picture, before and after");
                }
            }
        } finally {
            site.chromium().cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    /**
     * Scrolls each of the page's local pictures into view (most are lazy), waits until all have loaded, and describes
     * each: its address, the size of the decoded file, and the size its {@code <img>} declares.
     */
    @SuppressWarnings("unchecked")
    private List<String> loadedPictures() {
        String pictures = "Array.from(document.images).filter(img => img.src.startsWith('" + NewsroomInBrowser.PICTURES + "'))";
        site.chromium().script(pictures + ".forEach(img => img.scrollIntoView({block: 'center'})); window.scrollTo(0, 0);");
        new WebDriverWait(site.chromium().driver(), Duration.ofSeconds(10)).withMessage("the pictures did not load")
                .until(driver -> Boolean.TRUE.equals(site.chromium().script("return " + pictures + ".every(img => img.complete);")));
        return (List<String>) site.chromium().script("return " + pictures + ".map(img => img.src + ': ' + img.naturalWidth + 'x' "
                + "+ img.naturalHeight + (img.naturalWidth > 0 ? ' decoded' : ' NOT LOADED') + ', width=' + img.getAttribute('width') "
                + "+ ' height=' + img.getAttribute('height'));");
    }
}
