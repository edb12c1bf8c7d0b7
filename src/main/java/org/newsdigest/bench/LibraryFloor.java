package org.newsdigest.bench;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What the libraries a build must use cost on their own, on the same content: snakeyaml composing every front
 * matter, flexmark rendering every body, jsoup parsing every page of a built site, and the file system taking the
 * site's bytes. Each runs once, cold, on all cores, in one new JVM, as in a build. No build can be faster than the
 * sum, so it is the floor the benchmark's targets are measured against. Run by {@code bench/run}:
 * {@code java -cp news-digest.jar org.newsdigest.bench.LibraryFloor SEEDS_DIR BUILT_SITE_DIR COPY_DIR}; the copy is
 * left for the caller to delete (deleting it here would slow the next file system step of the benchmark).
 */
public final class LibraryFloor {

    private double stepSeconds;

    public static void main(String[] args) throws IOException {
        new LibraryFloor().run(args);
    }

    private void run(String[] args) throws IOException {
        double jvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        System.out.printf(Locale.ROOT, "%-45s %6.2f s%n", "JVM start", jvmStart);
        Path seeds = Path.of(args[0]);
        Path site = Path.of(args[1]);
        Path copy = Path.of(args[2]);
        List<Path> articles = filesIn(seeds, ".txt");
        List<Path> siteFiles = filesIn(site, "");
        List<String[]> parts = time("read and split the articles", () -> articles.parallelStream().map(LibraryFloor::split).toList());
        Resolver resolver = new Resolver();
        time("snakeyaml: compose every front matter", () -> sum(parts, p -> nodes(compose(p[0], resolver))));
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true);
        Parser markdown = Parser.builder(options).build();
        HtmlRenderer html = HtmlRenderer.builder(options).build();
        time("flexmark: render every body", () -> sum(parts, p -> html.render(markdown.parse(p[1])).length()));
        List<Path> pages = siteFiles.stream().filter(p -> p.toString().endsWith(".html")).toList();
        time("jsoup: read and parse every page", () -> sum(pages, p -> Jsoup.parse(read(p)).getAllElements().size()));
        List<byte[]> bytes = siteFiles.parallelStream().map(LibraryFloor::bytes).toList();
        if (Files.exists(copy)) {
            throw new IllegalArgumentException(copy + " exists: give a folder to write the copy into that does not");
        }
        time("file system: write the site's " + siteFiles.size() + " files", () -> {
            IntStream.range(0, siteFiles.size()).parallel()
                    .forEach(i -> write(copy.resolve(site.relativize(siteFiles.get(i))), bytes.get(i)));
            return (long) siteFiles.size();
        });
        System.out.printf(Locale.ROOT, "%-45s %6.2f s%n", "sum", jvmStart + stepSeconds);
    }

    private <T> T time(String step, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        double seconds = elapsed(started);
        stepSeconds += seconds;
        System.out.printf(Locale.ROOT, "%-45s %6.2f s%n", step, seconds);
        return result;
    }

    private static <T> long sum(List<T> items, ToLongFunction<T> work) {
        return items.parallelStream().mapToLong(work).sum();
    }

    private static Node compose(String yaml, Resolver resolver) {
        LoaderOptions options = new LoaderOptions();
        return new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), resolver, options).getSingleNode();
    }

    private static long nodes(Node node) {
        return node == null ? 0 : 1;
    }

    /** {front matter, body}: the text between the first two {@code ---} lines, and what follows. */
    private static String[] split(Path file) {
        String text = read(file);
        int open = text.indexOf('\n') + 1;
        int close = text.indexOf("\n---", open);
        int bodyStart = close < 0 ? text.length() : Math.min(text.length(), text.indexOf('\n', close + 1) + 1);
        return new String[] {text.substring(open, Math.max(open, close + 1)), bodyStart <= 0 ? "" : text.substring(bodyStart)};
    }

    private static List<Path> filesIn(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
