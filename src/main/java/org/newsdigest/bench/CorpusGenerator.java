package org.newsdigest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes {@code count} article files in the seed format, the same for the same seed: about 60% published,
 * 40 topics, a provider pool that grows with the corpus (thousands at 10,000 articles), related lists that
 * point at other articles of the corpus, and Markdown bodies on half of the articles.
 */
public final class CorpusGenerator {

    private static final String[] TOPICS = {
        "AI", "Computer Vision", "Robotics", "Semiconductors", "Cloud", "Security", "Privacy", "Policy", "Climate",
        "Energy", "Batteries", "Electric Vehicles", "Space", "Biotech", "Health", "Finance", "Crypto", "Gaming",
        "Mobile", "Open Source", "Programming", "C++", "C#", "Java", "Rust", "Databases", "Networking", "5G",
        "Quantum", "Drones", "Retail", "Media", "Education", "Startups", "Venture Capital", "Regulation",
        "Supply Chain", "Manufacturing", "Agriculture", "Transport"};
    private static final String[] WORDS = (
            "court rules limits facial recognition startup raises funding chip makers race new model launches "
            + "regulators probe data privacy breach cloud outage battery breakthrough satellite network expands "
            + "robot learns drone delivery city bans police trial camera system quantum computer milestone open "
            + "source project release security flaw patched investors back platform users growth market shares")
            .split(" ");
    private static final String[] PROVIDER_WORDS = {"Daily", "Tech", "Wire", "Times", "Herald", "Post", "Journal",
        "Review", "Insider", "Observer", "Gazette", "Chronicle", "Report", "Digest", "Monitor", "Новости", "Вести"};

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    public void write(int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        int providers = Math.max(5, count / 3);
        Instant start = Instant.parse("2021-01-01T00:00:00Z");
        List<String> titles = new ArrayList<>(count);
        List<String> urls = new ArrayList<>(count);
        List<Instant> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            titles.add(title(i));
            dates.add(start.plus(i * 17L + random.nextInt(15), ChronoUnit.MINUTES));
            urls.add("https://news" + (i % 97) + ".example/" + i + "/" + slugish(titles.get(i)));
        }
        for (int i = 0; i < count; i++) {
            int provider = random.nextInt(providers);
            Path file = folder.resolve(String.format(Locale.ROOT, "%06d_%016x.txt", i, random.nextLong()));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                article(out, i, provider, titles, urls, dates, count);
            }
        }
    }

    private void article(BufferedWriter out, int i, int provider, List<String> titles, List<String> urls,
            List<Instant> dates, int count) throws IOException {
        String providerName = providerName(provider);
        out.write("---\ncategory: news\n");
        out.write("title: \"" + titles.get(i) + "\"\n");
        out.write("excerpt: \"" + sentence(25 + random.nextInt(20)) + "\"\n");
        out.write("publishedDateTime: " + dates.get(i) + "\n");
        out.write("originalUrl: \"" + urls.get(i) + "\"\n");
        out.write("webUrl: \"" + urls.get(i) + "\"\n");
        if (random.nextBoolean()) {
            out.write("ampWebUrl: \"" + urls.get(i) + "/amp\"\n");
            out.write("cdnAmpWebUrl: \"https://cdn.ampproject.example/c/s/" + urls.get(i).substring(8) + "/amp\"\n");
        }
        out.write("type: article\n");
        out.write("quality: " + random.nextInt(200) + "\n");
        out.write("heat: " + (random.nextInt(10) == 0 ? random.nextInt(300) : -1) + "\n");
        out.write("published: " + (random.nextInt(10) < 6) + "\n\n");
        out.write("provider:\n  name: " + providerName + "\n  domain: provider" + provider + ".example\n\n");
        out.write("topics:\n");
        int topicCount = 1 + random.nextInt(3);
        int firstTopic = random.nextInt(TOPICS.length);
        for (int t = 0; t < topicCount; t++) {
            String topic = TOPICS[(firstTopic + t * 7) % TOPICS.length];
            out.write("  - \"" + topic + "\"\n");
        }
        out.write("\nimages:\n  - url: \"https://img.example/" + i + ".jpg\"\n    width: " + (640 + random.nextInt(1280))
                + "\n    height: " + (360 + random.nextInt(720)) + "\n    isCached: true\n\n");
        int related = random.nextInt(7);
        if (related > 0) {
            out.write("related:\n");
            for (int r = 0; r < related; r++) {
                int other = random.nextInt(count);
                out.write("  - title: \"" + titles.get(other) + "\"\n");
                out.write("    excerpt: \"" + sentence(20) + "\"\n");
                out.write("    publishedDateTime: " + dates.get(other) + "\n");
                out.write("    webUrl: \"" + urls.get(other) + "\"\n");
                out.write("    type: article\n    provider:\n      name: " + providerName(random.nextInt(Math.max(5, count / 3)))
                        + "\n      domain: related.example\n");
                out.write("    quality: " + random.nextInt(200) + "\n");
            }
            out.write("\n");
        }
        byte[] secret = new byte[300];
        random.nextBytes(secret);
        out.write("secured: \"" + Base64.getEncoder().encodeToString(secret) + "\"\n---\n");
        if (random.nextBoolean()) {
            out.write("\n" + sentence(60) + "\n\n");
            out.write("- " + sentence(8) + "\n- " + sentence(8) + "\n\n");
            out.write("Read more at [the source](" + urls.get(i) + "). " + sentence(40) + "\n");
        }
    }

    private String title(int i) {
        String words = sentence(5 + random.nextInt(6));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1, words.length() - 1) + " " + i;
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static String providerName(int provider) {
        return PROVIDER_WORDS[provider % PROVIDER_WORDS.length] + " " + PROVIDER_WORDS[(provider / 7) % PROVIDER_WORDS.length]
                + " " + provider;
    }

    private static String slugish(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
