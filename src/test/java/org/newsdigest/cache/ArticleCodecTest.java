package org.newsdigest.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.model.Article;
import org.newsdigest.model.ArticleBody;
import org.newsdigest.model.ArticleBuilder;
import org.newsdigest.model.ArticleIdentity;
import org.newsdigest.model.Image;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.RelatedList;
import org.newsdigest.parse.ParsedFile;
import org.newsdigest.threads.BuildThreads;

/**
 * The cache keeps every field of an article as it was. The article here is made by walking the codec's own field lists,
 * each field given a value that is not its default, so a field added to them later is tested with no change here; and a
 * component added to {@link Article} or {@link ArticleIdentity} without a line in those lists fails the first test.
 */
class ArticleCodecTest {

    private static final Path FILE = Path.of("/site/seeds/a.txt");

    @TempDir
    Path root;

    @Test
    void everyComponentOfAnArticleIsDescribedOnce() {
        assertEquals(components(ArticleIdentity.class), ArticleCodec.IDENTITY_FIELDS.stream().map(ArticleCodec.Field::name).toList());
        List<String> rest = components(Article.class).stream().filter(name -> !name.equals("identity")).sorted().toList();
        assertEquals(rest, ArticleCodec.ARTICLE_FIELDS.stream().map(ArticleCodec.Field::name).sorted().toList());
    }

    /**
     * The cache's format number covers what each field writes down to the parts of its nested records: an image with
     * one part more or less is another format, and an old cache is not misread with the new parts.
     */
    @Test
    void theFormatNumberCoversThePartsOfNestedRecords() {
        String layout = ArticleCodec.layout(ArticleCodec.ARTICLE_FIELDS);
        assertTrue(layout.contains(",images:list of (address,int,int,boolean),"), layout);
        assertTrue(layout.contains(",related?:related (optional address,optional address,optional address,long,long)s, then as bytes "
                + "list of (string,string,optional instant,optional address,optional address,optional address,string,int,"
                + "optional (string,string,string),list of (address,int,int,boolean)),"), layout);
        assertTrue(layout.contains(",slugAt:(path,int,int),"), layout);

        ArticleCodec.Value<Image> imageWithoutCaching = ArticleCodec.record(
                v -> new Image((URI) v[0], (Integer) v[1], (Integer) v[2], false), ArticleCodec.part(ArticleCodec.WEB_ADDRESS,
                        Image::url), ArticleCodec.part(ArticleCodec.INT, Image::width), ArticleCodec.part(ArticleCodec.INT, Image::height));
        List<ArticleCodec.Field<Article, ?>> olderImages = ArticleCodec.ARTICLE_FIELDS.stream()
                .map(field -> field.name().equals("images") ? new ArticleCodec.Field<>("images", Article::images,
                        ArticleBuilder::images, ArticleCodec.list(imageWithoutCaching), true) : field).toList();
        assertNotEquals(layout, ArticleCodec.layout(olderImages));
    }

    @Test
    void aShownArticleComesBackWithEveryField() throws Exception {
        Article article = sampleArticle(true);
        Article back = roundTrip(new ParsedFile(Optional.of(article), List.of(warning()))).article().orElseThrow();

        for (ArticleCodec.Field<ArticleIdentity, ?> field : ArticleCodec.IDENTITY_FIELDS) {
            assertEquals(field.get().apply(article.identity()), field.get().apply(back.identity()), field.name());
        }
        for (ArticleCodec.Field<Article, ?> field : ArticleCodec.ARTICLE_FIELDS) {
            assertEquals(field.get().apply(article), field.get().apply(back), field.name());
        }
        assertEquals(article, back);
    }

    @Test
    void anUnpublishedArticleKeepsAllButWhatOnlyAShownOneNeeds() throws Exception {
        Article article = sampleArticle(false);
        Article defaults = Article.builder().identity(article.identity()).publishedAt(article.publishedAt())
                .provider(article.provider()).build();
        Article back = roundTrip(new ParsedFile(Optional.of(article), List.of())).article().orElseThrow();

        assertEquals(article.identity(), back.identity());
        for (ArticleCodec.Field<Article, ?> field : ArticleCodec.ARTICLE_FIELDS) {
            Object expected = field.keptUnshown() ? field.get().apply(article) : field.get().apply(defaults);
            assertEquals(expected, field.get().apply(back), field.name());
        }
        assertEquals(ArticleCodec.asKept(new ParsedFile(Optional.of(article), List.of())).article().orElseThrow(), back);
    }

