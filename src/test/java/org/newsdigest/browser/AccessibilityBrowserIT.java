package org.newsdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdigest.testing.AxeChecker;
import org.newsdigest.testing.AxeChecker.Violation;

/**
 * axe-core finds no serious or critical accessibility problem on the front page, an article, a topic, a provider
 * the two index pages and the index of years, in the light and the dark colour scheme (contrast differs between them). Lesser findings
 * are printed, not failed.
 */
class AccessibilityBrowserIT extends NewsroomBrowserTest {

    private AxeChecker axe;

    @BeforeAll
    void loadAxe() {
        axe = AxeChecker.load();
    }

    static Stream<Arguments> pages() {
        List<String> pages = List.of(
                "",
                "articles/01-robots/",
                "articles/05-cpp/",
                "articles/09-phone-cameras/",
                "topics/ai/",
                "providers/example-news/",
                "topics/",
                "providers/",
                "articles/");
        return Stream.of("light", "dark").flatMap(scheme -> pages.stream().map(page -> Arguments.of(page, scheme)));
    }

    @ParameterizedTest(name = "/news-digest/{0} in {1}")
    @MethodSource("pages")
    void noSeriousOrCriticalViolations(String page, String scheme) {
        site.open(page);
        site.chromium().colorScheme(scheme);
        List<Violation> violations = axe.violations(site.chromium());
        List<Violation> blocking = violations.stream().filter(v -> AxeChecker.BLOCKING.contains(v.impact())).toList();
        violations.stream().filter(v -> !blocking.contains(v))
                .forEach(v -> System.out.println("axe " + axe.version() + ", /news-digest/" + page + " in " + scheme + ": " + v));
        assertEquals(List.of(), blocking, () -> "axe " + axe.version() + " on /news-digest/" + page + " in " + scheme
                + ":\n  " + String.join("\n  ", blocking.stream().map(Violation::toString).toList()) + "\n");
    }
}
