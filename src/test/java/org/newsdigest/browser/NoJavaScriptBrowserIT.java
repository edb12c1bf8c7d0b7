package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The front page and an article with JavaScript off, as some readers (and every crawler that does not run scripts)
 * see them: the content is there and visible, the search form, which needs its script, stays hidden, and the page is
 * laid out exactly as with JavaScript on, apart from the header's search box. Chromium's own switch for a page's
 * scripts ({@code Emulation.setScriptExecutionDisabled}) turns them off; the test's probes still run.
 */
class NoJavaScriptBrowserIT extends NewsroomBrowserTest {

    static final String ARTICLE = "articles/01-robots/";

    /** Where each block of the page's main content sits, relative to the top of {@code main}, and how big it is. */
    static final String LAYOUT = """
            const main = document.querySelector('main').getBoundingClientRect();
            return Array.from(document.querySelectorAll('main h1, main h2, .card, .card-image, .card-body, .lead-image, '
                + '.lede, .body, .read-original, .coverage, .related, .pagination'), element => {
              const box = element.getBoundingClientRect();
              return (element.className || element.tagName.toLowerCase()) + ' ' + Math.round(box.left) + ','
                  + Math.round(box.top - main.top) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height);
            });
            """;

    @AfterEach
    void scriptsBackOn() {
        scripts(true);
    }

    @Test
    void theFrontPageReadsFineWithoutJavaScript() {
        for (String device : List.of("phone", "desktop")) {
            viewport(device);
            List<String> withScripts = layoutOf("", true);
            List<String> withoutScripts = layoutOf("", false);
            assertNothingNeedsTheScript("the front page on a " + device);
            assertEquals(List.of("C# gets discriminated unions", "Cameras that see in the dark", "Robots learn to fold laundry",
                    "Parliament agrees AI rules", "C++ 26 adds reflection"), visibleTexts(".card-title a"));
            assertEquals(List.of("Top stories", "Latest"), visibleTexts("main h2"));
            assertTrue(driver().findElement(By.linkText("Older →")).isDisplayed(), "the pager works without a script");
            assertEquals(withScripts, withoutScripts, "the front page on a " + device + " is laid out as with JavaScript");
            site.chromium().screenshot(screenshots().resolve("front-no-javascript-" + device + ".png"));
        }
    }

    @Test
    void anArticleReadsFineWithoutJavaScript() {
        for (String device : List.of("phone", "desktop")) {
            viewport(device);
            List<String> withScripts = layoutOf(ARTICLE, true);
            List<String> withoutScripts = layoutOf(ARTICLE, false);
            assertNothingNeedsTheScript("the article on a " + device);
            assertEquals(List.of("Robots learn to fold laundry"), visibleTexts("main h1"));
            assertEquals(List.of("A lab robot folds shirts <faster> than people & pets."), visibleTexts(".lede"));
            assertEquals(List.of("Robots are getting better at chores.\nfolding\nsorting"), visibleTexts(".body"));
            assertEquals(List.of("Related coverage"), visibleTexts("main h2"));
            assertEquals(withScripts, withoutScripts, "the article on a " + device + " is laid out as with JavaScript");
            site.chromium().screenshot(screenshots().resolve("article-no-javascript-" + device + ".png"));
        }
    }

    /** The page as it is open now, with its scripts off: search hidden, no sideways scrolling on a phone. */
    private void assertNothingNeedsTheScript(String what) {
        assertEquals(true, site.chromium().script("return document.getElementById('search').hidden;"),
                what + ": the search form keeps its hidden attribute, so the page's script did not run");
        assertEquals(false, driver().findElement(By.id("search")).isDisplayed(), what + ": no search box that would do nothing");
        assertEquals(true, site.chromium().script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                what + ": nothing sticks out sideways");
        assertTrue(driver().findElement(By.cssSelector(".site-header nav")).isDisplayed(), what + ": the sections");
    }

    private List<String> layoutOf(String page, boolean withScripts) {
        scripts(withScripts);
        site.open(page);
        site.waitForPicturesOnScreen();
        @SuppressWarnings("unchecked")
        List<String> layout = (List<String>) site.chromium().script(LAYOUT);
        return layout;
    }

    private List<String> visibleTexts(String selector) {
        List<WebElement> elements = driver().findElements(By.cssSelector(selector));
        elements.forEach(element -> assertTrue(element.isDisplayed(), selector + " is shown: " + element.getText()));
        return elements.stream().map(WebElement::getText).toList();
    }

    private void scripts(boolean on) {
        site.chromium().cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** On one of the site's pages: a phone's viewport is as wide as the page's meta viewport says. */
    private void viewport(String device) {
        scripts(true);
        site.open("");
        boolean phone = device.equals("phone");
        site.chromium().viewport(phone ? LayoutBrowserIT.PHONE_WIDTH : LayoutBrowserIT.DESKTOP_WIDTH,
                phone ? LayoutBrowserIT.PHONE_HEIGHT : LayoutBrowserIT.DESKTOP_HEIGHT, phone);
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("screenshots", "target/screenshots"));
    }

    private WebDriver driver() {
        return site.chromium().driver();
    }
}
