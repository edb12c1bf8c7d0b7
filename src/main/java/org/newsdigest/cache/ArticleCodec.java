package org.newsdigest.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Severity;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.model.Alias;
import org.newsdigest.model.Article;
import org.newsdigest.model.ArticleBody;
import org.newsdigest.model.ArticleBuilder;
import org.newsdigest.model.ArticleIdentity;
import org.newsdigest.model.Image;
import org.newsdigest.model.Provider;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.RelatedList;
import org.newsdigest.model.Topic;
import org.newsdigest.model.Withheld;
import org.newsdigest.parse.ParsedFile;

/**
 * One parse result, its article written field by field as {@link #IDENTITY_FIELDS} and {@link #ARTICLE_FIELDS} describe
 * them: writing, reading, {@link #collectUris}, what an unpublished article keeps ({@link #asKept}) and the cache's format
 * number ({@link #LAYOUT}) all come from those lists, so a new field of {@link Article} is one more line there.
 * Web addresses go through {@link Uris}: the parse cache writes each distinct one once, in a table, because parsing
 * them again ({@link URI#create}) was the largest cost of reading the cache, and an article's related list mostly
 * names other articles' addresses.
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

    /**
     * How article bodies are written: in place, or (the base file, {@link CacheCodec}) outside the checked sections,
     * as a hash and a reference that the body's text is read back by when its page is rendered.
     */
    interface Bodies {
        void write(DataOutputStream out, ArticleBody body) throws IOException;

        ArticleBody read(CacheInput in) throws IOException;

        /** Writes bytes that, as a body, are read back only when asked for: an article's related items. */
        void writeBytes(DataOutputStream out, byte[] bytes) throws IOException;

        /** What reads back bytes {@link #writeBytes} wrote; it fails rather than give others. */
        Supplier<byte[]> readBytes(CacheInput in) throws IOException;
    }

    /** Each body's text where its article is, held once read. */
    static final Bodies BODIES_IN_PLACE = new Bodies() {
        @Override
        public void write(DataOutputStream out, ArticleBody body) throws IOException {
            writeString(out, body.html());
        }

        @Override
        public ArticleBody read(CacheInput in) throws IOException {
            return ArticleBody.of(in.readString());
        }

        @Override
        public void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        @Override
        public Supplier<byte[]> readBytes(CacheInput in) throws IOException {
            byte[] bytes = in.readBytes();
            return () -> bytes;
        }
    };

    /**
     * Where one parse result is written: its file (a path equal to it is written as ""), how addresses and bodies are
     * written.
     */
    record Writing(DataOutputStream out, Path file, Uris uris, Bodies bodies, Scratch scratch) {
    }

    /**
     * Room to write a value into before it is written elsewhere (an article's related items), reused from one article to
     * the next by the one thread that writes them: the base is written while every parsed article is still held, and a
     * buffer grown anew for each was enough garbage to cost the full build a collection of the whole heap.
     */
    static final class Scratch {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
        private final DataOutputStream out = new DataOutputStream(bytes);

        /** The stream, emptied. */
        DataOutputStream emptied() {
            bytes.reset();
            return out;
        }

        byte[] written() throws IOException {
            out.flush();
            return bytes.toByteArray();
        }
    }

    /** Where one parse result is read from. */
    record Reading(CacheInput in, Path file, Uris uris, Bodies bodies) {
    }

    /** How one kind of value is written and read back. */
    interface Value<V> {
        void write(Writing to, V value) throws IOException;

        V read(Reading from) throws IOException;

        /** Adds the web addresses in {@code value} to {@code into}, in the order {@link #write} writes them. */
        default void collectUris(V value, List<URI> into) {
        }

        /**
         * What is written, in order, down to the last part of a nested record: part of {@link #LAYOUT}, so that another
         * part in an image or a related entry also gives the cache another format number.
         */
        String layout();
    }

    /**
     * One field of an article (or of its identity, {@code O}): its name, how it is got and how it is given to an
     * {@link ArticleBuilder}, and how its value is written.
     *
     * @param keptUnshown whether an article that is not shown keeps it (see {@link #isShown}); when not, it is left at the
     *                    builder's default, what a header without the field gives
     */
    record Field<O, V>(String name, Function<O, V> get, BiConsumer<ArticleBuilder, V> set, Value<V> value,
            boolean keptUnshown) {

        void write(Writing to, O owner) throws IOException {
            value.write(to, get.apply(owner));
        }

        void read(Reading from, ArticleBuilder into) throws IOException {
            set.accept(into, value.read(from));
        }

        void collectUris(O owner, List<URI> into) {
            value.collectUris(get.apply(owner), into);
        }
    }

    static final Value<String> STRING = new Value<>() {
        @Override
        public String layout() {
            return "string";
        }

        @Override
        public void write(Writing to, String value) throws IOException {
            writeString(to.out(), value);
        }

        @Override
        public String read(Reading from) throws IOException {
            return from.in().readString();
        }
    };

    static final Value<Integer> INT = new Value<>() {
        @Override
        public String layout() {
            return "int";
        }

        @Override
        public void write(Writing to, Integer value) throws IOException {
            to.out().writeInt(value);
        }

        @Override
        public Integer read(Reading from) {
            return from.in().readInt();
        }
    };

    static final Value<Boolean> BOOLEAN = new Value<>() {
        @Override
        public String layout() {
            return "boolean";
        }

        @Override
        public void write(Writing to, Boolean value) throws IOException {
            to.out().writeBoolean(value);
        }

        @Override
        public Boolean read(Reading from) {
            return from.in().readBoolean();
        }
    };

    static final Value<Instant> INSTANT = new Value<>() {
        @Override
        public String layout() {
            return "instant";
        }

        @Override
        public void write(Writing to, Instant value) throws IOException {
            to.out().writeLong(value.getEpochSecond());
            to.out().writeInt(value.getNano());
        }

        @Override
        public Instant read(Reading from) {
            return Instant.ofEpochSecond(from.in().readLong(), from.in().readInt());
        }
    };

    static final Value<URI> WEB_ADDRESS = new Value<>() {
        @Override
        public String layout() {
            return "address";
        }

        @Override
        public void write(Writing to, URI value) throws IOException {
            to.uris().write(to.out(), value);
        }

        @Override
        public URI read(Reading from) throws IOException {
            return from.uris().read(from.in());
        }

        @Override
        public void collectUris(URI value, List<URI> into) {
            into.add(value);
        }
    };

    static final Value<ArticleBody> BODY = new Value<>() {
        @Override
        public String layout() {
            return "body";
        }

        @Override
        public void write(Writing to, ArticleBody value) throws IOException {
            to.bodies().write(to.out(), value);
        }

        @Override
        public ArticleBody read(Reading from) throws IOException {
            return from.bodies().read(from.in());
        }
    };

    /** A path; the parse result's own file, the usual case, as "", so that a moved site's cache still names its files. */
    static final Value<Path> PATH = new Value<>() {
        @Override
        public String layout() {
            return "path";
        }

        @Override
        public void write(Writing to, Path value) throws IOException {
            writeString(to.out(), value.equals(to.file()) ? "" : value.toString());
        }

        @Override
        public Path read(Reading from) throws IOException {
            String path = from.in().readString();
            return path.isEmpty() ? from.file() : Path.of(path);
        }
    };

    static final Value<SourcePosition> POSITION = record(
            v -> new SourcePosition((Path) v[0], (Integer) v[1], (Integer) v[2]),
            part(PATH, SourcePosition::file), part(INT, SourcePosition::line), part(INT, SourcePosition::column));

    static final Value<Provider> PROVIDER = record(v -> new Provider((String) v[0], (String) v[1], (String) v[2]),
            part(STRING, Provider::name), part(STRING, Provider::domain), part(STRING, Provider::slug));

    static final Value<Image> IMAGE = record(v -> new Image((URI) v[0], (Integer) v[1], (Integer) v[2], (Boolean) v[3]),
            part(WEB_ADDRESS, Image::url), part(INT, Image::width), part(INT, Image::height), part(BOOLEAN, Image::isCached));

    @SuppressWarnings("unchecked")
    static final Value<RelatedItem> RELATED_ITEM = record(v -> new RelatedItem((String) v[0], (String) v[1],
                    (Optional<Instant>) v[2], (Optional<URI>) v[3], (Optional<URI>) v[4], (Optional<URI>) v[5], (String) v[6],
                    (Integer) v[7], (Optional<Provider>) v[8], (List<Image>) v[9]),
            part(STRING, RelatedItem::title), part(STRING, RelatedItem::excerpt), part(optional(INSTANT), RelatedItem::publishedAt),
            part(optional(WEB_ADDRESS), RelatedItem::webUrl), part(optional(WEB_ADDRESS), RelatedItem::ampWebUrl),
            part(optional(WEB_ADDRESS), RelatedItem::cdnAmpWebUrl), part(STRING, RelatedItem::type),
            part(INT, RelatedItem::quality), part(optional(PROVIDER), RelatedItem::provider),
            part(list(IMAGE), RelatedItem::images));

    /**
     * An article's related list: for each entry what the model and the page keys use of it ({@link RelatedList.Entry}),
     * then the entries themselves as bytes written as a body is, read back and decoded only when the article's page asks
     * for them.
     */
    static final Value<RelatedList> RELATED_LIST = new Value<>() {
        private final Value<Optional<URI>> address = optional(WEB_ADDRESS);
        private final Value<List<RelatedItem>> items = list(RELATED_ITEM);

        @Override
        public String layout() {
            return "related (" + address.layout() + "," + address.layout() + "," + address.layout() + ",long,long)s, then "
                    + "as bytes " + items.layout();
        }

        @Override
        public void write(Writing to, RelatedList value) throws IOException {
            to.out().writeInt(value.size());
            for (int i = 0; i < value.size(); i++) {
                RelatedList.Entry entry = value.entry(i);
                address.write(to, entry.webUrl());
                address.write(to, entry.ampWebUrl());
                address.write(to, entry.cdnAmpWebUrl());
                to.out().writeLong(entry.titleKey());
                to.out().writeLong(entry.shown());
            }
            if (!value.isEmpty()) {
                // the items decoded for this, and not kept: a base written again would otherwise hold every one
                Writing aside = new Writing(to.scratch().emptied(), to.file(), to.uris(), to.bodies(), to.scratch());
                items.write(aside, value.itemsUnkept());
                to.bodies().writeBytes(to.out(), to.scratch().written());
            }
        }

        @Override
        public RelatedList read(Reading from) throws IOException {
            int count = from.in().readLength(); // an entry takes more than a byte, so a count is a length too
            if (count == 0) {
                return RelatedList.EMPTY;
            }
            List<RelatedList.Entry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(new RelatedList.Entry(address.read(from), address.read(from), address.read(from),
                        from.in().readLong(), from.in().readLong()));
            }
            Supplier<byte[]> bytes = from.bodies().readBytes(from.in());
            Path file = from.file();
            Uris uris = from.uris();
            Bodies bodies = from.bodies();
            return RelatedList.decodedWhenAsked(entries, () -> {
                // read back and checked (a failure to read back is the build's, as for a body), then decoded
                CacheInput in = new CacheInput(ByteBuffer.wrap(bytes.get()));
                try {
                    List<RelatedItem> decoded = items.read(new Reading(in, file, uris, bodies));
                    if (in.remaining() != 0) {
                        throw new IOException(in.remaining() + " bytes left after an article's related items");
                    }
                    return decoded;
                } catch (IOException e) {
                    throw new UncheckedIOException("an article's related items, checked when read back, do not decode", e);
                }
            });
        }

        @Override
        public void collectUris(RelatedList value, List<URI> into) {
            for (int i = 0; i < value.size(); i++) {
                RelatedList.Entry entry = value.entry(i);
                address.collectUris(entry.webUrl(), into);
                address.collectUris(entry.ampWebUrl(), into);
                address.collectUris(entry.cdnAmpWebUrl(), into);
            }
            if (!value.isEmpty()) {
                items.collectUris(value.itemsUnkept(), into);
            }
        }
    };

    /** What identifies an article: all that an invalid file keeps. */
    static final List<Field<ArticleIdentity, ?>> IDENTITY_FIELDS = List.of(
            field("source", ArticleIdentity::source, ArticleBuilder::source, PATH),
            field("title", ArticleIdentity::title, ArticleBuilder::title, STRING),
            field("originalUrl", ArticleIdentity::originalUrl, ArticleBuilder::originalUrl, optional(WEB_ADDRESS)),
            field("webUrl", ArticleIdentity::webUrl, ArticleBuilder::webUrl, optional(WEB_ADDRESS)),
            field("ampWebUrl", ArticleIdentity::ampWebUrl, ArticleBuilder::ampWebUrl, optional(WEB_ADDRESS)),
            field("cdnAmpWebUrl", ArticleIdentity::cdnAmpWebUrl, ArticleBuilder::cdnAmpWebUrl, optional(WEB_ADDRESS)));

    /** The rest of an article, after its identity. */
    static final List<Field<Article, ?>> ARTICLE_FIELDS = List.of(
            field("slug", Article::slug, ArticleBuilder::slug, STRING),
            field("slugAt", Article::slugAt, ArticleBuilder::slugAt, POSITION),
            field("publishedAt", Article::publishedAt, ArticleBuilder::publishedAt, INSTANT),
            shownOnly("updatedAt", Article::updatedAt, ArticleBuilder::updatedAt, optional(INSTANT)),
            shownOnly("updatedAtPosition", Article::updatedAtPosition, ArticleBuilder::updatedAtPosition, POSITION),
            field("type", Article::type, ArticleBuilder::type, STRING),
            field("category", Article::category, ArticleBuilder::category, STRING),
            field("quality", Article::quality, ArticleBuilder::quality, INT),
            field("heat", Article::heat, ArticleBuilder::heat, INT),
            field("published", Article::published, ArticleBuilder::published, BOOLEAN),
            field("provider", Article::provider, ArticleBuilder::provider, PROVIDER),
            field("topics", Article::topics, ArticleBuilder::topics,
                    list(record(v -> new Topic((String) v[0], (String) v[1]), part(STRING, Topic::name), part(STRING, Topic::slug)))),
            field("images", Article::images, ArticleBuilder::images, list(IMAGE)),
            // what only a shown article keeps: two fifths of a large corpus are not shown, and decoding their bodies
            // cost the rebuild collections of the whole heap
            shownOnly("excerpt", Article::excerpt, ArticleBuilder::excerpt, STRING),
            shownOnly("related", Article::related, ArticleBuilder::related, RELATED_LIST),
            shownOnly("aliases", Article::aliases, ArticleBuilder::aliases,
                    list(record(v -> new Alias((String) v[0], (SourcePosition) v[1]), part(STRING, Alias::path),
                            part(POSITION, Alias::at)))),
            shownOnly("body", Article::body, ArticleBuilder::body, BODY));

    /**
     * The fields' names, in order, which an unshown article keeps, and what each writes down to the parts of nested
     * records: part of the cache's format number, so that a cache written with other fields or parts is not read. A
     * change to how a plain value (a string, a date) is written needs a new number in {@link CacheFolder} all the same.
     */
    static final int LAYOUT = layout(Stream.concat(IDENTITY_FIELDS.stream(), ARTICLE_FIELDS.stream()).toList()).hashCode();

    /** The fields as {@link #LAYOUT} describes them: {@code name:layout}, {@code name?:layout} for one only a shown article keeps. */
    static String layout(List<? extends Field<?, ?>> fields) {
        return fields.stream().map(field -> field.name() + (field.keptUnshown() ? "" : "?") + ":" + field.value().layout())
                .collect(Collectors.joining(","));
    }

    /** What follows a parse result's problems: nothing, an invalid file's identity, an article not shown, one shown. */
    private static final byte NOTHING = 0;
    private static final byte IDENTITY_ONLY = 1;
    private static final byte UNSHOWN = 2;
    private static final byte SHOWN = 3;

    private final Uris uris;
    private final Bodies bodies;
    /** Writing is one thread's: a codec writes one result at a time. */
    private final Scratch scratch = new Scratch();

    /** A codec that writes bodies in place. */
    ArticleCodec(Uris uris) {
        this(uris, BODIES_IN_PLACE);
    }

    ArticleCodec(Uris uris, Bodies bodies) {
        this.uris = uris;
        this.bodies = bodies;
    }

    /**
     * Whether the article can appear on the site: a file that is valid and says {@code published: true}. Of any other,
     * the cache keeps only the fields that are not {@link #shownOnly}; its headline and addresses are what is used, to
     * keep it out of other articles' related lists ({@link org.newsdigest.model.Withheld}).
     */
    static boolean isShown(ParsedFile parsed) {
        return !parsed.isInvalid() && parsed.article().get().published();
    }

    /** What the cache gives back for a parse result. */
    static ParsedFile asKept(ParsedFile parsed) {
        if (parsed.article().isEmpty() || isShown(parsed)) {
            return parsed;
        }
        Article whole = parsed.article().get();
        ArticleBuilder kept = Article.builder().identity(whole.identity());
        ARTICLE_FIELDS.stream().filter(Field::keptUnshown).forEach(field -> copy(field, whole, kept));
        return new ParsedFile(Optional.of(kept.build()), parsed.problems());
    }

    /** Every address a parse result holds, in the order {@link #writeParsedFile} writes them. */
    static void collectUris(ParsedFile parsed, List<URI> into) {
        if (parsed.identity().isEmpty()) {
            return;
        }
        for (Field<ArticleIdentity, ?> field : IDENTITY_FIELDS) {
            field.collectUris(parsed.identity().get(), into);
        }
        if (parsed.article().isPresent()) {
            boolean shown = isShown(parsed);
            for (Field<Article, ?> field : ARTICLE_FIELDS) {
                if (shown || field.keptUnshown()) {
                    field.collectUris(parsed.article().get(), into);
                }
            }
        }
    }

    /**
     * @param file the file the result is for: where a problem's or the article's path is that file, an empty string
     *             stands for it, so a moved site's cache still names its files
     */
    void writeParsedFile(DataOutputStream out, Path file, ParsedFile parsed) throws IOException {
        writeParsedFile(out, file, parsed, FileOutcome.of(parsed));
    }

    /**
     * Writes the result: its problems, what kind it is, then for a file not shown its {@link FileOutcome#withheld} keys
     * and the length of what follows, so that reading it can leave the rest for later; then what identifies it and the
     * article's fields.
     *
     * @param outcome what the parse step made of {@code parsed}
     */
    void writeParsedFile(DataOutputStream out, Path file, ParsedFile parsed, FileOutcome outcome) throws IOException {
        Writing to = new Writing(out, file, uris, bodies, scratch);
        out.writeInt(parsed.problems().size());
        for (Problem problem : parsed.problems()) {
            POSITION.write(to, problem.position());
            writeString(out, problem.severity().name());
            writeString(out, problem.message());
        }
        if (parsed.identity().isEmpty()) {
            out.writeByte(NOTHING);
            return;
        }
        boolean shown = isShown(parsed);
        out.writeByte(shown ? SHOWN : parsed.article().isPresent() ? UNSHOWN : IDENTITY_ONLY);
        if (shown) {
            writeArticle(to, parsed, true);
            return;
        }
        Withheld.Keys keys = outcome.withheld().orElseThrow();
        out.writeInt(keys.urls().size());
        for (String url : keys.urls()) {
            writeString(out, url);
        }
        writeString(out, keys.title());
        // the rest goes through a buffer of its own to know its length; its bodies, none, would not be written here
        ByteArrayOutputStream rest = new ByteArrayOutputStream(512);
        writeArticle(new Writing(new DataOutputStream(rest), file, uris, bodies, scratch), parsed, false);
        out.writeInt(rest.size());
        rest.writeTo(out);
    }

    private static void writeArticle(Writing to, ParsedFile parsed, boolean shown) throws IOException {
        for (Field<ArticleIdentity, ?> field : IDENTITY_FIELDS) {
            field.write(to, parsed.identity().get());
        }
        if (parsed.article().isPresent()) {
            for (Field<Article, ?> field : ARTICLE_FIELDS) {
                if (shown || field.keptUnshown()) {
                    field.write(to, parsed.article().get());
                }
            }
        }
    }

    /** @param file the file the result is for: a problem placed in it (the usual case) shares its path */
    ParsedFile readParsedFile(CacheInput in, Path file) throws IOException {
        return readEntry(in, file, null, null, false).parsed();
    }

    /**
     * Reads one result as {@link #writeParsedFile} wrote it, as the entry for {@code hash} and {@code stamp}.
     *
     * @param lazily leave the article of a file not shown undecoded until it is asked for, holding its bytes; the
     *               parse step needs only its outcome
     */
    ParsedFiles.Entry readEntry(CacheInput in, Path file, byte[] hash, FileStamp stamp, boolean lazily) throws IOException {
        Reading from = new Reading(in, file, uris, bodies);
        int count = in.readInt();
        List<Problem> problems = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            problems.add(new Problem(POSITION.read(from), Severity.valueOf(in.readString()), in.readString()));
        }
        byte kind = in.readByte();
        if (kind == NOTHING) {
            return new ParsedFiles.Entry(hash, stamp, new ParsedFile(Optional.empty(), problems));
        }
        if (kind == SHOWN) {
            return new ParsedFiles.Entry(hash, stamp, readArticle(from, kind, problems));
        }
        if (kind != UNSHOWN && kind != IDENTITY_ONLY) {
            throw new IOException("a parse result of kind " + kind);
        }
        int urlCount = in.readLength();
        List<String> urls = new ArrayList<>(urlCount);
        for (int i = 0; i < urlCount; i++) {
            urls.add(in.readString());
        }
        FileOutcome outcome = new FileOutcome(problems, kind == IDENTITY_ONLY, Optional.empty(),
                Optional.of(new Withheld.Keys(urls, in.readString())));
        int length = in.readLength();
        if (!lazily) {
            int end = in.position() + length;
            ParsedFile parsed = readArticle(from, kind, problems);
            if (in.position() != end) {
                throw new IOException("a parse result " + (in.position() - end) + " bytes longer than written");
            }
            return new ParsedFiles.Entry(hash, stamp, outcome, Lazy.of(parsed));
        }
        byte[] rest = in.readRaw(length);
        return new ParsedFiles.Entry(hash, stamp, outcome, Lazy.made(() -> {
            CacheInput restIn = new CacheInput(ByteBuffer.wrap(rest));
            ParsedFile parsed = readArticle(new Reading(restIn, file, uris, bodies), kind, problems);
            if (restIn.remaining() != 0) {
                throw new IOException("a parse result " + restIn.remaining() + " bytes shorter than written");
            }
            return parsed;
        }));
    }

    private static ParsedFile readArticle(Reading from, byte kind, List<Problem> problems) throws IOException {
        ArticleBuilder article = Article.builder();
        for (Field<ArticleIdentity, ?> field : IDENTITY_FIELDS) {
            field.read(from, article);
        }
        if (kind == IDENTITY_ONLY) {
            return ParsedFile.invalid(Optional.of(article.identity()), problems);
        }
        boolean shown = kind == SHOWN;
        for (Field<Article, ?> field : ARTICLE_FIELDS) {
            if (shown || field.keptUnshown()) {
                field.read(from, article);
            }
        }
        return new ParsedFile(Optional.of(article.build()), problems);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static <V> void copy(Field<Article, V> field, Article from, ArticleBuilder to) {
        field.set().accept(to, field.get().apply(from));
    }

    private static <O, V> Field<O, V> field(String name, Function<O, V> get, BiConsumer<ArticleBuilder, V> set, Value<V> value) {
        return new Field<>(name, get, set, value, true);
    }

    private static <V> Field<Article, V> shownOnly(String name, Function<Article, V> get, BiConsumer<ArticleBuilder, V> set,
            Value<V> value) {
        return new Field<>(name, get, set, value, false);
    }

    static <V> Value<Optional<V>> optional(Value<V> present) {
        return new Value<>() {
            @Override
            public void write(Writing to, Optional<V> value) throws IOException {
                to.out().writeBoolean(value.isPresent());
                if (value.isPresent()) {
                    present.write(to, value.get());
                }
            }

            @Override
            public Optional<V> read(Reading from) throws IOException {
                return from.in().readBoolean() ? Optional.of(present.read(from)) : Optional.empty();
            }

            @Override
            public String layout() {
                return "optional " + present.layout();
            }

            @Override
            public void collectUris(Optional<V> value, List<URI> into) {
                if (value.isPresent()) {
                    present.collectUris(value.get(), into);
                }
            }
        };
    }

    static <V> Value<List<V>> list(Value<V> item) {
        return new Value<>() {
            @Override
            public void write(Writing to, List<V> value) throws IOException {
                to.out().writeInt(value.size());
                for (V v : value) {
                    item.write(to, v);
                }
            }

            @Override
            public List<V> read(Reading from) throws IOException {
                int count = from.in().readInt();
                List<V> items = new ArrayList<>(Math.min(count, 64));
                for (int i = 0; i < count; i++) {
                    items.add(item.read(from));
                }
                return items;
            }

            @Override
            public String layout() {
                return "list of " + item.layout();
            }

            @Override
            public void collectUris(List<V> value, List<URI> into) {
                for (V v : value) {
                    item.collectUris(v, into);
                }
            }
        };
    }

    /** One component of a record: its value and how it is got. */
    record Part<R, V>(Value<V> value, Function<R, V> get) {
        void write(Writing to, R owner) throws IOException {
            value.write(to, get.apply(owner));
        }

        void collectUris(R owner, List<URI> into) {
            value.collectUris(get.apply(owner), into);
        }
    }

    static <R, V> Part<R, V> part(Value<V> value, Function<R, V> get) {
        return new Part<>(value, get);
    }

    /**
     * A record written component by component, in the order of {@code parts}; {@code make} gets the values read back in
     * that order.
     */
    @SafeVarargs
    static <R> Value<R> record(Function<Object[], R> make, Part<R, ?>... parts) {
        List<Part<R, ?>> all = List.of(parts);
        return new Value<>() {
            @Override
            public void write(Writing to, R value) throws IOException {
                for (Part<R, ?> part : all) {
                    part.write(to, value);
                }
            }

            @Override
            public R read(Reading from) throws IOException {
                Object[] values = new Object[all.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = all.get(i).value().read(from);
                }
                return make.apply(values);
            }

            @Override
            public String layout() {
                return all.stream().map(part -> part.value().layout()).collect(Collectors.joining(",", "(", ")"));
            }

            @Override
            public void collectUris(R value, List<URI> into) {
                for (Part<R, ?> part : all) {
                    part.collectUris(value, into);
                }
            }
        };
    }
}
