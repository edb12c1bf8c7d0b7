package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.testing.InlineSite;

/** Where a template's problem is placed: in the file the build read it from, whatever the folder holds now. */
class ThemeTemplatesTest {

    @TempDir
    Path site;

    @Test
    void aSiteTemplateDeletedAfterItWasReadIsStillTheOneBlamed() throws Exception {
        SiteConfig config = siteWith("""
                -- templates/404.ftlh --
                <p>${site.tittle}</p>
                """);
        ThemeTemplates theme = ThemeTemplates.load(config);
        // what serve sees when the author deletes the override while a build renders with it
        Files.delete(site.resolve("templates/404.ftlh"));

        TemplateFailure failure = assertThrows(TemplateFailure.class,
                () -> theme.render("404.ftlh", Map.of("site", Map.of("title", "Edited")), "404.html",
                        new RenderWatch(config.limits())));

        assertEquals(List.of("templates/404.ftlh:1:6: error: template failed: 'site.tittle' is null or missing; fix the "
                + "template"), failure.problems().stream().map((Problem problem) -> problem.format(site)).toList());
    }

    @Test
    void aBuiltInTemplateIsBlamedAsTheThemesEvenWhenTheSiteAddsAFileOfItsNameLater() throws Exception {
        SiteConfig config = siteWith("-- templates/messages.properties --\n");
        ThemeTemplates theme = ThemeTemplates.load(config);
        // the built-in 404.ftlh fails in the built-in layout.ftlh, which has no site to show
        Files.writeString(site.resolve("templates/layout.ftlh"), "<p>a new override, not read by this build</p>\n");

        TemplateFailure failure = assertThrows(TemplateFailure.class,
                () -> theme.render("404.ftlh", Map.of(), "404.html", new RenderWatch(config.limits())));

        assertEquals(Path.of("(built-in theme)", "layout.ftlh"), failure.problems().get(0).position().file());
    }

    private SiteConfig siteWith(String templates) throws Exception {
        InlineSite.write(site, """
                -- site-config.yml --
                title: Edited
                baseUrl: https://example.org/
                -- seeds/.keep --
                """ + templates);
        return new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
    }
}
