package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.FeedParser;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * The addresses of articles last: built clean each time, as CI builds (a new output folder and no cache), an article
 * keeps its address when its headline is corrected and when the site's time zone changes, and an address given up for
 * a new {@code slug:} still answers when it is listed under {@code aliases:}.
 */
class ArticleAddressesTest {

    @TempDir
    Path site;
    @TempDir
    Path outputs;

    @Test
    void anAddressSurvivesACorrectedHeadlineANewTimeZoneAndANewSlugListedAsAnAlias() throws Exception {
        PathUtils.copyDirectory(FixtureSites.config("newsroom").getParent(), site);
        edit("site-config.yml", "timeZone: Europe/London", "timeZone: UTC");
        Path first = buildClean("first");
        FeedSubscriptions reader = new FeedSubscriptions();
        reader.fetch(first);
        Map<String, String> addresses = articleHeadlines(first);
        assertEquals(8, addresses.size(), "every published article of the newsroom: " + addresses.keySet());
        assertEquals("Chip makers race to 2 nm", addresses.get("articles/02-chips/"), "the address is the file's name");

        edit("seeds/02-chips.md", "title: \"Chip makers race to 2 nm\"", "title: \"Chip makers race to 1 nm\"");
        Path retitled = buildClean("retitled");
        reader.fetch(retitled);
        Map<String, String> afterRetitle = articleHeadlines(retitled);
        assertEquals(addresses.keySet(), afterRetitle.keySet(), "no article moved");
        assertEquals("Chip makers race to 1 nm", afterRetitle.get("articles/02-chips/"));
        SiteFiles.read(retitled).forEach((path, bytes) -> assertFalse(
                new String(bytes, StandardCharsets.UTF_8).contains("race to 2 nm"), path + " still has the old headline"));

        edit("site-config.yml", "timeZone: UTC", "timeZone: Pacific/Kiritimati");
        Path kiritimati = buildClean("kiritimati");
        reader.fetch(kiritimati);
        assertEquals(afterRetitle, articleHeadlines(kiritimati), "every address of the first build answers, with the same article");
        // published 2024-03-05T17:45Z: the 5th in UTC, the 6th at UTC+14
        String dayInUtc = page(retitled, "articles/05-cpp/").selectFirst("a.day").attr("href");
        String dayInKiritimati = page(kiritimati, "articles/05-cpp/").selectFirst("a.day").attr("href");
        assertEquals("/news-digest/articles/2024/03/05/", dayInUtc);
        assertEquals("/news-digest/articles/2024/03/06/", dayInKiritimati, "its date is in the new zone, and links that day's archive");
        assertTrue(Files.isRegularFile(kiritimati.resolve(dayInKiritimati.substring("/news-digest/".length()) + "index.html")));

        edit("seeds/02-chips.md", "title: \"Chip makers race to 1 nm\"",
                "title: \"Chip makers race to 1 nm\"\nslug: new-name\naliases:\n  - /articles/02-chips/");
        Path renamed = buildClean("renamed");
        reader.fetch(renamed);
        assertEquals("Chip makers race to 1 nm", articleHeadlines(renamed).get("articles/new-name/"));
        assertEquals("""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <title>Moved: Chip makers race to 1 nm</title>
                <link rel="canonical" href="https://example.github.io/news-digest/articles/new-name/">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url=/news-digest/articles/new-name/">
                <link rel="icon" href="/news-digest/static/icon.svg" type="image/svg+xml">
                </head>
                <body>
                <p>This article has moved to <a href="/news-digest/articles/new-name/"><bdi>Chip makers race to 1 nm</bdi></a></p>
                </body>
                </html>
                """, Files.readString(renamed.resolve("articles/02-chips/index.html")), "the old address sends the reader on");

        // A reader subscribed to these feeds all along read each of the four builds: no feed ever showed an item twice,
        // and the story's topic and provider feeds show it once, with the last headline and the last address.
        for (String feed : FeedSubscriptions.FEEDS) {
            assertEquals(reader.itemsPerRead(feed), reader.items(feed).size(),
                    feed + ": every read held the same items, so a reader that keeps items by id has no duplicate");
        }
        for (String feed : List.of("topics/semiconductors/feed.xml", "providers/tech-wire/feed.xml")) {
            List<JsonNode> chips = reader.items(feed).values().stream()
                    .filter(item -> item.get("link").asText().contains("/articles/02-chips/")
                            || item.get("link").asText().contains("/articles/new-name/"))
                    .toList();
            assertEquals(1, chips.size(), feed + " shows the story once: " + reader.items(feed).keySet());
            assertEquals("Chip makers race to 1 nm", chips.get(0).get("title").asText(), feed);
            assertEquals("https://example.github.io/news-digest/articles/new-name/", chips.get(0).get("link").asText(), feed);
        }
    }

