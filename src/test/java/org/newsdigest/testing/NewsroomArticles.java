package org.newsdigest.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published articles of the {@code newsroom} fixture as its built site must show them, written out by hand
 * from {@code src/test/resources/sites/newsroom/seeds/} so that tests compare output with known values.
 */
public final class NewsroomArticles {

    /** The base URL in the fixture's config. */
    public static final String BASE = "https://example.github.io/news-digest/";

    /** A lead image as the front matter gives it. */
    public record Image(String url, int width, int height) {
    }

    /**
     * One published article: {@code path} is its site path, {@code categories} its topics as the site names them,
     * {@code image} its lead image, or null when it has none.
     */
    public record Item(String title, String path, Instant published, String creator, List<String> categories, String excerpt,
            Image image) {

        public String link() {
            return BASE + path;
        }
    }

    public static final Item ROBOTS = new Item("Robots learn to fold laundry", "articles/01-robots/",
            Instant.parse("2024-03-01T09:30:00Z"), "Example News", List.of("Robotics", "AI"),
            "A lab robot folds shirts <faster> than people & pets.", new Image("http://photos.example/robots.jpg", 640, 360));
    public static final Item CHIPS = new Item("Chip makers race to 2 nm", "articles/02-chips/",
            Instant.parse("2024-03-02T09:00:00Z"), "Tech Wire", List.of("Semiconductors"),
            "Foundries announce \"2 nm\" nodes.", new Image("https://img.example/02.jpg", 1200, 675));
    /** The second report of the cameras story, from another provider. */
    public static final Item PHONE_CAMERAS = new Item("Phone cameras that see in the dark",
            "articles/09-phone-cameras/", Instant.parse("2024-03-02T15:10:00Z"), "Lens Weekly",
            List.of("Computer Vision"), "Suppliers say night-vision sensors are coming to phones.",
            new Image("https://img.example/09.jpg", 1200, 675));
    public static final Item TOKYO = new Item("東京で新しいAIラボが開設", "articles/08-tokyo/",
            Instant.parse("2024-03-02T23:30:00Z"), "日本ニュース", List.of("AI"),
            "A new AI lab opens in Tokyo.", new Image("https://img.example/08.jpg", 1200, 675));
    public static final Item AI_RULES = new Item("Parliament agrees AI rules", "articles/03-ai-rules/",
            Instant.parse("2024-03-03T12:00:00Z"), "Новости Украины", List.of("AI", "Policy"),
            "Lawmakers reach a deal on AI.", new Image("https://img.example/03.jpg", 1200, 675));
    public static final Item CAMERAS = new Item("Cameras that see in the dark", "articles/04-vision/",
            Instant.parse("2024-03-04T08:15:00Z"), "Example News", List.of("Computer Vision", "AI"),
            "Night vision for phones 📷.", new Image("http://photos.example/cameras.jpg", 640, 360));
    /** The one published article without a lead image. */
    public static final Item CPP = new Item("C++ 26 adds reflection", "articles/05-cpp/",
            Instant.parse("2024-03-05T17:45:00Z"), "Tech Wire", List.of("C++"),
            "The committee votes reflection in.", null);
    public static final Item CSHARP = new Item("C# gets discriminated unions", "articles/06-csharp/",
            Instant.parse("2024-03-06T07:00:00Z"), "Tech Wire", List.of("C#"),
            "A long-awaited feature lands.", new Image("http://photos.example/csharp.jpg", 640, 360));

    /** Every published article, oldest first; the embargoed one is unpublished and appears nowhere. */
    public static final List<Item> ALL = List.of(ROBOTS, CHIPS, PHONE_CAMERAS, TOKYO, AI_RULES, CAMERAS, CPP, CSHARP);

    private NewsroomArticles() {
    }

    /** The published article with this permalink. */
    public static Optional<Item> byLink(String link) {
        return ALL.stream().filter(item -> item.link().equals(link)).findFirst();
    }
}
