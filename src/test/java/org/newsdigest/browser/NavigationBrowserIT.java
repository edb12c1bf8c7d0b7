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

/**
 * A reader finds their way around the newsroom fixture in Chromium: from the front page into an article, from the
 * article to its topic and its provider, and through the pages of the front page; and no page of the site logs a
 * console error or has a request of its own that fails.
 */
class NavigationBrowserIT extends NewsroomBrowserTest {


    @Test
    void frontPageLeadsToAnArticleAndOnToItsTopicAndItsProvider() {
        site.open("");
        assertEquals("Newsroom & Co", site.heading());
        assertEquals("Newsroom & Co", driver().getTitle());
        assertEquals(List.of("C# gets discriminated unions", "Cameras that see in the dark", "Robots learn to fold laundry",
                "Parliament agrees AI rules"), site.cardTitles(".top-stories"));

        site.click(driver().findElement(By.linkText("Cameras that see in the dark")),
                "articles/2024/03/04/cameras-that-see-in-the-dark/");
        assertEquals("Cameras that see in the dark", site.heading());
        assertEquals("Cameras that see in the dark · Newsroom & Co", driver().getTitle());

        site.click(driver().findElement(By.linkText("Computer Vision")), "topics/computer-vision/");
        assertEquals("Computer Vision", site.heading());
        assertEquals(List.of("Cameras that see in the dark"), site.cardTitles());

        driver().navigate().back();
        site.waitForUrl(site.url("articles/2024/03/04/cameras-that-see-in-the-dark/"));
        site.click(driver().findElement(By.linkText("Example News")), "providers/example-news/");
        assertEquals("Example News", site.heading());
        assertEquals(List.of("Cameras that see in the dark", "Robots learn to fold laundry"), site.cardTitles());
    }

    @Test
    void olderAndNewerWalkThroughTheFrontPageThreeArticlesAtATime() {
        site.open("");
        assertEquals(List.of("C++ 26 adds reflection"), site.cardTitles(".latest"),
                "the three newest, less C# and the cameras, which Top stories shows");
        assertEquals(List.of(), driver().findElements(By.linkText("← Newer")), "the first page has no newer page");

        site.click(driver().findElement(By.linkText("Older →")), "page/2/");
        assertEquals("Latest news, page 2", site.heading());
        assertEquals(List.of("Parliament agrees AI rules", "東京で新しいAIラボが開設", "Chip makers race to 2 nm"),
                site.cardTitles());

        site.click(driver().findElement(By.linkText("Older →")), "page/3/");
        assertEquals("Latest news, page 3", site.heading());
        assertEquals(List.of("Robots learn to fold laundry"), site.cardTitles());
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
        assertEquals(24, pages.size(), "every HTML page of the fixture: " + pages);
        assertTrue(site.server().served().stream().allMatch(request -> request.status() == 200),
                () -> "the server answered every request with 200: " + site.server().served());
    }

    private WebDriver driver() {
        return site.chromium().driver();
    }
}