    /**
     * What a feed reader subscribed to the site's RSS and Atom feeds and the story's topic and provider feeds keeps: each
     * item by its id, as feedparser reads it, the latest version winning.
     */
    private static final class FeedSubscriptions {
        static final List<String> FEEDS = List.of("feed.xml", "atom.xml", "topics/semiconductors/feed.xml",
                "providers/tech-wire/feed.xml");
        private final Map<String, Map<String, JsonNode>> itemsById = new LinkedHashMap<>();
        private final Map<String, Integer> itemsPerRead = new LinkedHashMap<>();

        void fetch(Path output) {
            List<JsonNode> feeds = FeedParser.read(FEEDS.stream().map(output::resolve).toList());
            for (int i = 0; i < FEEDS.size(); i++) {
                JsonNode feed = feeds.get(i);
                assertFalse(feed.get("bozo").asBoolean(), FEEDS.get(i) + ": " + feed.get("bozo_exception"));
                Map<String, JsonNode> kept = itemsById.computeIfAbsent(FEEDS.get(i), f -> new LinkedHashMap<>());
                feed.get("entries").forEach(entry -> kept.put(entry.get("id").asText(), entry));
                Integer before = itemsPerRead.put(FEEDS.get(i), feed.get("entries").size());
                assertTrue(before == null || before == feed.get("entries").size(), FEEDS.get(i) + " changed size");
            }
        }

        Map<String, JsonNode> items(String feed) {
            return itemsById.get(feed);
        }

        int itemsPerRead(String feed) {
            return itemsPerRead.get(feed);
        }
    }

    /** Builds the site as CI does: into a new folder, with no cache beside it; the link check must pass. */
    private Path buildClean(String name) throws Exception {
        Path output = outputs.resolve(name).resolve("output");
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"),
                new ConfigOverrides(Optional.of(output), Optional.empty()));
        BuildResult result = new SiteBuilder(config, site, TestClock.FIXED, BuildProgress.SILENT,
                IncrementalState.onDisk(output).startingEmpty()).build();
        assertTrue(result.published(), () -> result.problems() + " " + result.brokenLinks());
        assertEquals(List.of(), result.brokenLinks());
        return output;
    }

    /** Every article page of the output (a page with an {@code <article>} and no date archive), by address. */
    private static Map<String, String> articleHeadlines(Path output) throws IOException {
        Map<String, String> headlines = new TreeMap<>();
        for (String path : SiteFiles.read(output).keySet()) {
            if (SiteFiles.isArticlePage(path)) {
                String address = path.substring(0, path.length() - "index.html".length());
                Document page = page(output, address);
                if (page.selectFirst("meta[http-equiv=refresh]") == null) {
                    headlines.put(address, page.selectFirst("h1").text());
                }
            }
        }
        return headlines;
    }

    private static Document page(Path output, String address) throws IOException {
        return Jsoup.parse(output.resolve(address + "index.html").toFile(), "UTF-8");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
