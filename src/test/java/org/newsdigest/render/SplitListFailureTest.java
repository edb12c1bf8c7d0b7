package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.TestClock;

/**
 * A long list of pages renders in parts on several threads at once; a template that fails on some of its pages is
 * still reported at the first of them in the list's order, as one thread going through the list would meet it, however
 * many threads there are and whichever part failed first.
 */
class SplitListFailureTest {

    private static final int PROVIDERS = 400;
    /** Far enough into the list that the parts after the one holding it fail long before it does. */
    private static final int FIRST_BROKEN = 70;

    @TempDir
    Path site;

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void theFirstBrokenPageInTheListsOrderIsTheOneReported(int threads) throws Exception {
        writeSite();
        InlineSite.write(site, """
                -- templates/provider.ftlh --
                <#assign n = term.name?keep_after(" ")?number>
                <#if n == %d>${firstBroken}<#elseif n gt %d>${laterBroken}</#if>
                """.formatted(FIRST_BROKEN, FIRST_BROKEN));

        BuildResult result = build(threads);

        assertFalse(result.published());
        List<String> problems = result.problems().stream().map((Problem problem) -> problem.format(site)).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/provider.ftlh:2:") && problems.get(0).contains("'firstBroken'"),
                problems.get(0));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void withoutABrokenPageEveryPageIsWrittenOnce(int threads) throws Exception {
        writeSite();

        BuildResult result = build(threads);

        assertTrue(result.published(), result.problems()::toString);
        for (int provider = 0; provider < PROVIDERS; provider++) {
            String name = "provider-%03d".formatted(provider);
            assertTrue(Files.isRegularFile(site.resolve("output/providers/" + name + "/index.html")), name);
        }
    }

    /** One article by each provider, so that the providers' pages are a list long enough to be cut in parts. */
    private void writeSite() throws IOException {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Many providers
                baseUrl: https://example.org/news/
                """);
        Files.createDirectories(site.resolve("seeds"));
        for (int i = 0; i < PROVIDERS; i++) {
            Files.writeString(site.resolve("seeds/a%03d.md".formatted(i)), """
                    ---
                    title: "Story %03d"
                    publishedDateTime: 2021-07-%02dT08:00:00Z
                    published: true
                    provider:
                      name: Provider %03d
                    ---
                    Text.
                    """.formatted(i, 1 + i % 28, i));
        }
    }

    private BuildResult build(int threads) throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"),
                new ConfigOverrides(Optional.empty(), Optional.empty()).withThreads(OptionalInt.of(threads))), site,
                TestClock.FIXED).build();
    }
}