    @Test
    void anInvalidFileKeepsWhatIdentifiesIt() throws Exception {
        ArticleIdentity identity = sampleArticle(false).identity();
        Problem error = Problem.error(new SourcePosition(FILE, 3, 1), "'published' must be true or false");
        ParsedFile invalid = ParsedFile.invalid(Optional.of(identity), List.of(error));

        assertEquals(invalid, roundTrip(invalid));
        ParsedFile unreadable = ParsedFile.invalid(Optional.empty(), List.of(error));
        assertEquals(unreadable, roundTrip(unreadable));
    }

    @Test
    void everyAddressIsCollectedInTheOrderItIsWritten() throws Exception {
        ParsedFile parsed = new ParsedFile(Optional.of(sampleArticle(true)), List.of());
        List<URI> collected = new java.util.ArrayList<>();
        ArticleCodec.collectUris(parsed, collected);

        List<URI> written = new java.util.ArrayList<>();
        ArticleCodec recording = new ArticleCodec(new ArticleCodec.Uris() {
            @Override
            public void write(DataOutputStream out, URI uri) throws java.io.IOException {
                written.add(uri);
                ArticleCodec.IN_PLACE.write(out, uri);
            }

            @Override
            public URI read(CacheInput in) throws java.io.IOException {
                return ArticleCodec.IN_PLACE.read(in);
            }
        });
        recording.writeParsedFile(new DataOutputStream(new ByteArrayOutputStream()), FILE, parsed);
        assertEquals(written, collected);
        assertTrue(collected.size() > 6, "the sample has addresses in its identity, images and related entries");
    }

    /** A cache file of another format (an older jar's, say) is not read at all, so nothing in it is misread. */
    @Test
    void aCacheOfAnotherFormatIsIgnored() throws Exception {
        ParsedFiles files = ParsedFiles.empty();
        Path source = Files.writeString(Files.createDirectories(root.resolve("seeds")).resolve("a.txt"), "---\n");
        byte[] hash = ParsedFiles.hashOf(Files.readAllBytes(source));
        ParsedFile parsed = new ParsedFile(Optional.of(sampleArticle(true).toBuilder().source(source).build()), List.of());
        files.put(source, hash, FileStamp.of(source).orElseThrow(), parsed);
        CacheFolder cache = CacheFolder.beside(root.resolve("output"));
        cache.keepParsedFiles(files, 42);
        try (BuildThreads threads = new BuildThreads(2)) {
            assertEquals(Optional.of(parsed), cache.parsedFiles(42, threads).lookup(source, hash), "read as written");

            int changed = 0;
            try (Stream<Path> kept = Files.list(root.resolve(".output.cache"))) {
                for (Path file : kept.toList()) {
                    changed += withFormatNumberLowered(file) ? 1 : 0;
                }
            }
            assertTrue(changed > 0, "the cache's files start with their format number");
            assertEquals(0, cache.parsedFiles(42, threads).size());
        }
    }

    /**
     * The format before related lists were read back when asked for wrote each related entry whole in the entry: its
     * layout, and so the format number, differs from this one's, so a cache it wrote is ignored as any other format's.
     */
    @Test
    void theFormatWithRelatedItemsInPlaceIsAnotherFormat() {
        List<ArticleCodec.Field<Article, ?>> before = ArticleCodec.ARTICLE_FIELDS.stream()
                .map(field -> field.name().equals("related") ? new ArticleCodec.Field<>("related", Article::related,
                        ArticleBuilder::related, ArticleCodec.list(ArticleCodec.RELATED_ITEM), false) : field).toList();
        assertTrue(ArticleCodec.layout(before).contains(",related?:list of (string,string,optional instant,"), ArticleCodec.layout(before));
        assertNotEquals(ArticleCodec.layout(before).hashCode(), ArticleCodec.layout(ArticleCodec.ARTICLE_FIELDS).hashCode());
    }

