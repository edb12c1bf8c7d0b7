package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Provider;

/** Feed ids: urn:uuid of the RFC 4122 version 5 UUID of the article's story key, and of nothing else. */
class FeedIdsTest {

    static final Path CONTENT = Path.of("/site/seeds");

    /** The expected values are Python's: uuid.uuid5(uuid.NAMESPACE_URL, name), run with /usr/bin/python3. */
    @Test
    void nameBasedUuidsAreThoseOfRfc4122Version5InTheUrlNamespace() {
        assertEquals(UUID.fromString("6639460f-3425-5329-8097-a58f06127860"),
                FeedIds.nameBased(FeedIds.URL_NAMESPACE, "https://example.com/a"));
        assertEquals(UUID.fromString("20ecd233-a9e7-5067-a96f-fd6600ca3fda"),
                FeedIds.nameBased(FeedIds.URL_NAMESPACE, "https://example.com/é"), "the name is read as UTF-8");
        assertEquals(5, FeedIds.nameBased(FeedIds.URL_NAMESPACE, "anything").version());
        assertEquals(2, FeedIds.nameBased(FeedIds.URL_NAMESPACE, "anything").variant());
    }

    @Test
    void theKeyIsTheWebUrlThenTheOriginalUrlThenTheFilesPlaceInTheContentFolder() {
        assertEquals("urn:uuid:6639460f-3425-5329-8097-a58f06127860",
                FeedIds.of(article("Title", "2024-01-01T00:00:00Z", "https://example.com/a", "https://example.com/original"), CONTENT));
        assertEquals("urn:uuid:6639460f-3425-5329-8097-a58f06127860",
                FeedIds.of(article("Title", "2024-01-01T00:00:00Z", null, "https://example.com/a"), CONTENT));
        assertEquals("news-digest:2024/a.md", FeedIds.storyKey(article("Title", "2024-01-01T00:00:00Z", null, null), CONTENT));
        // uuid.uuid5(uuid.NAMESPACE_URL, "news-digest:2024/a.md")
        assertEquals("urn:uuid:" + FeedIds.nameBased(FeedIds.URL_NAMESPACE, "news-digest:2024/a.md"),
                FeedIds.of(article("Title", "2024-01-01T00:00:00Z", null, null), CONTENT));
    }

    @Test
    void aCorrectedHeadlineOrANewDateKeepsTheId() {
        String id = FeedIds.of(article("Mayor resigns", "2024-01-01T00:00:00Z", "https://example.com/a", null), CONTENT);
        assertEquals(id, FeedIds.of(article("Mayor does not resign", "2024-01-02T09:00:00Z", "https://example.com/a", null), CONTENT));
        String byFile = FeedIds.of(article("Mayor resigns", "2024-01-01T00:00:00Z", null, null), CONTENT);
        assertEquals(byFile, FeedIds.of(article("Mayor does not resign", "2025-06-01T00:00:00Z", null, null), CONTENT));
    }

    private static Article article(String title, String published, String webUrl, String originalUrl) {
        return Article.builder().source(CONTENT.resolve("2024/a.md")).slug("slug-of-" + title.length()).title(title)
                .publishedAt(Instant.parse(published)).originalUrl(Optional.ofNullable(originalUrl).map(URI::create))
                .webUrl(Optional.ofNullable(webUrl).map(URI::create)).published(true).provider(Provider.named("P", "p.example"))
                .build();
    }
}
