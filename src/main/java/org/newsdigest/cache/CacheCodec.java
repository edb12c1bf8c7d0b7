package org.newsdigest.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdigest.check.PageLinks;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Severity;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.model.Article;
import org.newsdigest.model.Image;
import org.newsdigest.model.Provider;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.Topic;
import org.newsdigest.parse.ParsedFile;

/**
 * The binary form of the cache files. Written and read field by field rather than by Java serialization: it is
 * several times faster on 50,000 articles, and a changed record fails loudly here instead of silently in a stream.
 */
final class CacheCodec {

    private CacheCodec() {
    }

    static void writeParsedFiles(ParsedFiles files, DataOutputStream out) throws IOException {
        out.writeInt(files.entries().size());
        for (Map.Entry<Path, ParsedFiles.Entry> entry : files.entries().entrySet()) {
            writeString(out, entry.getKey().toString());
            out.writeInt(entry.getValue().hash().length);
            out.write(entry.getValue().hash());
            out.writeLong(entry.getValue().stamp().size());
            out.writeLong(entry.getValue().stamp().modifiedNanos());
            writeParsedFile(out, entry.getValue().parsed());
        }
    }

    static ParsedFiles readParsedFiles(DataInputStream in) throws IOException {
        ParsedFiles files = ParsedFiles.empty();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            Path file = Path.of(readString(in));
            byte[] hash = in.readNBytes(in.readInt());
            ParsedFiles.FileStamp stamp = new ParsedFiles.FileStamp(in.readLong(), in.readLong());
            files.put(file, hash, stamp, readParsedFile(in));
        }
        return files;
    }

    static void writeManifest(OutputManifest manifest, DataOutputStream out) throws IOException {
        List<String> paths = manifest.fingerprints().keySet().stream().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        out.writeInt(paths.size());
        for (String path : paths) {
            index.put(path, index.size());
            writeString(out, path);
            out.writeLong(manifest.fingerprints().get(path));
        }
        out.writeInt(manifest.links().size());
        for (Map.Entry<String, PageLinks> page : manifest.links().entrySet()) {
            out.writeInt(index.get(page.getKey()));
            writeIndexes(out, page.getValue().targets(), index);
            writeIndexes(out, page.getValue().fragmentTargets(), index);
        }
    }

    static OutputManifest readManifest(DataInputStream in) throws IOException {
        int count = in.readInt();
        String[] paths = new String[count];
        Map<String, Long> fingerprints = new HashMap<>();
        for (int i = 0; i < count; i++) {
            paths[i] = readString(in);
            fingerprints.put(paths[i], in.readLong());
        }
        int pages = in.readInt();
        Map<String, PageLinks> links = new HashMap<>();
        for (int i = 0; i < pages; i++) {
            String page = paths[in.readInt()];
            links.put(page, new PageLinks(readIndexes(in, paths), readIndexes(in, paths)));
        }
        return new OutputManifest(fingerprints, links);
    }

    private static void writeIndexes(DataOutputStream out, Set<String> files, Map<String, Integer> index) throws IOException {
        out.writeInt(files.size());
        for (String file : files) {
            out.writeInt(index.get(file));
        }
    }

    private static Set<String> readIndexes(DataInputStream in, String[] paths) throws IOException {
        int count = in.readInt();
        String[] files = new String[count];
        for (int i = 0; i < count; i++) {
            files[i] = paths[in.readInt()];
        }
        return Set.of(files);
    }

    private static void writeParsedFile(DataOutputStream out, ParsedFile parsed) throws IOException {
        out.writeInt(parsed.problems().size());
        for (Problem problem : parsed.problems()) {
            writeString(out, problem.position().file().toString());
            out.writeInt(problem.position().line());
            out.writeInt(problem.position().column());
            writeString(out, problem.severity().name());
            writeString(out, problem.message());
        }
        out.writeBoolean(parsed.article().isPresent());
        if (parsed.article().isPresent()) {
            writeArticle(out, parsed.article().get());
        }
    }

    private static ParsedFile readParsedFile(DataInputStream in) throws IOException {
        List<Problem> problems = readList(in, () -> new Problem(
                new SourcePosition(Path.of(readString(in)), in.readInt(), in.readInt()),
                Severity.valueOf(readString(in)), readString(in)));
        Optional<Article> article = in.readBoolean() ? Optional.of(readArticle(in)) : Optional.empty();
        return new ParsedFile(article, problems);
    }

    private static void writeArticle(DataOutputStream out, Article a) throws IOException {
        writeString(out, a.source().toString());
        writeString(out, a.slug());
        writeString(out, a.title());
        writeString(out, a.excerpt());
        writeInstant(out, a.publishedAt());
        writeUri(out, a.originalUrl());
        writeUri(out, a.webUrl());
        writeUri(out, a.ampWebUrl());
        writeUri(out, a.cdnAmpWebUrl());
        writeString(out, a.type());
        writeString(out, a.category());
        out.writeInt(a.quality());
        out.writeInt(a.heat());
        out.writeBoolean(a.published());
        writeProvider(out, a.provider());
        out.writeInt(a.topics().size());
        for (Topic topic : a.topics()) {
            writeString(out, topic.name());
            writeString(out, topic.slug());
        }
        writeImages(out, a.images());
        out.writeInt(a.related().size());
        for (RelatedItem item : a.related()) {
            writeString(out, item.title());
            writeString(out, item.excerpt());
            out.writeBoolean(item.publishedAt().isPresent());
            if (item.publishedAt().isPresent()) {
                writeInstant(out, item.publishedAt().get());
            }
            writeUri(out, item.webUrl());
            writeUri(out, item.ampWebUrl());
            writeUri(out, item.cdnAmpWebUrl());
            writeString(out, item.type());
            out.writeInt(item.quality());
            out.writeBoolean(item.provider().isPresent());
            if (item.provider().isPresent()) {
                writeProvider(out, item.provider().get());
            }
            writeImages(out, item.images());
        }
        writeString(out, a.bodyHtml());
    }

    private static Article readArticle(DataInputStream in) throws IOException {
        Path source = Path.of(readString(in));
        String slug = readString(in);
        String title = readString(in);
        String excerpt = readString(in);
        Instant publishedAt = readInstant(in);
        Optional<URI> originalUrl = readUri(in);
        Optional<URI> webUrl = readUri(in);
        Optional<URI> ampWebUrl = readUri(in);
        Optional<URI> cdnAmpWebUrl = readUri(in);
        String type = readString(in);
        String category = readString(in);
        int quality = in.readInt();
        int heat = in.readInt();
        boolean published = in.readBoolean();
        Provider provider = readProvider(in);
        List<Topic> topics = readList(in, () -> new Topic(readString(in), readString(in)));
        List<Image> images = readImages(in);
        List<RelatedItem> related = readList(in, () -> new RelatedItem(readString(in), readString(in),
                in.readBoolean() ? Optional.of(readInstant(in)) : Optional.empty(), readUri(in), readUri(in), readUri(in),
                readString(in), in.readInt(), in.readBoolean() ? Optional.of(readProvider(in)) : Optional.empty(),
                readImages(in)));
        return new Article(source, slug, title, excerpt, publishedAt, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl,
                type, category, quality, heat, published, provider, topics, images, related, readString(in));
    }

    private static void writeProvider(DataOutputStream out, Provider provider) throws IOException {
        writeString(out, provider.name());
        writeString(out, provider.domain());
        writeString(out, provider.slug());
    }

    private static Provider readProvider(DataInputStream in) throws IOException {
        return new Provider(readString(in), readString(in), readString(in));
    }

    private static void writeImages(DataOutputStream out, List<Image> images) throws IOException {
        out.writeInt(images.size());
        for (Image image : images) {
            writeString(out, image.url().toString());
            out.writeInt(image.width());
            out.writeInt(image.height());
            out.writeBoolean(image.isCached());
        }
    }

    private static List<Image> readImages(DataInputStream in) throws IOException {
        return readList(in, () -> new Image(URI.create(readString(in)), in.readInt(), in.readInt(), in.readBoolean()));
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeUri(DataOutputStream out, Optional<URI> uri) throws IOException {
        out.writeBoolean(uri.isPresent());
        if (uri.isPresent()) {
            writeString(out, uri.get().toString());
        }
    }

    private static Optional<URI> readUri(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(URI.create(readString(in))) : Optional.empty();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    /** Reads a count, then that many items. */
    private static <T> List<T> readList(DataInputStream in, Reader<T> item) throws IOException {
        int count = in.readInt();
        List<T> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item.read());
        }
        return items;
    }

    private interface Reader<T> {
        T read() throws IOException;
    }
}
