package org.newsdigest.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Severity;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.model.Alias;
import org.newsdigest.model.Article;
import org.newsdigest.model.Image;
import org.newsdigest.model.Provider;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.Topic;
import org.newsdigest.parse.ParsedFile;

/**
 * One parse result field by field. Web addresses go through {@link Uris}: the parse cache writes each distinct one
 * once, in a table, because parsing them again ({@link URI#create}) was the largest cost of reading the cache, and
 * an article's related list mostly names other articles' addresses.
 */
final class ArticleCodec {

    /** How web addresses are written: in place, or as numbers into a table written elsewhere. */
    interface Uris {
        void write(DataOutputStream out, URI uri) throws IOException;

        URI read(CacheInput in) throws IOException;
    }

    /** Each address spelt out where it is used. */
    static final Uris IN_PLACE = new Uris() {
        @Override
        public void write(DataOutputStream out, URI uri) throws IOException {
            writeString(out, uri.toString());
        }

        @Override
        public URI read(CacheInput in) throws IOException {
            return URI.create(in.readString());
        }
    };

    private final Uris uris;

    ArticleCodec(Uris uris) {
        this.uris = uris;
    }

    /**
     * Whether the article can appear on the site: a file that is valid and says {@code published: true}. Of any other,
     * the cache keeps no body, excerpt, related list or aliases; only its headline and addresses are ever used, to keep it out
     * of other articles' related lists ({@link org.newsdigest.model.Withheld}). Such articles were two fifths of a
     * large corpus, and decoding their bodies cost the rebuild collections of the whole heap.
     */
    static boolean isShown(ParsedFile parsed) {
        return !parsed.isInvalid() && parsed.article().get().published();
    }

    /** What the cache gives back for a parse result. */
    static ParsedFile asKept(ParsedFile parsed) {
        if (parsed.article().isEmpty() || isShown(parsed)) {
            return parsed;
        }
        Article a = parsed.article().get();
        return new ParsedFile(Optional.of(new Article(a.source(), a.slug(), a.title(), "", a.publishedAt(), a.originalUrl(),
                a.webUrl(), a.ampWebUrl(), a.cdnAmpWebUrl(), a.type(), a.category(), a.quality(), a.heat(), a.published(),
                a.provider(), a.topics(), a.images(), List.of(), List.of(), "", a.slugAt())), parsed.problems());
    }

    /** Every address a parse result holds, in the order {@link #writeParsedFile} writes them. */
    static void collectUris(ParsedFile parsed, List<URI> into) {
        if (parsed.article().isEmpty()) {
            return;
        }
        Article a = asKept(parsed).article().get();
        a.originalUrl().ifPresent(into::add);
        a.webUrl().ifPresent(into::add);
        a.ampWebUrl().ifPresent(into::add);
        a.cdnAmpWebUrl().ifPresent(into::add);
        a.images().forEach(image -> into.add(image.url()));
        for (RelatedItem item : a.related()) {
            item.webUrl().ifPresent(into::add);
            item.ampWebUrl().ifPresent(into::add);
            item.cdnAmpWebUrl().ifPresent(into::add);
            item.images().forEach(image -> into.add(image.url()));
        }
    }

    /**
     * @param file the file the result is for: where a problem's or the article's path is that file, an empty string
     *             stands for it, so a moved site's cache still names its files
     */
    void writeParsedFile(DataOutputStream out, Path file, ParsedFile parsed) throws IOException {
        out.writeInt(parsed.problems().size());
        for (Problem problem : parsed.problems()) {
            writePath(out, problem.position().file(), file);
            out.writeInt(problem.position().line());
            out.writeInt(problem.position().column());
            writeString(out, problem.severity().name());
            writeString(out, problem.message());
        }
        out.writeBoolean(parsed.article().isPresent());
        if (parsed.article().isPresent()) {
            writeArticle(out, asKept(parsed).article().get(), file);
        }
    }

