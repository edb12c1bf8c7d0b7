package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.HeadlessChromium.PageProblems;

/**
 * A browser test class on the newsroom fixture: one served site and one Chromium for the whole class, and after
 * every test the check that the browser logged no console error and no request to the site failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NewsroomBrowserTest {

    NewsroomInBrowser site;

    @BeforeAll
    void openTheSite(@TempDir Path work) {
        site = NewsroomInBrowser.open(work, getClass());
    }

    @AfterAll
    void closeTheSite() {
        if (site != null) {
            site.close();
        }
    }

    @AfterEach
    void noConsoleErrorsOrFailedRequests() {
        assertEquals(new PageProblems(List.of(), List.of()), site.chromium().problems(), "console errors and failed requests");
    }
}
