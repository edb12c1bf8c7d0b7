package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;

class UrlSchemeTest {

    private final UrlScheme urls = new UrlScheme(URI.create("https://example.github.io/news-digest/"), ZoneId.of("UTC"));

    @Test
    void anArticlesAddressIsItsSlugWhateverItsDateAndTheSiteZone() {
        Article lateEvening = article("chinas-supreme-court", "2021-07-28T23:30:00Z");

        assertEquals("articles/chinas-supreme-court/", urls.article(lateEvening));
        assertEquals("articles/chinas-supreme-court/",
                new UrlScheme(URI.create("https://example.github.io/news-digest/"), ZoneId.of("Asia/Tokyo")).article(lateEvening));
        assertEquals("/news-digest/articles/chinas-supreme-court/", urls.link(urls.article(lateEvening)));
    }

    @Test
    void anArticleIsFiledUnderItsDayInTheSiteZoneInTheDateArchives() {
        Article lateEvening = article("chinas-supreme-court", "2021-07-28T23:30:00Z");
        UrlScheme tokyo = new UrlScheme(URI.create("https://example.github.io/news-digest/"), ZoneId.of("Asia/Tokyo"));

        assertEquals(LocalDate.of(2021, 7, 29), tokyo.dayOf(lateEvening));
        assertEquals("articles/2021/07/29/", tokyo.day(tokyo.dayOf(lateEvening)));
        assertEquals("articles/2021/07/", urls.month(YearMonth.of(2021, 7)));
        assertEquals("articles/2021/", urls.year(Year.of(2021)));
        assertEquals("articles/0987/01/02/", urls.day(LocalDate.of(987, 1, 2)));
        assertEquals("articles/2021/07/page/2/", urls.listPage(urls.month(YearMonth.of(2021, 7)), 2));
    }

    @Test
    void theOpmlListIsAtTheSiteRoot() {
        assertEquals("feeds.opml", urls.opml());
        assertEquals("https://example.github.io/news-digest/feeds.opml", urls.absolute(urls.opml()));
    }

    @Test
    void topicAndProviderPagesUseTheirSlugs() {
        assertEquals("topics/computer-vision/", urls.topic(Topic.named("Computer Vision")));
        assertEquals("providers/novosti-ukrainy/", urls.provider(Provider.named("Новости Украины", "ukranews.com")));
        assertEquals("topics/", urls.topics());
        assertEquals("providers/", urls.providers());
    }

    @Test
    void theSitesPictureForLinkPreviewsIsAbsolute() {
        assertEquals("https://example.github.io/news-digest/static/share.png", urls.shareImage(Optional.empty()));
        assertEquals("https://example.github.io/news-digest/static/cards/front%20page.png",
                urls.shareImage(Optional.of(URI.create("static/cards/front%20page.png"))));
        assertEquals("https://cdn.example.org/card.jpg?v=2", urls.shareImage(Optional.of(URI.create("https://cdn.example.org/card.jpg?v=2"))));
    }

    @Test
    void laterPagesOfAListAreBelowIt() {
        assertEquals("topics/ai/", urls.listPage("topics/ai/", 1));
        assertEquals("topics/ai/page/2/", urls.listPage("topics/ai/", 2));
        assertEquals("page/3/", urls.listPage(urls.home(), 3));
    }

    @Test
    void linksCarryTheBasePathAndAbsoluteUrlsTheWholeBase() {
        assertEquals("/news-digest/", urls.basePath());
        assertEquals("/news-digest/topics/ai/", urls.link("topics/ai/"));
        assertEquals("/news-digest/", urls.link(urls.home()));
        assertEquals("https://example.github.io/news-digest/feed.xml", urls.absolute(urls.feed()));
        assertEquals("/static/style.css", new UrlScheme(URI.create("https://news.example.org/"), ZoneId.of("UTC")).link(urls.stylesheet()));
    }

    @Test
    void pagesAreWrittenAsIndexFiles() {
        assertEquals("index.html", urls.outputFile(urls.home()));
        assertEquals("topics/ai/index.html", urls.outputFile("topics/ai/"));
        assertEquals("feed.xml", urls.outputFile(urls.feed()));
        assertEquals("old/page.html", urls.outputFile("old/page.html"), "an alias that names an .html file is that file");
        assertEquals("static/style.css", urls.outputFile(urls.stylesheet()));
    }

    @Test
    void searchFilesSitAtTheRootAndStaticFolderAndTheFormGoesToTheFrontPage() {
        assertEquals("/news-digest/search-index.json", urls.link(urls.searchIndex()));
        assertEquals("/news-digest/static/search.js", urls.link(urls.searchScript()));
        assertEquals("/news-digest/", urls.link(urls.searchForm()));
        assertEquals("search-index.json", urls.outputFile(urls.searchIndex()));
        assertEquals("/search-index.json", new UrlScheme(URI.create("https://news.example.org/"), ZoneId.of("UTC")).link(urls.searchIndex()));
    }

    private static Article article(String slug, String instant) {
        return Article.builder().source(Path.of("seeds/a.txt")).slug(slug).title("Title").publishedAt(Instant.parse(instant))
                .published(true).provider(Provider.named("TechNode", "technode.com")).topics(List.of(Topic.named("AI"))).build();
    }
}
