package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsdigest.build.BuildResult;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.HeadlessChromium;
import org.newsdigest.testing.PagesServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom fixture built for {@code http://127.0.0.1:<port>/news-digest/}, served the way GitHub Pages serves a
 * project site, and a headless Chromium to read it with. One per test class: starting Chromium is the slow part.
 *
 * <p>The fixture's own pictures (its {@code pictures/} folder) are served too, by a second server that stands for a
 * provider's picture host: the articles name them as {@code http://photos.example/<name>.jpg}, and Chromium resolves
 * {@link #PICTURE_HOST} to that server.
 */
final class NewsroomInBrowser implements AutoCloseable {

    static final String BASE_PATH = "/news-digest/";
    static final String PICTURE_HOST = "photos.example";
    /** The address every picture of the fixture served locally starts with. */
    static final String PICTURES = "http://" + PICTURE_HOST + "/";

    private final PagesServer server;
    private final PagesServer pictures;
    private final HeadlessChromium chromium;

    private NewsroomInBrowser(PagesServer server, PagesServer pictures, HeadlessChromium chromium) {
        this.server = server;
        this.pictures = pictures;
        this.chromium = chromium;
    }

    /** Builds and serves the newsroom fixture from {@code work/site}, with a Chromium profile in {@code work/profile}. */
    static NewsroomInBrowser open(Path work, Class<?> testClass) {
        Path site = work.resolve("site");
        PagesServer server = PagesServer.start(site, BASE_PATH);
        PagesServer pictures = PagesServer.start(FixtureSites.config("newsroom").resolveSibling("pictures"), "/");
        try {
            BuildResult result = FixtureSites.build("newsroom", site, server.baseUrl());
            assertTrue(result.published(), () -> "the newsroom fixture did not publish: " + result.problems() + " " + result.brokenLinks());
            HeadlessChromium chromium = HeadlessChromium.start(work.resolve("profile"),
                    Path.of("target", "chromedriver", testClass.getSimpleName() + ".log"),
                    Map.of(PICTURE_HOST, URI.create(pictures.origin()).getPort()));
            return new NewsroomInBrowser(server, pictures, chromium);
        } catch (RuntimeException | AssertionError e) {
            server.close();
            pictures.close();
            throw e;
        }
    }

    HeadlessChromium chromium() {
        return chromium;
    }

    PagesServer server() {
        return server;
    }

    /** The server of the fixture's pictures, at {@link #PICTURES}. */
    PagesServer pictures() {
        return pictures;
    }

    /** The address of {@code path} on the site: {@code url("topics/ai/")}. */
    String url(String path) {
        return server.url(path);
    }

    /** Opens {@code path} of the site ({@code ""} for the front page). */
    void open(String path) {
        chromium.open(url(path));
    }

    String currentUrl() {
        return chromium.driver().getCurrentUrl();
    }

    /** The text of the page's only h1. */
    String heading() {
        List<WebElement> headings = chromium.driver().findElements(By.tagName("h1"));
        if (headings.size() != 1) {
            throw new AssertionError("expected one h1 on " + currentUrl() + ", found " + headings.size());
        }
        return headings.get(0).getText();
    }

    /** The titles of the article cards on the page, in order. */
    List<String> cardTitles() {
        return cardTitles("body");
    }

    /** The titles of the article cards in the part of the page {@code section} selects, in order. */
    List<String> cardTitles(String section) {
        return chromium.driver().findElements(By.cssSelector(section + " .card-title a")).stream().map(WebElement::getText).toList();
    }

    /**
     * Opens every HTML page of the site, found as a reader finds them, by following links from the front page, and
     * hands each one's address to {@code visit} while it is open. Returns the addresses in the order opened.
     */
    List<String> crawl(Consumer<String> visit) {
        Set<String> opened = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(url("")));
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (!opened.add(page)) {
                continue;
            }
            chromium.open(page);
            visit.accept(page);
            for (String href : linkTargets()) {
                String target = href.replaceFirst("#.*$", "");
                if (target.startsWith(url("")) && target.endsWith("/")) {
                    queue.add(target);
                }
            }
        }
        return List.copyOf(opened);
    }

    /** The absolute address of every link on the page, in document order. */
    @SuppressWarnings("unchecked")
    List<String> linkTargets() {
        return (List<String>) chromium.script("return Array.from(document.querySelectorAll('a[href]'), a => a.href);");
    }

    /** Clicks {@code link} as a reader does and waits until the browser shows {@code expectedPath}. */
    void click(WebElement link, String expectedPath) {
        link.click();
        waitForUrl(url(expectedPath));
    }

    void waitForUrl(String url) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
        chromium.waitForLoad();
    }

    /**
     * Waits until every picture that is at least partly on screen has loaded or failed: the load event does not wait
     * for lazy pictures, and a screenshot should not catch one half-way.
     */
    void waitForPicturesOnScreen() {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).withMessage("pictures on screen still loading").until(
                driver -> Boolean.TRUE.equals(chromium.script("""
                        return Array.from(document.images).every(img => {
                          const box = img.getBoundingClientRect();
                          const onScreen = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
                          return !onScreen || img.complete;
                        });
                        """)));
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } finally {
            server.close();
            pictures.close();
        }
    }
}
