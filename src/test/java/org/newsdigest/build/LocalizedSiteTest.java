package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.testing.InlineSite;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;

/**
 * The seeds, all five published, built as a Ukrainian and as an Arabic site: no English word of the interface on any
 * kind of page (front page and its later pages, article, topics, topic, providers, provider, 404), counts in the
 * language's plural forms, dates in its long form, and {@code <html lang dir>}.
 */
class LocalizedSiteTest {

    @TempDir
    static Path root;
    static Path ukrainian;
    static Path arabic;
    static Path english;

    @BeforeAll
    static void build() throws Exception {
        Path seeds = root.resolve("seeds");
        Files.createDirectories(seeds);
        try (Stream<Path> files = Files.list(SiteFiles.seeds())) {
            for (Path seed : files.sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8).replace("published: false", "published: true");
                Files.writeString(seeds.resolve(seed.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        ukrainian = build("uk", "Дайджест");
        arabic = build("ar", "الموجز");
        english = build("en", "Digest");
    }

    private static Path build(String language, String title) throws Exception {
        Path site = root.resolve(language);
        InlineSite.write(site, """
                -- site-config.yml --
                title: %s
                baseUrl: https://example.github.io/news-digest/
                language: %s
                pageSize: 2
                content: %s
                """.formatted(title, language, root.resolve("seeds").toString().replace("\\", "/")));
        BuildResult result = new SiteBuilder(new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none()),
                site, TestClock.FIXED).build();
        assertTrue(result.published(), () -> "problems: " + result.problems() + " broken: " + result.brokenLinks());
        assertEquals(List.of(), result.problems());
        return site.resolve("output");
    }

    @Test
    void ukrainianPagesHaveNoEnglishInterfaceText() throws IOException {
        assertEquals(Map.of(), englishOnPages(ukrainian));
    }

    @Test
    void arabicPagesHaveNoEnglishInterfaceText() throws IOException {
        assertEquals(Map.of(), englishOnPages(arabic));
    }

    @Test
    void theCheckFindsTheEnglishInterfaceOfAnEnglishSite() throws IOException {
        Map<String, List<String>> found = englishOnPages(english);
        assertEquals(pages(english).size(), found.size());
        assertTrue(found.get("index.html").containsAll(List.of("Top stories", "Skip to content", "articles")),
                found::toString);
    }

    @Test
    void everyKindOfPageIsChecked() throws IOException {
        List<String> built = pages(arabic).stream().map(page -> arabic.relativize(page).toString().replace('\\', '/')).toList();
        assertTrue(built.containsAll(List.of("index.html", "page/2/index.html", SeedSiteTest.ARTICLE, "topics/index.html",
                "topics/ai/index.html", "topics/ai/page/2/index.html", "providers/index.html", "providers/technode/index.html",
                "articles/2021/index.html", "articles/2021/07/index.html", "articles/2021/07/29/index.html", "404.html")),
                built::toString);
    }

    @Test
    void theHtmlElementNamesTheLanguageAndItsDirection() throws IOException {
        for (Path page : pages(ukrainian)) {
            assertTrue(Files.readString(page).contains("<html lang=\"uk\">"), page::toString);
        }
        for (Path page : pages(arabic)) {
            assertTrue(Files.readString(page).contains("<html lang=\"ar\" dir=\"rtl\">"), page::toString);
        }
    }

    @Test
    void countsTakeTheLanguagesPluralForm() throws IOException {
        assertEquals(List.of("5 статей", "5 статей"), counts(ukrainian.resolve("topics/index.html")));
        assertEquals(List.of("1 стаття", "1 стаття", "1 стаття", "1 стаття", "1 стаття"), counts(ukrainian.resolve("providers/index.html")));
        assertEquals(List.of("5 مقالات", "5 مقالات"), counts(arabic.resolve("topics/index.html")));
        assertEquals(List.of("مقال واحد", "مقال واحد", "مقال واحد", "مقال واحد", "مقال واحد"), counts(arabic.resolve("providers/index.html")));
    }

    @Test
    void datesAreInTheLanguagesLongFormInPagesAndTheSearchIndex() throws IOException {
        String index = Files.readString(ukrainian.resolve("search-index.json"));
        assertTrue(index.contains("\"dateReadable\": \"29 липня 2021\u202fр.\""), index);
        Document article = Jsoup.parse(arabic.resolve(SeedSiteTest.ARTICLE).toFile());
        assertEquals("29 يوليو 2021", article.select(".story header time").text());
    }

    @Test
    void feedsDescribeTopicsInTheLanguage() throws IOException {
        String feed = Files.readString(ukrainian.resolve("topics/ai/feed.xml"));
        assertTrue(feed.contains("<description>Останні статті на тему «AI».</description>"), feed);
    }

    @Test
    void namesInsideSentencesAreIsolated() throws IOException {
        Document footer = Jsoup.parse(arabic.resolve("topics/ai/index.html").toFile());
        assertEquals("<bdi>AI</bdi>", footer.select(".site-footer a bdi").outerHtml());
    }

    private static List<String> counts(Path page) throws IOException {
        return Jsoup.parse(page.toFile()).select(".terms .count").eachText();
    }

    /** Every page's interface text (content removed) that holds an English word of the theme, by page. */
    private static Map<String, List<String>> englishOnPages(Path output) throws IOException {
        Map<String, Pattern> english = englishWords();
        Map<String, List<String>> found = new TreeMap<>();
        for (Path page : pages(output)) {
            String text = interfaceText(Jsoup.parse(page.toFile()));
            List<String> here = new ArrayList<>();
            english.forEach((words, pattern) -> {
                if (pattern.matcher(text).find()) {
                    here.add(words);
                }
            });
            if (!here.isEmpty()) {
                found.put(output.relativize(page).toString(), here);
            }
        }
        return found;
    }

    /** The words of every English message, without its arguments and plural syntax: "Also covered by", "more", … */
    private static Map<String, Pattern> englishWords() throws IOException {
        Map<String, Pattern> words = new TreeMap<>();
        try (var in = LocalizedSiteTest.class.getResourceAsStream("/org/newsdigest/i18n/en.properties")) {
            java.util.Properties english = new java.util.Properties();
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            for (String pattern : english.stringPropertyNames().stream().sorted().map(english::getProperty).toList()) {
                new MessageFormat(pattern, ULocale.ENGLISH); // only well-formed messages are taken apart
                String literal = pattern.replaceAll("\\{\\d+, plural,|\\b(one|other)\\{|\\{\\d+\\}|[{}#]", "|");
                for (String piece : literal.split("\\|")) {
                    String trimmed = piece.replaceAll("[^\\p{L} ]", " ").trim();
                    if (trimmed.length() > 1) {
                        words.put(trimmed, Pattern.compile("\\b" + Pattern.quote(trimmed) + "\\b"));
                    }
                }
            }
        }
        return words;
    }

    /**
     * The page's own words: its text, the labels and placeholders of its controls, and its title and description,
     * without what comes from the content (headlines, excerpts, bodies, provider and topic names, dates).
     */
    private static String interfaceText(Document page) {
        page.select(".card-title, .archive-entry > a, .excerpt, .lede, .body, .story h1, .provider, .card-image-none, bdi, time, .topics li a:not(.more-topics), "
                + ".terms a, .coverage li > a, .related li > a, .site-title, h1.visually-hidden")
                .remove();
        StringBuilder text = new StringBuilder(page.body().text());
        for (Element labelled : page.select("[aria-label], [placeholder]")) {
            text.append(' ').append(labelled.attr("aria-label")).append(' ').append(labelled.attr("placeholder"));
        }
        return text.toString();
    }

    private static List<Path> pages(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
