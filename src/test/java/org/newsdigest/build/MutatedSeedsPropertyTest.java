package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.config.SiteConfigLoader;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.model.Article;
import org.newsdigest.parse.ArticleParser;
import org.newsdigest.parse.MarkdownRenderer;
import org.newsdigest.testing.SiteFiles;
import org.newsdigest.testing.TestClock;
import org.newsdigest.testing.XmlFiles;
import org.w3c.dom.NodeList;

/**
 * Mutates the repository's seed files at random (drops, duplicates and corrupts lines, swaps values for other
 * types, inserts hostile strings into values and bodies) and builds them, {@value #FILES_PER_BATCH} mutated files
 * to a site, {@value #BATCHES} sites: {@value #BATCHES} x {@value #FILES_PER_BATCH} = 2,250 files. Every build must:
 * throw nothing; account for every file (published + unpublished + invalid = files read = files written to the
 * content folder); publish; pass its own link check; never show a file that is not published (each file's title
 * carries a unique token, which must not appear in any output file unless the file is published, even though a third
 * of the files list another file's headline or address, spelt another way, among their related coverage); never show a
 * {@code secured} value; never let a hostile payload out unescaped (no script-capable element or attribute in any
 * HTML page, no markup in an RSS description once the reader decodes it); and write XML that parses.
 *
 * <p>Each batch has its own {@link Random} from {@link #SEED} and its number, so a failing batch can be rerun
 * alone; {@code -DmutatedSeeds.seed=N} explores other seeds.
 */
class MutatedSeedsPropertyTest {

    static final long SEED = Long.getLong("mutatedSeeds.seed", 20210729L);
    static final int BATCHES = 50;
    static final int FILES_PER_BATCH = 45;

