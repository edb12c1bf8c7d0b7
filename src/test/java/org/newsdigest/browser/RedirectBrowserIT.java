package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildProgress;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.IncrementalState;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.HeadlessChromium;
import org.newsdigest.testing.HeadlessChromium.PageProblems;
import org.newsdigest.testing.PagesServer;
import org.newsdigest.testing.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An old link followed in Chromium: the newsroom, served under a project path as GitHub Pages serves it, with the chips
 * article given a new {@code slug:} and its two earlier addresses (the dated one of sites built before addresses
 * lasted, and the one before the new slug) under {@code aliases:}. Opening either ends on the article's page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedirectBrowserIT {

    private PagesServer server;
    private HeadlessChromium chromium;

    @BeforeAll
    void openTheSite(@TempDir Path work) throws Exception {
        Path site = work.resolve("newsroom");
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
        Path chips = site.resolve("seeds/02-chips.md");
        String title = "title: \"Chip makers race to 2 nm\"";
        String text = Files.readString(chips, StandardCharsets.UTF_8);
        assertTrue(text.contains(title));
        Files.writeString(chips, text.replace(title, title + "\nslug: chips-2-nm\naliases:\n"
                + "  - /articles/2024/03/02/chip-makers-race-to-2-nm/\n  - /articles/02-chips/"), StandardCharsets.UTF_8);
        server = PagesServer.start(work.resolve("output"), NewsroomInBrowser.BASE_PATH);
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"),
                new ConfigOverrides(Optional.of(work.resolve("output")), Optional.of(server.baseUrl())));
        BuildResult result = new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(config.outputDir()).startingEmpty()).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
        chromium = HeadlessChromium.start(work.resolve("profile"), Path.of("target", "chromedriver", "RedirectBrowserIT.log"));
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
    void anOldAddressEndsOnTheArticleWithItsHeadline() {
        for (String old : List.of("articles/2024/03/02/chip-makers-race-to-2-nm/", "articles/02-chips/")) {
            chromium.open(server.url(old));
            String article = server.url("articles/chips-2-nm/");
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).withMessage(old + " did not lead to " + article)
                    .until(driver -> article.equals(driver.getCurrentUrl()));
            chromium.waitForLoad();
            assertEquals("Chip makers race to 2 nm", chromium.driver().findElement(By.cssSelector("main h1")).getText(), old);
            assertEquals(new PageProblems(List.of(), List.of()), chromium.problems(), "console errors and failed requests");
        }
    }
}
