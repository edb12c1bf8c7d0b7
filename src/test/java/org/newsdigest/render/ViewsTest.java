package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdigest.render.Views.FeedLink;
import org.newsdigest.render.Views.SiteFeeds;
import org.newsdigest.render.Views.SiteView;

class ViewsTest {

    @Test
    void ogLocaleIsLanguageUnderscoreCountryWhenTheLanguageNamesACountry() {
        assertEquals(Optional.of("en_GB"), site("en-GB").ogLocale());
        assertEquals(Optional.of("en_US"), site("en-us").ogLocale());
        assertEquals(Optional.of("zh_TW"), site("zh-Hant-TW").ogLocale());
        assertEquals(Optional.of("pt_BR"), site("pt-BR").ogLocale());
    }

    @Test
    void ogLocaleIsLeftOutWithoutACountry() {
        assertEquals(Optional.empty(), site("en").ogLocale());
        assertEquals(Optional.empty(), site("de").ogLocale());
        // a UN M.49 region such as Latin America is no territory og:locale can name
        assertEquals(Optional.empty(), site("es-419").ogLocale());
    }

    @Test
    void directionIsRightToLeftForLanguagesWrittenSoWhateverTheirCountry() {
        assertEquals("rtl", site("ar").direction());
        assertEquals("rtl", site("he-IL").direction());
        assertEquals("rtl", site("iw").direction());
        assertEquals("rtl", site("fa-IR").direction());
        assertEquals("ltr", site("en").direction());
        assertEquals("ltr", site("de-CH").direction());
    }

    private static SiteView site(String language) {
        return new SiteView("T", "", language, "/", "/topics/", "/providers/", "/articles/", "/feed.xml", "/static/style.css", "news-digest",
                new SiteFeeds(feed("RSS"), feed("Atom"), feed("JSON Feed")), "/", "/search-index.json", "/static/search.js", "/static/icon.svg", "https://example.org/static/share.png",
                "/feeds.opml");
    }

    private static FeedLink feed(String format) {
        return new FeedLink("T (" + format + ")", "application/xml", "/feed");
    }
}