    /** Strings an attacker would put in a field, a body or a URL. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg/onload=alert(1)>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "]]><evil/><![CDATA[",
            "</title><script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#x3C;script&#x3E;",
            "${7*7} <#stop \"boom\"> [#assign x=1]",
            "{{7*7}} {%raw%}",
            "\u0001\u0008\u000B\u001F\u007F\u0085\uFFFE\uFFFF\uFDD0",
            "\u2028\u2029",
            "\" onmouseover=\"alert(1)",
            "<!-- --> <![endif]-->",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">");

    /** Values of other types, or other shapes, for a field. */
    static final List<String> VALUES = List.of(
            "42", "-1", "3.14", "1e400", "99999999999999999999", "0x1F", "true", "false", "yes", "no", "on", "~", "null", "",
            "\"\"", "\"   \"", "[]", "{}", "[a, b]", "{a: 1}", "{name: X}", "- nested", "2021-13-45", "2021-07-29",
            "2021-07-29T11:09:00", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "1970-01-01T00:00:00+14:00", "&anchor value", "*alias", "!!str 12", "!!binary AAAA",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]",
            "!custom x", "|", ">", "\"unclosed", "'single'", "\"https://example.com/ok path/é\"", "\"//evil.example/\"",
            "\"https:evil.example\"", "\"http://\"", "\"https://[::1]/\"", "\"ftp://example.com/\"");

    static final List<String> BODIES = List.of(
            "\n<script>alert('body')</script>\n\n<div onclick=\"alert(1)\">click</div>\n",
            "\n[a](javascript:alert(1)) [b]( JAVASCRIPT:alert(2)) ![c](data:image/svg+xml;base64,PHN2Zz4=)\n",
            "\n<iframe src=\"https://evil.example/\"></iframe> <img src=x onerror=alert(3)>\n",
            "\n[ref]: javascript:alert(4)\n\n[ref] and <javascript:alert(5)> and <https://example.com/ok>\n",
            "\n| a | b |\n|---|---|\n| <script> | [x](vbscript:y) |\n",
            "\n# Heading\n\n```html\n<script>alert(6)</script>\n```\n");

    private static final Pattern SECURED = Pattern.compile("(?m)^secured: \"([^\"]+)\"$");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?[A-Za-z]+:) ?(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*- )(.+)$");

    @TempDir
    static Path temp;

    record Seed(String name, String text, String secured) {
    }

    /** One file written to a batch, with the token its title carries. */
    record Mutated(Path file, String token, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> noMutationBreaksTheSiteLeaksOrShowsAnUnpublishedStory() {
        List<Seed> seeds = seeds();
        assertEquals(5, seeds.size());
        assertTrue(BATCHES * FILES_PER_BATCH >= 2_000, "the issue asks for at least 2,000 cases");
        return IntStream.range(0, BATCHES).mapToObj(batch -> DynamicTest.dynamicTest(
                "batch " + batch + " of " + FILES_PER_BATCH + " files (seed " + SEED + ")", () -> runBatch(batch, seeds)));
    }

    private static void runBatch(int batch, List<Seed> seeds) throws Exception {
        Random random = new Random(SEED * 1_000_003L + batch);
        Path site = temp.resolve("batch-" + batch);
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("site-config.yml"), """
                title: Mutated seeds
                baseUrl: https://example.github.io/news-digest/
                pageSize: 7
                feed:
                  items: 20
                """);
        List<Mutated> files = new ArrayList<>();
        for (int i = 0; i < FILES_PER_BATCH; i++) {
            // random letters, so that a mutation of one file's token cannot turn it into another's
            String token = "tok" + random.ints(10, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append) + "end";
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] bytes = mutate(seed.text(), token, random);
            Path file = site.resolve("seeds").resolve(String.format(Locale.ROOT, "%02d_%s", i, seed.name()));
            Files.write(file, bytes);
            files.add(new Mutated(file, token, bytes));
        }
        listOthersAsRelated(files, random);

        try {
            check(batch, site, files, seeds);
        } catch (AssertionError e) {
            // keep the failing site for a look: the files, the output and a note of what failed
            Path kept = Path.of("target", "mutated-seeds-failures", "batch-" + batch).toAbsolutePath();
            if (Files.exists(kept)) {
                PathUtils.deleteDirectory(kept);
            }
            Files.createDirectories(kept);
            PathUtils.copyDirectory(site, kept);
            throw new AssertionError(e.getMessage() + "\n(the site is kept in " + kept + ")", e);
        }
        PathUtils.deleteDirectory(site);
    }

    private static void check(int batch, Path site, List<Mutated> files, List<Seed> seeds) throws Exception {
        SiteConfig config = new SiteConfigLoader().load(site.resolve("site-config.yml"), ConfigOverrides.none());
        BuildResult built = build(batch, site, config);
        BuildSummary summary = built.summary();
        assertAll("batch " + batch,
                () -> assertEquals(FILES_PER_BATCH, summary.filesRead(), "files read"),
                () -> assertEquals(summary.filesRead(), summary.published() + summary.unpublished() + summary.invalid(),
                        "published + unpublished + invalid"),
                () -> assertEquals(List.of(), built.brokenLinks(), "broken links"),
                () -> assertTrue(built.published(), () -> "not published: " + built.problems()));

        Path output = site.resolve("output");
        Map<String, String> texts = new LinkedHashMap<>();
        SiteFiles.read(output).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        String everything = String.join("\n", texts.values()).toLowerCase(Locale.ROOT);
        long articlePages = texts.keySet().stream().filter(SiteFiles::isArticlePage).count();
        // a second copy of a story (same webUrl) has no page and is counted as unpublished
        assertEquals(summary.published(), articlePages, () -> "batch " + batch + ": " + articlePages + " article pages for "
                + summary.published() + " published files");

        checkNothingUnpublishedShows(batch, config, files, everything, texts);
        checkNoSecuredValueShows(batch, seeds, texts);
        for (Map.Entry<String, String> file : texts.entrySet()) {
            // the theme's own files (its icon is an SVG) are copied as they are; no article text reaches them
            if (!file.getKey().startsWith("static/")) {
                checkOutputFile(batch, output, file.getKey(), file.getValue());
            }
        }
    }

    /** Nothing may escape the build: a bug in our code would surface here with its stack trace. */
    private static BuildResult build(int batch, Path site, SiteConfig config) {
        try {
            return new SiteBuilder(config, site, TestClock.FIXED).build();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("batch " + batch + ": the build threw " + e, e);
        }
    }

    /** A file's token may appear in the site only when the file is published (valid, published: true, not in the future). */
    private static void checkNothingUnpublishedShows(int batch, SiteConfig config, List<Mutated> files, String everything,
            Map<String, String> texts) {
        SourceFileReader reader = new SourceFileReader(config.maxArticleBytes());
        ArticleParser parser = new ArticleParser(config.timeZone(), Integer.MAX_VALUE, config.limits(), new MarkdownRenderer());
        for (Mutated file : files) {
            Optional<Article> article = reader.read(file.file(), new Problems()).flatMap(t -> parser.parse(t, new Problems()));
            boolean published = article.isPresent() && article.get().published()
                    && !article.get().publishedAt().isAfter(TestClock.FIXED.instant());
            if (!published && everything.contains(file.token().toLowerCase(Locale.ROOT))) {
                fail("batch " + batch + ": " + file.file().getFileName() + " is not published ("
                        + article.map(a -> "published: " + a.published() + ", dated " + a.publishedAt()).orElse("invalid")
                        + ") but its title shows in " + texts.entrySet().stream()
                                .filter(t -> t.getValue().toLowerCase(Locale.ROOT).contains(file.token().toLowerCase(Locale.ROOT)))
                                .map(Map.Entry::getKey).toList() + ":\n" + file.text());
            }
        }
    }

    /** Any 16-character piece of a secured value in any output file would be a leak. */
    private static void checkNoSecuredValueShows(int batch, List<Seed> seeds, Map<String, String> texts) {
        for (Seed seed : seeds) {
            for (int i = 0; i + 16 <= seed.secured().length(); i += 16) {
                String piece = seed.secured().substring(i, i + 16);
                for (Map.Entry<String, String> file : texts.entrySet()) {
                    if (file.getValue().contains(piece)) {
                        fail("batch " + batch + ": " + file.getKey() + " holds a piece of " + seed.name() + "'s secured value");
                    }
                }
            }
        }
    }

    /** The theme's own script and search form: the only script and form a page may hold, in the site's folder. */
    private static final Pattern THEME_SCRIPT = Pattern.compile("<script src=\"/[^\"<>]*/static/search\\.js\" defer></script>");
    private static final String THEME_SCRIPT_ELEMENT = "script[src$=/static/search.js]";
    private static final String THEME_SEARCH_FORM = "header form#search[role=search]";

    private static void checkOutputFile(int batch, Path output, String path, String text) throws Exception {
        String where = "batch " + batch + ": " + path;
        String lower = THEME_SCRIPT.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        for (String raw : List.of("<script", "<img src=x", "<svg", "<iframe", "<evil", "<base ")) {
            assertFalse(lower.contains(raw), () -> where + " holds '" + raw + "' unescaped");
        }
        if (path.endsWith(".html")) {
            checkHtml(where, Jsoup.parse(text));
        } else if (path.endsWith(".xml")) {
            org.w3c.dom.Document xml;
            try {
                xml = XmlFiles.parse(output.resolve(path));
            } catch (Exception e) {
                throw new AssertionError(where + " is not well-formed XML: " + e.getMessage(), e);
            }
            for (String element : List.of("script", "img", "iframe", "evil", "svg")) {
                assertEquals(0, xml.getElementsByTagNameNS("*", element).getLength(), () -> where + " has a <" + element + "> element");
            }
            // a reader shows an RSS item's description as HTML: once decoded from XML it must be text with no markup. The
            // channel's description, like every title, is text (the W3C validator's rule), so markup-like names stay as text
            NodeList descriptions = xml.getElementsByTagName("description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                if (!descriptions.item(i).getParentNode().getNodeName().equals("item")) {
                    continue;
                }
                Document html = Jsoup.parseBodyFragment(descriptions.item(i).getTextContent());
                assertEquals(List.of(), html.body().children().stream().map(Element::tagName).toList(),
                        () -> where + ": a description holds markup");
            }
        } else if (path.endsWith(".json")) {
            new ObjectMapper().readTree(text);
        }
    }

    private static void checkHtml(String where, Document page) {
        String scriptCapable = "script:not(" + THEME_SCRIPT_ELEMENT + "), iframe, object, embed, svg, math, form:not(" + THEME_SEARCH_FORM
                + "), base, meta[http-equiv], evil";
        assertTrue(page.select(scriptCapable).isEmpty(), () -> where + " has a script-capable element: " + page.select(scriptCapable));
        assertTrue(page.select(THEME_SCRIPT_ELEMENT).stream().allMatch(script -> script.data().isEmpty()),
                () -> where + " has code inside the theme's script element");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> where + " has an event handler: " + element.outerHtml());
                if (name.equals("href") || name.equals("src") || name.equals("action") || isUrlContent(element, name)) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                    for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
                        assertFalse(value.startsWith(scheme), () -> where + " links to " + scheme + ": " + element.outerHtml());
                    }
                }
            }
        }
    }

    /** {@code <meta property="og:image" content="...">} and the like hold a URL; other meta content is text. */
    private static boolean isUrlContent(Element element, String attribute) {
        String kind = (element.attr("property") + element.attr("name")).toLowerCase(Locale.ROOT);
        return attribute.equals("content") && element.tagName().equals("meta") && (kind.endsWith(":url") || kind.endsWith(":image"));
    }

    // ---- mutation ----

    /** The seed with a token in its title, most often published, then 1 to 4 random mutations. */
    static byte[] mutate(String seed, String token, Random random) {
        String text = seed.replaceFirst("(?m)^title: \"(.*)\"$", "title: \"$1 " + token + "\"");
        if (random.nextInt(10) < 7) {
            text = text.replace("published: false", "published: true");
        }
        if (random.nextInt(10) < 8) {
            // most copies get their own address, so that the same-story rule does not hide them all
            text = text.replaceFirst("(?m)^webUrl: \"(.*)\"$", "webUrl: \"$1?copy=" + token + "\"");
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int mutations = 1 + random.nextInt(3);
        String body = "";
        boolean crlf = false;
        boolean bom = false;
        byte[] badBytes = null;
        for (int m = 0; m < mutations; m++) {
            int line = random.nextInt(lines.size());
            // weighted so that about half the files stay valid and reach the pages, where escaping matters
            int kind = random.nextInt(40);
            if (kind < 3) {
                lines.remove(line);
            } else if (kind < 5) {
                lines.add(line, lines.get(line));
            } else if (kind < 7) {
                // a copy elsewhere; never a fence, which would move the rest of the header into the body
                if (!lines.get(line).equals("---")) {
                    lines.add(random.nextInt(lines.size()), lines.get(line));
                }
            } else if (kind < 11) {
                lines.set(line, corrupt(lines.get(line), random));
            } else if (kind < 18) {
                lines.set(line, swapValue(lines.get(line), VALUES.get(random.nextInt(VALUES.size())), false));
            } else if (kind < 32) {
                int target = hostileTarget(lines, random);
                lines.set(target, swapValue(lines.get(target), hostile(lines.get(target), random), true));
            } else if (kind < 36) {
                body = BODIES.get(random.nextInt(BODIES.size())) + PAYLOADS.get(random.nextInt(PAYLOADS.size())) + "\n";
            } else if (kind < 39) {
                switch (random.nextInt(4)) {
                    case 0 -> crlf = true;
                    case 1 -> bom = true;
                    case 2 -> lines.set(line, lines.get(line).replaceFirst("^ {2}", "\t"));
                    default -> badBytes = new byte[] {(byte) 0xC3, (byte) (0x28 + random.nextInt(8))};
                }
            } else {
                // cut the file short
                lines = new ArrayList<>(lines.subList(0, Math.max(1, line)));
            }
        }
        String joined = String.join("\n", lines) + body;
        if (crlf) {
            joined = joined.replace("\n", "\r\n");
        }
        byte[] bytes = ((bom ? "\uFEFF" : "") + joined).getBytes(StandardCharsets.UTF_8);
        if (badBytes != null) {
            int at = random.nextInt(bytes.length + 1);
            byte[] spliced = new byte[bytes.length + badBytes.length];
            System.arraycopy(bytes, 0, spliced, 0, at);
            System.arraycopy(badBytes, 0, spliced, at, badBytes.length);
            System.arraycopy(bytes, at, spliced, at + badBytes.length, bytes.length - at);
            bytes = spliced;
        }
        return bytes;
    }

    private static final Pattern TITLE_LINE = Pattern.compile("(?m)^title: \"(.*)\"$");
    private static final Pattern WEB_URL_LINE = Pattern.compile("(?m)^webUrl: \"(https://[^\"\\s\\\\]+)\"$");
    private static final Pattern RELATED_TITLE_LINE = Pattern.compile("(?m)^([ \\t]+- title: ).*$");
    private static final Pattern FENCE = Pattern.compile("(?m)^---[ \\t]*$");

    /**
     * Gives a third of the files another file's story as a new first related entry, so that a story which is not
     * published can be in another file's related list (and must go no further): its headline, spelt another way (the
     * token in capitals, a no-break space before it, a zero-width space inside it), or a headline of its own with the
     * other story's address spelt another way (http, an upper-case host, port 443, a final slash). The other file's
     * headline and address are taken from its header only (up to its second {@code ---} line), as the build reads them.
     */
    static void listOthersAsRelated(List<Mutated> files, Random random) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            Mutated file = files.get(i);
            Mutated other = files.get(random.nextInt(files.size()));
            if (random.nextInt(3) != 0 || other == file || !isUtf8(file.bytes()) || !isUtf8(other.bytes())) {
                continue;
            }
            String text = file.text();
            String header = header(other.text());
            Matcher related = RELATED_TITLE_LINE.matcher(text);
            if (!related.find()) {
                continue;
            }
            Matcher title = TITLE_LINE.matcher(header);
            Matcher webUrl = WEB_URL_LINE.matcher(header);
            String item = related.group(1);
            String fieldIndent = item.replace("- title: ", "  ");
            String entry;
            if (random.nextBoolean() && title.find()) {
                entry = item + "\"" + respelt(title.group(1), other.token(), random) + "\"\n";
            } else if (webUrl.find() && webUrl.group(1).contains(other.token())) {
                entry = item + "\"Also reported\"\n" + fieldIndent + "webUrl: \"" + respeltAddress(webUrl.group(1), random) + "\"\n";
            } else {
                continue;
            }
            // a new first entry, so that the file's own entries stay as they were
            text = text.substring(0, related.start()) + entry + text.substring(related.start());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file.file(), bytes);
            files.set(i, new Mutated(file.file(), file.token(), bytes));
        }
    }

    private static String header(String text) {
        Matcher fence = FENCE.matcher(text);
        return fence.find() && fence.find() ? text.substring(0, fence.start()) : text;
    }

    private static String respelt(String title, String token, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> title.replace(token, token.toUpperCase(Locale.ROOT));
            case 1 -> title.replace(" " + token, "\u00A0" + token);
            default -> title.replace(token, token.substring(0, 3) + "\u200B" + token.substring(3));
        };
    }

    private static String respeltAddress(String url, Random random) {
        Matcher parts = Pattern.compile("^https://([^/?#]+)(.*)$").matcher(url);
        if (!parts.matches()) {
            return url;
        }
        String host = random.nextBoolean() ? parts.group(1).toUpperCase(Locale.ROOT) : parts.group(1);
        String scheme = random.nextBoolean() ? "http://" + host : "https://" + host + ":443";
        String rest = parts.group(2);
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        String tail = query < 0 ? "" : rest.substring(query);
        return scheme + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/") + tail;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Most often a line whose text reaches a page (title, excerpt, names, topics, addresses); else any line. */
    private static int hostileTarget(List<String> lines, Random random) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*(- )?(title|excerpt|name|originalUrl|webUrl|url|domain):.*|\\s+- [^:]+")) {
                shown.add(i);
            }
        }
        return shown.isEmpty() || random.nextInt(5) == 0 ? random.nextInt(lines.size()) : shown.get(random.nextInt(shown.size()));
    }

    /** Inserts, deletes or replaces one character with one that means something to YAML, or any character. */
    static String corrupt(String line, Random random) {
        String special = ":\"'-#&*!|>%@`{}[],? \t\\\u0000\u0085\u00A0";
        char c = random.nextBoolean() ? special.charAt(random.nextInt(special.length())) : (char) (0x20 + random.nextInt(0x2FE0));
        if (Character.isSurrogate(c)) {
            c = '?';
        }
        int at = line.isEmpty() ? 0 : random.nextInt(line.length());
        return switch (random.nextInt(3)) {
            case 0 -> line.substring(0, at) + c + line.substring(at);
            case 1 -> line.isEmpty() ? line : line.substring(0, at) + line.substring(at + 1);
            default -> line.isEmpty() ? String.valueOf(c) : line.substring(0, at) + c + line.substring(at + 1);
        };
    }

    /** The original value with a payload before or after it. */
    static String hostile(String line, Random random) {
        String payload = PAYLOADS.get(random.nextInt(PAYLOADS.size()));
        String value = unquoted(line);
        return random.nextBoolean() ? payload + value : value + " " + payload;
    }

    /** Replaces the value of a {@code key: value} line or a {@code - item} line; other lines stay as they are. */
    static String swapValue(String line, String value, boolean quote) {
        String written = quote ? "\"" + yamlEscaped(value) + "\"" : value;
        Matcher keyValue = KEY_VALUE.matcher(line);
        if (keyValue.matches()) {
            return keyValue.group(1) + " " + written;
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches()) {
            return item.group(1) + written;
        }
        return line;
    }

    private static String unquoted(String line) {
        Matcher keyValue = KEY_VALUE.matcher(line);
        String value = keyValue.matches() ? keyValue.group(2) : line;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** Escapes text for a YAML double-quoted scalar, writing control characters as escapes. */
    static String yamlEscaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp >= 0xFFFE && cp <= 0xFFFF
                    || cp >= 0xFDD0 && cp <= 0xFDEF) {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static List<Seed> seeds() {
        try (Stream<Path> files = Files.list(SiteFiles.seeds())) {
            List<Seed> seeds = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher secured = SECURED.matcher(text);
                assertTrue(secured.find(), file + " has a secured value");
                seeds.add(new Seed(file.getFileName().toString(), text, secured.group(1)));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
