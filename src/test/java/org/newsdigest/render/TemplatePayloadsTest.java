package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildResult;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.threads.BuildThreads;

/**
 * Hostile or careless templates: each ends as one template problem at a template position, never a stack trace or a
 * hang, and the last published site stays byte for byte as it was.
 */
class TemplatePayloadsTest {

    /** Only a guard against a hang: nothing here should take more than a few seconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path site;
    Map<String, byte[]> lastGood;

    @BeforeEach
    void publishAGoodSite() throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Payloads
                baseUrl: https://example.org/news/
                -- seeds/a.md --
                ---
                title: "Alpha"
                publishedDateTime: 2021-07-29T08:00:00Z
                published: true
                provider:
                  name: P
                ---
                """);
        assertTrue(build().published());
        lastGood = SiteFiles.read(site.resolve("output"));
    }

    @Test
    void recursionWithoutEndIsStoppedAtTheCall() {
        assertEquals("templates/index.ftlh:1:11: error: the template calls itself without end ('@r' nested more than 2000 "
                + "levels deep); make the macro or function stop calling itself", failure("""
                <#macro r><@r/></#macro><@r/>"""));
    }

    @Test
    void aFunctionCallingItselfIsStoppedAtTheCall() {
        assertEquals("templates/index.ftlh:1:16: error: the template calls itself without end ('#return f(n)' nested more "
                + "than 2000 levels deep); make the macro or function stop calling itself", failure("""
                <#function f n><#return f(n)></#function>${f(1)}"""));
    }

    @Test
    void recursionCannotHideInAnAttemptBlock() {
        assertEquals("templates/index.ftlh:1:21: error: the template calls itself without end ('@r' nested more than 2000 "
                + "levels deep); make the macro or function stop calling itself", failure("""
                <#macro r><#attempt><@r/><#recover><@r/></#attempt></#macro><@r/>"""));
    }

    @Test
    void aValueNestedTooDeepForTheStackIsATemplateFailure() {
        // FreeMarker's JSON reader calls itself for each '[': no template element to count, so the stack runs out
        assertEquals("templates/index.ftlh:1:18: error: the template went too deep for the stack at "
                + "'${s?left_pad(1000000, \"[\")?eval_json?size}': a macro or function may call itself without end, or a "
                + "value nest without end; make it stop", failure("""
                <#assign s = "[">${s?left_pad(1000000, "[")?eval_json?size}"""));
    }

    @Test
    void aStringThatDoublesInALoopRunsOutOfMemoryAsATemplateFailure() throws Exception {
        // on a loaded machine doubling toward 2^40 characters can take longer than the default 10 s: memory must end it
        limits("renderSeconds: 600");
        assertEquals("templates/index.ftlh:1:36: error: rendering 'index.html' ran out of memory; the template may build a "
                + "value without end, such as a string that doubles in a loop; fix the template, or give Java more memory "
                + "(-Xmx)", failure("""
                <#assign s = "x"><#list 1..40 as i><#assign s = s + s></#list>${s}"""));
    }

    @Test
    void aPageLargerThanTheLimitIsStoppedAtTheElementThatWroteIt() throws Exception {
        limits("pageBytes: 100000");
        assertEquals("templates/index.ftlh:1:25: error: the page 'index.html' grew past limits.pageBytes (100000 bytes); "
                + "the template may repeat its output without end; raise the limit or fix the template", failure("""
                <#list 1..1000000 as i>é${i}</#list>"""));
    }

    @Test
    void oneHugeValueIsRefusedBeforeItIsCopied() {
        assertEquals("templates/index.ftlh:1:63: error: the page 'index.html' grew past limits.pageBytes (100000000 bytes); "
                + "the template may repeat its output without end; raise the limit or fix the template", failure("""
                <#assign s = "x"><#list 1..27 as i><#assign s = s + s></#list>${s}"""));
    }

    @Test
    void aLoopWithoutEndIsStoppedAfterTheTimeLimit() throws Exception {
        limits("renderSeconds: 1");
        assertEquals("templates/index.ftlh:1:1: error: rendering 'index.html' took longer than limits.renderSeconds (1 s); "
                + "the template may loop without end; raise the limit or fix the loop", failure("""
                <#list 1.. as i><#if i < 0>${i}</#if></#list>"""));
    }

    @Test
    void aLoopWithoutEndAndWithoutBodyIsStopped() throws Exception {
        limits("renderSeconds: 1");
        assertEquals("templates/index.ftlh:2:1: error: rendering 'index.html' took longer than limits.renderSeconds (1 s); "
                + "the template may loop without end; raise the limit or fix the loop", failure("""
                <p>before</p>
                <#list 1.. as i></#list>"""));
        assertEveryRenderThreadEnds();
    }

    @Test
    void aLoopWithoutEndInAnIncludedTemplateIsStoppedThere() throws Exception {
        limits("renderSeconds: 1");
        InlineSite.write(site, """
                -- templates/partials/spin.ftlh --
                <#list 1.. as i>
                </#list>
                """);
        assertEquals("templates/partials/spin.ftlh:1:1: error: rendering 'index.html' took longer than "
                + "limits.renderSeconds (1 s); the template may loop without end; raise the limit or fix the loop", failure("""
                <#include "partials/spin.ftlh">"""));
        assertEveryRenderThreadEnds();
    }

    @Test
    void aLongLoopIsStoppedAtTheInnermostLoop() throws Exception {
        limits("renderSeconds: 1");
        assertEquals("templates/index.ftlh:2:3: error: rendering 'index.html' took longer than limits.renderSeconds (1 s); "
                + "the template may loop without end; raise the limit or fix the loop", failure("""
                <#list 1..100000000 as i>
                  <#list 1..100000000 as j><#if j < 0>${j}</#if></#list>
                </#list>"""));
    }

    @Test
    void aLoopWithoutEndCannotHideInAnAttemptBlock() throws Exception {
        limits("renderSeconds: 1");
        assertEquals("templates/index.ftlh:1:1: error: rendering 'index.html' took longer than limits.renderSeconds (1 s); "
                + "the template may loop without end; raise the limit or fix the loop", failure("""
                <#list 1.. as i><#attempt><#if i < 0>${i}</#if><#recover></#attempt></#list>"""));
    }

    @Test
    void aBuiltInThatRunsLongInJavaCodeIsGivenUpOnAfterTheTimeLimit() throws Exception {
        limits("renderSeconds: 1");
        // FreeMarker's own loop over 200 million numbers enters no template element, so nothing can stop it early: the
        // build gives up on it and ends, and the loop ends a few seconds later on its own
        assertEquals("templates/index.ftlh:1:1: error: rendering 'index.html' took longer than limits.renderSeconds (1 s); "
                + "the template may loop without end; raise the limit or fix the loop", failure("""
                ${(1..200000000)?seq_contains(0)?c}"""));
    }

    @Test
    void anInterpretedTemplateIsHeldToTheSameLimits() {
        // FreeMarker places the elements of a template it made by their place in the string
        assertEquals("templates/index.ftlh:1:11: error: the template calls itself without end ('@r' nested more than 2000 "
                + "levels deep); make the macro or function stop calling itself", failure("""
                <@"<#macro r><@r/></#macro><@r/>"?interpret/>"""));
    }

    @Test
    void aTemplateNestedTooDeepToBeReadIsATemplateProblem() {
        InlineSite.write(site, "-- templates/index.ftlh --\n${" + "(".repeat(200_000) + "1" + ")".repeat(200_000) + "}");
        assertEquals(List.of("templates/index.ftlh:1:1: error: template too deeply nested to be read (thousands of nested "
                + "brackets or directives); simplify it"), failures());
    }

    @Test
    void anIncludedLinkOutOfTheTemplatesFolderIsNotFollowed() throws Exception {
        Files.createDirectories(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates/x.ftlh"), Path.of("/etc/passwd"));
        assertEquals("templates/index.ftlh:2:1: error: 'x.ftlh' is a symbolic link to '/etc/passwd', which is outside the "
                + "templates folder, and links are followed only inside it; copy the file in instead", failure("""
                <p>before</p>
                <#include "x.ftlh">"""));
    }

    @Test
    void aTemplateThatIsALinkOutOfTheTemplatesFolderIsNotRead() throws Exception {
        Path outside = Files.writeString(site.resolve("outside.ftlh"), "${site.title}");
        Files.createDirectories(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates/404.ftlh"), outside);
        assertEquals(List.of("templates/404.ftlh:1:1: error: '404.ftlh' is a symbolic link to '" + outside + "', which is "
                + "outside the templates folder, and links are followed only inside it; copy the file in instead"), failures());
    }

    @Test
    void aFolderLinkOutOfTheTemplatesFolderIsNotFollowed() throws Exception {
        Files.createDirectories(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates/etc"), Path.of("/etc"));
        assertEquals("templates/index.ftlh:1:1: error: 'etc/passwd' leads through a symbolic link to '/etc/passwd', which "
                + "is outside the templates folder, and links are followed only inside it; copy the file in instead", failure("""
                <#include "etc/passwd">"""));
    }

    @Test
    void aLinkInsideTheTemplatesFolderIsFollowed() throws Exception {
        InlineSite.write(site, """
                -- templates/partials/title.ftlh --
                <h1>${site.title}</h1>
                -- templates/index.ftlh --
                <#include "title-link.ftlh">
                """);
        Files.createSymbolicLink(site.resolve("templates/title-link.ftlh"), Path.of("partials/title.ftlh"));
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            BuildResult result = build();
            assertTrue(result.published(), result.problems().toString());
        });
        assertEquals("<h1>Payloads</h1>\n", Files.readString(site.resolve("output/index.html")));
    }

    @Test
    void filesOutsideTheTemplatesAreNotFound() {
        assertEquals("templates/index.ftlh:1:1: error: template failed: Template inclusion failed (for parameter value "
                + "\"/etc/passwd\"); fix the template", failure("""
                <#include "/etc/passwd">"""));
        assertEquals("templates/index.ftlh:1:1: error: template failed: Template importing failed (for parameter value "
                + "\"../../x\"); fix the template", failure("""
                <#import "../../x" as x>"""));
    }

    @Test
    void javaClassesCannotBeMadeOrReached() {
        assertEquals("templates/index.ftlh:1:1: error: template failed: Instantiating freemarker.template.utility.Execute "
                + "is not allowed in the template for security reasons; fix the template", failure("""
                ${"freemarker.template.utility.Execute"?new()("id")}"""));
        assertEquals("templates/index.ftlh:1:1: error: template failed: Instantiating "
                + "freemarker.template.utility.ObjectConstructor is not allowed in the template for security reasons; fix "
                + "the template", failure("""
                ${"freemarker.template.utility.ObjectConstructor"?new()("java.io.File", "/etc/passwd")}"""));
        assertEquals("templates/index.ftlh:1:11: error: template syntax error: The setting name is recognized, but changing "
                + "this setting from inside a template isn't supported.; fix the template or delete it to use the built-in one",
                failure("""
                <#setting new_builtin_class_resolver="unrestricted">"""));
        assertEquals("templates/index.ftlh:1:3: error: template failed: Can't use ?api, because the \"api_builtin_enabled\" "
                + "configuration setting is false. Think twice before you set it to true though. Especially, it shouldn't "
                + "abused for modifying Map-s and Collection-s in 'site?api'; fix the template", failure("""
                ${site?api.getClass().getName()}"""));
    }

    /** A template that was stopped is not left running: its thread ends (a hang guard fails the test if not). */
    private static void assertEveryRenderThreadEnds() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(thread -> thread.getName().startsWith(BuildThreads.NAME_PREFIX))) {
                Thread.sleep(10);
            }
        });
    }

    private void limits(String limit) throws Exception {
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml"))
                + "limits:\n  " + limit + "\n");
    }

    /** The one problem of a build whose {@code templates/index.ftlh} is {@code template}; the last site untouched. */
    private String failure(String template) {
        InlineSite.write(site, "-- templates/index.ftlh --\n" + template);
        List<String> problems = failures();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private List<String> failures() {
        BuildResult result = assertTimeoutPreemptively(HANG_GUARD, this::build);
        assertFalse(result.published());
        Map<String, byte[]> after = SiteFiles.read(site.resolve("output"));
        assertEquals(lastGood.keySet(), after.keySet());
        lastGood.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertFalse(Files.exists(site.resolve(".output.staging")), "the staging folder is cleaned up");
        return result.problems().stream().map((Problem problem) -> problem.format(site)).toList();
    }

    private BuildResult build() throws Exception {
        return new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()), site,
                TestClock.FIXED).build();
    }
}
