package org.newsdigest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: the browser the browser tests read the
 * site with. Both paths are given explicitly (so Selenium Manager never looks for or downloads a browser or a
 * driver), and a missing one fails the test with what to install.
 *
 * <p>Chromium's own DevTools protocol is reached only through chromedriver ({@code executeCdpCommand} and the
 * {@code performance} log), never through Selenium's per-version CDP bindings: Debian moves Chromium to new
 * major versions on its own schedule, and the bindings of one Selenium release only know the latest few.
 *
 * <p>Requests to {@link #BLOCKED_IMAGES} (the fixture's images, on a host that does not exist) are blocked in the
 * browser ({@code Network.setBlockedURLs}), so they fail at once instead of waiting on a name lookup; {@link
 * #problems()} leaves out exactly those failures, images blocked there, and nothing else.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The fixture's external images: the one kind of request the tests let fail, because it cannot load offline. */
    public static final String BLOCKED_IMAGES = "https://img.example/";

    static final String INSTALL = "the browser tests need Debian's Chromium and its driver: install them with "
            + "'sudo apt-get install chromium chromium-driver' (they give /usr/bin/chromium and /usr/bin/chromedriver), "
            + "or point -Dchromium.binary=... and -Dchromedriver.binary=... at a Chromium and the chromedriver of "
            + "the same version";

    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            // Without these Chromium calls Google's services at start-up, which fails on a machine without a network.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--lang=en-GB",
            "--force-device-scale-factor=1");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    /**
     * The address of every request a page of ours made, by request id, kept across {@link #problems()} calls because
     * a request may start before one call and fail after it.
     */
    private final Map<String, String> requests = new HashMap<>();

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Starts Chromium with a fresh profile in {@code profile} (an empty folder), logging chromedriver's output to
     * {@code driverLog}. Fails, saying what to install, if Chromium or chromedriver is missing.
     */
    public static HeadlessChromium start(Path profile, Path driverLog) {
        return start(profile, driverLog, Map.of());
    }

    /**
     * The same, with each host name of {@code localHosts} resolved to a loopback port of this machine ({@code
     * "photos.example" → 41234} makes {@code http://photos.example/a.jpg} a request to {@code 127.0.0.1:41234}): a
     * test's stand-in for a real host on the network, such as a provider's picture server.
     */
    public static HeadlessChromium start(Path profile, Path driverLog, Map<String, Integer> localHosts) {
        Path binary = executable("chromium.binary", "/usr/bin/chromium");
        Path driverBinary = executable("chromedriver.binary", "/usr/bin/chromedriver");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments("--window-size=1280,900");
        if (!localHosts.isEmpty()) {
            options.addArguments("--host-resolver-rules=" + String.join(", ", localHosts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(host -> "MAP " + host.getKey() + " 127.0.0.1:" + host.getValue()).toList()));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));

        try {
            Files.createDirectories(driverLog.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        HeadlessChromium chromium = new HeadlessChromium(driver);
        chromium.cdp("Network.enable", Map.of());
        chromium.cdp("Network.setBlockedURLs", Map.of("urls", List.of(BLOCKED_IMAGES + "*")));
        return chromium;
    }

    private static Path executable(String property, String debianPath) {
        Path path = Path.of(System.getProperty(property, debianPath));
        if (!Files.isExecutable(path)) {
            throw BrowserTools.missing("no executable " + path + ": " + INSTALL);
        }
        return path;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} and waits for its load event. */
    public void open(String url) {
        driver.get(url);
        waitForLoad();
    }

    /**
     * Waits until the page has loaded, stylesheets and images included. Chromedriver's own wait after a navigation
     * sometimes returns while the document is only {@code interactive}.
     */
    public void waitForLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(20))
                .until(browser -> "complete".equals(driver.executeScript("return document.readyState;")));
    }

    /**
     * Makes the page's viewport {@code width} × {@code height} CSS pixels at one device pixel each, emulating a
     * phone (its meta viewport, touch) when {@code phone} is true. The window's own size is left alone: in headless
     * Chromium it includes room for browser UI that is never drawn.
     */
    public void viewport(int width, int height, boolean phone) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
        Map<String, Object> size = cast(driver.executeScript("return {w: window.innerWidth, h: window.innerHeight};"));
        if (((Number) size.get("w")).intValue() != width || ((Number) size.get("h")).intValue() != height) {
            throw new AssertionError("asked for a " + width + "x" + height + " viewport, got " + size.get("w") + "x" + size.get("h"));
        }
    }

    /** Emulates {@code prefers-color-scheme} ({@code "light"} or {@code "dark"}) for every page from now on. */
    public void colorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        Object matches = driver.executeScript("return matchMedia(arguments[0]).matches;", "(prefers-color-scheme: " + scheme + ")");
        if (!Boolean.TRUE.equals(matches)) {
            throw new AssertionError("the page does not see prefers-color-scheme: " + scheme);
        }
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Writes what the viewport shows to {@code file} as PNG. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /**
     * The console errors and failed requests since the last call (reading them empties the browser's logs). A
     * request fails when it gets no response or an HTTP status of 400 or more. An image from {@link
     * #BLOCKED_IMAGES} that the browser blocked is left out, as is the console error a Chromium may log for it.
     */
    public PageProblems problems() {
        List<String> consoleErrors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean blockedImage = message.startsWith(BLOCKED_IMAGES)
                    && message.endsWith("Failed to load resource: net::ERR_BLOCKED_BY_CLIENT");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !blockedImage) {
                consoleErrors.add(message);
            }
        }
        List<String> failedRequests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode event = read(entry.getMessage()).path("message");
            JsonNode params = event.path("params");
            String id = params.path("requestId").asText();
            switch (event.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    // only the site's pages: the browser's own chrome:// and chrome-untrusted:// pages are not ours
                    if (params.path("documentURL").asText().startsWith("http")) {
                        requests.put(id, params.path("request").path("url").asText());
                    }
                }
                case "Network.responseReceived" -> {
                    int status = params.path("response").path("status").asInt();
                    if (status >= 400) {
                        failedRequests.add(params.path("response").path("url").asText() + " → HTTP " + status);
                    }
                }
                case "Network.loadingFailed" -> {
                    // Debian's Chromium starts on its new-tab page, which navigates to its search engine before
                    // Network.enable: that request, and those of chrome:// and chrome-untrusted:// pages (one of which
                    // failed a CI run, canceled under load), are the browser's, not a page's.
                    String url = requests.get(id);
                    if (url == null) {
                        continue;
                    }
                    String reason = params.path("blockedReason").asText();
                    boolean blockedImage = url.startsWith(BLOCKED_IMAGES) && reason.equals("inspector")
                            && params.path("type").asText().equals("Image");
                    if (!blockedImage) {
                        failedRequests.add(url + " → " + params.path("errorText").asText()
                                + (reason.isEmpty() ? "" : " (blocked: " + reason + ")")
                                + (params.path("canceled").asBoolean() ? " (canceled)" : ""));
                    }
                }
                default -> {
                }
            }
        }
        return new PageProblems(consoleErrors, failedRequests);
    }

    /** What went wrong in the browser while pages were open. */
    public record PageProblems(List<String> consoleErrors, List<String> failedRequests) {
        public PageProblems {
            consoleErrors = List.copyOf(consoleErrors);
            failedRequests = List.copyOf(failedRequests);
        }

        public boolean none() {
            return consoleErrors.isEmpty() && failedRequests.isEmpty();
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
