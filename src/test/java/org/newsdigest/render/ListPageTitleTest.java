package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Stories;

/** A list page's title: the list's own on its first page, with "page N of M" on the others, the title as it is. */
class ListPageTitleTest {

    @TempDir
    Path site;

    private ViewFactory views(String language) throws Exception {
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("site-config.yml"),
                "title: Titles\nbaseUrl: https://example.github.io/news-digest/\nlanguage: " + language + "\n");
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        ThemeTemplates templates = ThemeTemplates.load(config);
        Digest nothing = new Digest(List.of(), List.of(), List.of(), new Stories(List.of()));
        return new ViewFactory(config, new UrlScheme(config.baseUrl(), config.timeZone()),
                new DateFormats(config.timeZone(), config.locale()), templates.messages(), nothing);
    }

    @Test
    void theFirstPageHasTheListsTitleAndTheOthersTheirNumber() throws Exception {
        ViewFactory views = views("en");
        assertEquals("Technology", views.listPageTitle("Technology", 1, 5));
        assertEquals("Technology (page 2 of 5)", views.listPageTitle("Technology", 2, 5));
        assertEquals("Science (page 2 of 5)", views.listPageTitle("Science", 2, 5));
        assertEquals("Science (page 5 of 5)", views.listPageTitle("Science", 5, 5));
    }

    @Test
    void aTitleIsPutInAsItIsWhateverItHolds() throws Exception {
        ViewFactory views = views("en");
        for (String title : List.of("{0} $1 \\ 'quoted' {1}", "a # b", "", "dollars $$ and \\1")) {
            assertEquals(title + " (page 3 of 4)", views.listPageTitle(title, 3, 4), title);
        }
    }

    @Test
    void everyLanguageGetsItsMessageWithTheTitleAsAnArgument() throws Exception {
        for (String language : List.of("ar", "de", "ja", "uk", "zh-Hans")) {
            ViewFactory views = views(language);
            assertEquals(views.messages().text("page.ofTotal", "Título 'x' {0}", 2, 1234),
                    views.listPageTitle("Título 'x' {0}", 2, 1234), language);
        }
    }
}