    /** @param file the file the result is for: a problem placed in it (the usual case) shares its path */
    ParsedFile readParsedFile(CacheInput in, Path file) throws IOException {
        int count = in.readInt();
        List<Problem> problems = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            SourcePosition position = new SourcePosition(readPath(in, file),
                    in.readInt(), in.readInt());
            problems.add(new Problem(position, Severity.valueOf(in.readString()), in.readString()));
        }
        Optional<Article> article = in.readBoolean() ? Optional.of(readArticle(in, file)) : Optional.empty();
        return new ParsedFile(article, problems);
    }

    private static void writePath(DataOutputStream out, Path path, Path file) throws IOException {
        writeString(out, path.equals(file) ? "" : path.toString());
    }

    private static Path readPath(CacheInput in, Path file) throws IOException {
        String path = in.readString();
        return path.isEmpty() ? file : Path.of(path);
    }

    private void writeArticle(DataOutputStream out, Article a, Path file) throws IOException {
        writePath(out, a.source(), file);
        writeString(out, a.slug());
        out.writeInt(a.slugAt().line());
        out.writeInt(a.slugAt().column());
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
        out.writeInt(a.aliases().size());
        for (Alias alias : a.aliases()) {
            writeString(out, alias.path());
            out.writeInt(alias.at().line());
            out.writeInt(alias.at().column());
        }
        writeString(out, a.bodyHtml());
    }

    private Article readArticle(CacheInput in, Path file) throws IOException {
        Path source = readPath(in, file);
        String slug = in.readString();
        SourcePosition slugAt = new SourcePosition(source, in.readInt(), in.readInt());
        String title = in.readString();
        String excerpt = in.readString();
        Instant publishedAt = readInstant(in);
        Optional<URI> originalUrl = readUri(in);
        Optional<URI> webUrl = readUri(in);
        Optional<URI> ampWebUrl = readUri(in);
        Optional<URI> cdnAmpWebUrl = readUri(in);
        String type = in.readString();
        String category = in.readString();
        int quality = in.readInt();
        int heat = in.readInt();
        boolean published = in.readBoolean();
        Provider provider = readProvider(in);
        int topicCount = in.readInt();
        List<Topic> topics = new ArrayList<>(Math.min(topicCount, 64));
        for (int i = 0; i < topicCount; i++) {
            topics.add(new Topic(in.readString(), in.readString()));
        }
        List<Image> images = readImages(in);
        int relatedCount = in.readInt();
        List<RelatedItem> related = new ArrayList<>(Math.min(relatedCount, 64));
        for (int i = 0; i < relatedCount; i++) {
            String itemTitle = in.readString();
            String itemExcerpt = in.readString();
            Optional<Instant> itemDate = in.readBoolean() ? Optional.of(readInstant(in)) : Optional.empty();
            Optional<URI> itemWeb = readUri(in);
            Optional<URI> itemAmp = readUri(in);
            Optional<URI> itemCdnAmp = readUri(in);
            String itemType = in.readString();
            int itemQuality = in.readInt();
            Optional<Provider> itemProvider = in.readBoolean() ? Optional.of(readProvider(in)) : Optional.empty();
            related.add(new RelatedItem(itemTitle, itemExcerpt, itemDate, itemWeb, itemAmp, itemCdnAmp, itemType,
                    itemQuality, itemProvider, readImages(in)));
        }
        int aliasCount = in.readInt();
        List<Alias> aliases = new ArrayList<>(Math.min(aliasCount, 64));
        for (int i = 0; i < aliasCount; i++) {
            aliases.add(new Alias(in.readString(), new SourcePosition(source, in.readInt(), in.readInt())));
        }
        return new Article(source, slug, title, excerpt, publishedAt, originalUrl, webUrl, ampWebUrl, cdnAmpWebUrl,
                type, category, quality, heat, published, provider, topics, images, related, aliases, in.readString(), slugAt);
    }

    private static void writeProvider(DataOutputStream out, Provider provider) throws IOException {
        writeString(out, provider.name());
        writeString(out, provider.domain());
        writeString(out, provider.slug());
    }

    private static Provider readProvider(CacheInput in) throws IOException {
        return new Provider(in.readString(), in.readString(), in.readString());
    }

    private void writeImages(DataOutputStream out, List<Image> images) throws IOException {
        out.writeInt(images.size());
        for (Image image : images) {
            uris.write(out, image.url());
            out.writeInt(image.width());
            out.writeInt(image.height());
            out.writeBoolean(image.isCached());
        }
    }

    private List<Image> readImages(CacheInput in) throws IOException {
        int count = in.readInt();
        List<Image> images = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            images.add(new Image(uris.read(in), in.readInt(), in.readInt(), in.readBoolean()));
        }
        return images;
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(CacheInput in) {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private void writeUri(DataOutputStream out, Optional<URI> uri) throws IOException {
        out.writeBoolean(uri.isPresent());
        if (uri.isPresent()) {
            uris.write(out, uri.get());
        }
    }

    private Optional<URI> readUri(CacheInput in) throws IOException {
        return in.readBoolean() ? Optional.of(uris.read(in)) : Optional.empty();
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