    /** Writes the format number before this one into a cache file's header: what the jar before this format wrote. */
    private static boolean withFormatNumberLowered(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(bytes);
        if (bytes.length < 8 || header.getInt(0) != 0x4e44_4331) {
            return false;
        }
        header.putInt(4, header.getInt(4) - 1);
        Files.write(file, bytes);
        return true;
    }

    private static ParsedFile roundTrip(ParsedFile parsed) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArticleCodec codec = new ArticleCodec(ArticleCodec.IN_PLACE);
        codec.writeParsedFile(new DataOutputStream(bytes), FILE, parsed);
        return codec.readParsedFile(new CacheInput(ByteBuffer.wrap(bytes.toByteArray())), FILE);
    }

    private static Problem warning() {
        return Problem.warning(new SourcePosition(Path.of("/site/templates/other.ftl"), 2, 5), "a warning placed elsewhere");
    }

    /** An article whose every described field has a value of its own, none the builder's default. */
    private static Article sampleArticle(boolean published) {
        ArticleBuilder builder = Article.builder();
        for (ArticleCodec.Field<ArticleIdentity, ?> field : ArticleCodec.IDENTITY_FIELDS) {
            set(field, component(ArticleIdentity.class, field.name()), builder);
        }
        for (ArticleCodec.Field<Article, ?> field : ArticleCodec.ARTICLE_FIELDS) {
            set(field, component(Article.class, field.name()), builder);
        }
        // published before every other date of the sample, which an update may not precede
        Article article = builder.published(published).publishedAt(Instant.parse("2021-07-01T00:00:00Z")).source(FILE).build();
        Article defaults = Article.builder().identity(article.identity()).publishedAt(article.publishedAt())
                .provider(article.provider()).build();
        for (ArticleCodec.Field<Article, ?> field : ArticleCodec.ARTICLE_FIELDS) {
            if (!field.name().equals("published") && !field.name().equals("publishedAt") && !field.name().equals("provider")) {
                assertNotEquals(field.get().apply(defaults), field.get().apply(article), field.name() + " has a value of its own");
            }
        }
        return article;
    }

    @SuppressWarnings("unchecked")
    private static <V> void set(ArticleCodec.Field<?, V> field, RecordComponent component, ArticleBuilder builder) {
        field.set().accept(builder, (V) sample(component.getGenericType(), field.name()));
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no component " + name));
    }

    private static List<String> components(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** A value of {@code type} that no builder default has: every record component, list and optional filled in. */
    private static Object sample(Type type, String name) {
        if (type instanceof ParameterizedType generic) {
            Type item = generic.getActualTypeArguments()[0];
            if (generic.getRawType() == Optional.class) {
                return Optional.of(sample(item, name));
            }
            if (generic.getRawType() == List.class) {
                return List.of(sample(item, name + "[0]"), sample(item, name + "[1]"));
            }
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "the " + name + " <é>";
        }
        if (raw == RelatedList.class) {
            return RelatedList.of(List.of((RelatedItem) sample(RelatedItem.class, name + "[0]"),
                    (RelatedItem) sample(RelatedItem.class, name + "[1]")));
        }
        if (raw == ArticleBody.class) {
            return ArticleBody.of("<p>the " + name + " &lt;é&gt;</p>");
        }
        if (raw == int.class) {
            return 7 + name.length();
        }
        if (raw == boolean.class) {
            return true;
        }
        if (raw == Instant.class) {
            return Instant.ofEpochSecond(1_627_556_940L + name.length(), 123_000_000);
        }
        if (raw == URI.class) {
            return URI.create("https://wire.example/" + name.replaceAll("[^a-zA-Z0-9]", "-"));
        }
        if (raw == Path.class) {
            return Path.of("/site/seeds/" + name.replaceAll("[^a-zA-Z0-9]", "-") + ".txt");
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = Arrays.stream(components).map(c -> sample(c.getGenericType(), name + "." + c.getName())).toArray();
            try {
                return raw.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                        .newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot make a sample " + raw.getSimpleName(), e);
            }
        }
        throw new AssertionError("no sample of " + type + " for " + name + ": add one here");
    }
}
