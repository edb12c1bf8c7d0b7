package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * <b>Covers the search contract</b>:
 * <ul>
 *   <li>every page's header has {@code <form role="search" id="search" hidden>} holding
 *       {@code <input type="search" id="search-input">};</li>
 *   <li>a deferred script removes {@code hidden}, so the form only shows where the script runs;</li>
 *   <li>typing a query fills {@code <div id="search-results">} with {@code <li><a href=...>title</a>} links to the
 *       matching article pages.</li>
 * </ul>
 * Like every browser test, it also fails on a console error or a failed request (the search index included).
 */
class SearchBrowserIT extends NewsroomBrowserTest {

    static final String REFLECTION = "articles/05-cpp/";


    @Test
    void typingReflectionOnTheFrontPageFindsTheOneArticleAboutIt() {
        site.open("");
        WebElement input = visibleSearchInput();
        input.sendKeys("reflection");

        List<WebElement> results = settledResults();
        assertEquals(List.of(site.url(REFLECTION) + " C++ 26 adds reflection"),
                results.stream().map(link -> link.getDomProperty("href") + " " + link.getText()).toList(),
                "the links in #search-results");
        assertEquals("/news-digest/" + REFLECTION, results.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", ""),
                "the result links into the site's base path");

        site.click(results.get(0), REFLECTION);
        assertEquals("C++ 26 adds reflection", site.heading());
    }

    @Test
    void everyPageHasTheSearchFormInItsHeaderAndTheScriptShowsIt() {
        Map<String, String> wrong = new TreeMap<>();
        List<String> pages = site.crawl(page -> {
            String problem = (String) site.chromium().script("""
                    const form = document.getElementById('search');
                    if (!form) return 'no element with id "search"';
                    if (form.tagName !== 'FORM' || form.getAttribute('role') !== 'search') return 'not a <form role="search">: ' + form.outerHTML.slice(0, 120);
                    if (!form.closest('header') || form.closest('main')) return 'not in the page header';
                    const input = document.getElementById('search-input');
                    if (!input || input.type !== 'search' || !form.contains(input)) return 'no <input type="search" id="search-input"> in the form';
                    if (!document.getElementById('search-results')) return 'no element with id "search-results"';
                    return null;
                    """);
            if (problem == null && !waitUntilShown()) {
                problem = "the form is still hidden after the page loaded";
            }
            if (problem != null) {
                wrong.put(page, problem);
            }
        });
        assertEquals(Map.of(), wrong, "pages without the search contract's form, of " + pages.size());
    }

    /** The search box, once the deferred script has removed the form's {@code hidden}. */
    private WebElement visibleSearchInput() {
        List<WebElement> forms = driver().findElements(By.cssSelector("header form#search[role=search]"));
        assertEquals(1, forms.size(), "one <form role=\"search\" id=\"search\"> in the header of " + site.currentUrl()
                + " (the search contract; is the search feature in this build?)");
        assertEquals(true, waitUntilShown(), "the deferred script removes the search form's hidden attribute");
        List<WebElement> inputs = forms.get(0).findElements(By.cssSelector("input#search-input[type=search]"));
        assertEquals(1, inputs.size(), "one <input type=\"search\" id=\"search-input\"> in the search form");
        return inputs.get(0);
    }

    private boolean waitUntilShown() {
        try {
            new WebDriverWait(driver(), Duration.ofSeconds(5)).until(driver -> Boolean.TRUE.equals(site.chromium().script(
                    "const form = document.getElementById('search'); return !!form && !form.hidden && form.checkVisibility();")));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The result links, once there are some and they have stopped changing for half a second. */
    private List<WebElement> settledResults() {
        By links = By.cssSelector("#search-results li a[href]");
        List<String> last = new ArrayList<>();
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> now = driver().findElements(links).stream().map(link -> link.getDomProperty("href") + " " + link.getText()).toList();
            if (!now.equals(last)) {
                last = new ArrayList<>(now);
                stableSince = System.nanoTime();
            } else if (!now.isEmpty() && System.nanoTime() - stableSince > Duration.ofMillis(500).toNanos()) {
                return driver().findElements(links);
            }
            sleep(50);
        }
        throw new AssertionError("#search-results did not settle on a non-empty list of links within 5 s; last seen: " + last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private WebDriver driver() {
        return site.chromium().driver();
    }
}
