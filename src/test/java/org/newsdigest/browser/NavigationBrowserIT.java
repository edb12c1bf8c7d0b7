package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsdigest.testing.HeadlessChromium.PageProblems;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A reader finds their way around the newsroom fixture in Chromium: from the front page into an article, from the
 * article to its topic and its provider, between two providers' reports of one story, and through the pages of the
 * front page; and no page of the site logs a console error or has a request of its own that fails.
 */
class NavigationBrowserIT extends NewsroomBrowserTest {

    static final String CAMERAS = "articles/04-vision/";
    static final String PHONE_CAMERAS = "articles/09-phone-cameras/";

    @Test
    void frontPageLeadsToAnArticleAndOnToItsTopicAndItsProvider() {
        site.open("");
        assertEquals("Newsroom & Co", site.heading());
        assertEquals("Newsroom & Co", driver().getTitle());
        assertEquals(List.of("C# gets discriminated unions", "Cameras that see in the dark", "Robots learn to fold laundry",
                "Parliament agrees AI rules"), site.cardTitles(".top-stories"));

        site.click(driver().findElement(By.linkText("Cameras that see in the dark")),
                "articles/04-vision/");
        assertEquals("Cameras that see in the dark", site.heading());
        assertEquals("Cameras that see in the dark · Newsroom & Co", driver().getTitle());

        site.click(driver().findElement(By.linkText("Computer Vision")), "topics/computer-vision/");
        assertEquals("Computer Vision", site.heading());
        assertEquals(List.of("Cameras that see in the dark", "Phone cameras that see in the dark"), site.cardTitles());

        driver().navigate().back();
        site.waitForUrl(site.url("articles/04-vision/"));
        site.click(driver().findElement(By.linkText("Example News")), "providers/example-news/");
        assertEquals("Example News", site.heading());
        assertEquals(List.of("Cameras that see in the dark", "Robots learn to fold laundry"), site.cardTitles());
    }

    /**
     * Example News and Lens Weekly reported the same story two days apart: the top story's card names the other
     * report, and each article page lists the other under "Also covered by", linked within the digest.
     */
    @Test
    void twoProvidersReportsOfOneStoryLinkToEachOtherUnderAlsoCoveredBy() {
        site.open("");
        WebElement card = driver().findElement(By.xpath(
                "//section[contains(@class,'top-stories')]//article[.//h3/a[.='Cameras that see in the dark']]"));
        assertEquals("Also covered by Lens Weekly", card.findElement(By.className("coverage-line")).getText());

        site.click(card.findElement(By.linkText("Lens Weekly")), PHONE_CAMERAS);
        assertEquals("Phone cameras that see in the dark", site.heading());
        assertEquals(List.of("Cameras that see in the dark\nExample News · 4 March 2024"), alsoCoveredBy());

        site.click(driver().findElement(By.cssSelector(".coverage a")), CAMERAS);
        assertEquals("Cameras that see in the dark", site.heading());
        assertEquals(List.of("Phone cameras that see in the dark\nLens Weekly · 2 March 2024"), alsoCoveredBy());
        assertEquals("Also covered by", driver().findElement(By.id("coverage-heading")).getText());
    }

    @Test
    void olderAndNewerWalkThroughTheFrontPageThreeArticlesAtATime() {
        site.open("");
        assertEquals(List.of("C++ 26 adds reflection"), site.cardTitles(".latest"),
                "the three newest, less C# and the cameras, which Top stories shows");
        assertEquals(List.of(), driver().findElements(By.linkText("← Newer")), "the first page has no newer page");

        site.click(driver().findElement(By.linkText("Older →")), "page/2/");
        assertEquals("Latest news, page 2", site.heading());
        assertEquals(List.of("Parliament agrees AI rules", "東京で新しいAIラボが開設", "Phone cameras that see in the dark"),
                site.cardTitles());

        site.click(driver().findElement(By.linkText("Older →")), "page/3/");
        assertEquals("Latest news, page 3", site.heading());
        assertEquals(List.of("Chip makers race to 2 nm", "Robots learn to fold laundry"), site.cardTitles());
        assertEquals(List.of(), driver().findElements(By.linkText("Older →")), "the last page has no older page");

        site.click(driver().findElement(By.linkText("← Newer")), "page/2/");
        assertEquals("Latest news, page 2", site.heading());
        site.click(driver().findElement(By.linkText("1")), "");
        assertEquals("Newsroom & Co", site.heading());
    }

    @Test
    void everyPageOfTheSiteOpensWithoutConsoleErrorsOrFailedRequests() {
        Map<String, PageProblems> withProblems = new TreeMap<>();
        List<String> pages = site.crawl(page -> {
            PageProblems found = site.chromium().problems();
            if (!found.none()) {
                withProblems.put(page, found);
            }
        });
        assertEquals(Map.of(), withProblems);
        assertEquals(35, pages.size(), "every HTML page of the fixture, its 8 date archives (a year, a month, 6 days: "
                + "each fits one page of headlines) and the index of years included: " + pages);
        assertTrue(site.server().served().stream().allMatch(request -> request.status() == 200),
                () -> "the server answered every request with 200: " + site.server().served());
    }

    /** The entries of the article page's "Also covered by" list, as a reader sees them. */
    private List<String> alsoCoveredBy() {
        return driver().findElements(By.cssSelector(".coverage li")).stream().map(WebElement::getText).toList();
    }

    private WebDriver driver() {
        return site.chromium().driver();
    }
}
