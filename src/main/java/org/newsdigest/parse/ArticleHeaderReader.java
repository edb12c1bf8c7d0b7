package org.newsdigest.parse;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.model.Alias;
import org.newsdigest.model.Article;
import org.newsdigest.model.ArticleBuilder;
import org.newsdigest.model.Image;
import org.newsdigest.model.Provider;
import org.newsdigest.model.RelatedItem;
import org.newsdigest.model.Slugs;
import org.newsdigest.model.Topic;
import org.newsdigest.yaml.YamlMap;
import org.newsdigest.yaml.YamlScalar;
import org.newsdigest.yaml.YamlValue;

/**
 * The one place that validates an article header and turns it into an {@link Article} (with an empty body).
 * Required: {@code title}, {@code publishedDateTime}, {@code provider.name}; {@code published} must be a YAML
 * boolean and, when missing, means "not published". The article's slug, and so its address, is {@code slug} or else its
 * file's name, never its headline; {@code aliases} are its earlier addresses ({@link AliasPaths}). Optional fields that are wrong are dropped with a
 * warning. {@code secured} is recognised and discarded here, so it cannot reach any page. Topics, images and related
 * items are cut to the {@link Limits} ({@link ListLimit}), so what every later step costs per article is bounded.
 */
public final class ArticleHeaderReader {

    /** The described fields of each mapping a header has, by group: "" at the top, {@code provider}, … */
    private static final Map<String, Set<String>> KNOWN_KEYS = Stream.of("", "provider", "images[]", "related[]")
            .collect(Collectors.toMap(group -> group, group -> Set.copyOf(ArticleFields.SHAPE.namesIn(group))));

    /** Where a site without a project path lives; only its path matters, to aliases. */
    private static final URI ROOT_SITE = URI.create("https://example.invalid/");

    private final ZoneId zone;
    private final Limits limits;
    private final URI baseUrl;
    /** Held for as long as this reader is: one reader per build. */
    private final SharedValues shared = new SharedValues();

    /**
     * @param zone   the site's time zone, used for dates written without one
     * @param limits how many topics, images and related items an article keeps
     */
    public ArticleHeaderReader(ZoneId zone, Limits limits) {
        this(zone, limits, ROOT_SITE);
    }

    /** @param baseUrl the site's base URL, which aliases are written below ({@link AliasPaths}) */
    public ArticleHeaderReader(ZoneId zone, Limits limits, URI baseUrl) {
        this.zone = zone;
        this.limits = limits;
        this.baseUrl = baseUrl;
    }

    /** @return the article, published or not; empty when the header has an error (the reasons are in {@code problems}) */
    public Optional<Article> read(YamlValue root, Path file, Problems problems) {
        Problems own = new Problems();
        Optional<ArticleBuilder> article = readAsFarAsPossible(root, file, own);
        problems.addAll(own.list());
        return own.hasErrors() ? Optional.empty() : article.map(ArticleBuilder::build);
    }

    /**
     * Like {@link #read}, but a header with an error still gives what identifies the file: a builder whose
     * {@link ArticleBuilder#identity()} is its title as written and its web addresses, so the build can keep it out of
     * other articles' related lists. Only without an error in {@code problems} can it {@link ArticleBuilder#build()}.
     * Empty only when the front matter is not a mapping.
     */
    Optional<ArticleBuilder> readAsFarAsPossible(YamlValue root, Path file, Problems problems) {
        if (!(root instanceof YamlMap map)) {
            problems.error(root.position(), "the front matter must be a mapping of fields such as 'title: ...'; found "
                    + HeaderFields.found(root));
            return Optional.empty();
        }
        Problems own = new Problems();
        HeaderFields fields = new HeaderFields(map, "", "", zone, shared, own);
        warnUnknownKeys(fields, own);
        Optional<String> title = fields.requiredText("title", ArticleFields.fix("title"));
        Optional<Instant> published = fields.requiredDate("publishedDateTime");
        Optional<Instant> updated = updated(fields, published);
        boolean isPublished = published(map, own);
        Optional<Provider> provider = provider(fields, true, own);
        ArticleBuilder article = Article.builder()
                .source(file)
                .updatedAt(updated)
                .updatedAtPosition(map.get("updatedDateTime").map(YamlValue::position).orElse(SourcePosition.ofFile(file)))
                .excerpt(fields.optionalText("excerpt").strip())
                .originalUrl(fields.optionalUrl("originalUrl"))
                .webUrl(fields.optionalUrl("webUrl"))
                .ampWebUrl(fields.optionalUrl("ampWebUrl"))
                .cdnAmpWebUrl(fields.optionalUrl("cdnAmpWebUrl"))
                .type(fields.optionalText("type"))
                .category(fields.optionalText("category"))
                .quality(fields.optionalInt("quality"))
                .heat(fields.optionalInt("heat"))
                .published(isPublished)
                .topics(topics(fields, own))
                .images(images(fields, own))
                .related(related(fields, own));
        SourcePosition slugAt = map.get("slug").map(YamlValue::position).orElse(SourcePosition.ofFile(file));
        article.slug(notAYear(slug(map, file, own), slugAt, own)).slugAt(slugAt);
        article.aliases(ListLimit.aliases(limits).keepDistinct(fields, "aliases",
                (item, found) -> AliasPaths.read(item, found, baseUrl), Alias::path, Alias::path, own));
        problems.addAll(own.list());
        published.ifPresent(article::publishedAt);
        provider.ifPresent(article::provider);
        String written = title.orElseGet(() -> map.get("title").filter(YamlScalar.class::isInstance)
                .map(t -> ((YamlScalar) t).text()).orElse(""));
        return Optional.of(article.title(written.strip()));
    }

    /**
     * The article's slug, which alone makes its address: {@code slug:} when the header has one, else its file's name
     * without the extension ({@code 000_67a414a3fefbf38b.txt} gives {@code 000-67a414a3fefbf38b}). Never the headline, so
     * a corrected headline keeps the address.
     */
    private static String slug(YamlMap map, Path file, Problems problems) {
        Optional<YamlValue> value = map.get("slug");
        if (value.isEmpty()) {
            return Slugs.ofFileName(file);
        }
        if (value.get() instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.STRING) && !HeaderFields.isBlank(scalar.text())) {
            return Slugs.of(scalar.text());
        }
        String fallback = Slugs.ofFileName(file);
        problems.warning(value.get().position(), "'slug' must be a non-blank string; found " + HeaderFields.found(value.get())
                + "; the value is ignored and the address is made from the file's name, " + Quote.of(fallback)
                + ". To fix: write the last part of the address in quotes, such as 'slug: \"new-name\"'");
        return fallback;
    }

    /**
     * A slug of four digits would be the address of a year's archive ({@code articles/2021/}), so it gets
     * {@code -article} after it: a mapping that depends on the article alone, so that no other article can move it.
     */
    private static String notAYear(String slug, SourcePosition at, Problems problems) {
        if (slug.length() != 4 || !slug.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return slug;
        }
        String free = slug + "-article";
        problems.warning(at, "its slug " + Quote.of(slug) + " is four digits, the address of the archive of the year " + slug
                + "; publishing it as " + Quote.of(free) + ". Give it a 'slug:' with a letter in it");
        return free;
    }

    /** {@code updatedDateTime}, dropped with a warning when it is before the article was published. */
    private static Optional<Instant> updated(HeaderFields fields, Optional<Instant> published) {
        Optional<Instant> updated = fields.optionalDate("updatedDateTime");
        if (updated.isPresent() && published.isPresent() && updated.get().isBefore(published.get())) {
            fields.warnDropped("updatedDateTime", fields.map().get("updatedDateTime").orElseThrow(),
                    "at or after 'publishedDateTime', " + published.get(), ArticleFields.fix("updatedDateTime"));
            return Optional.empty();
        }
        return updated;
    }

    private static boolean published(YamlMap map, Problems problems) {
        Optional<YamlValue> value = map.get("published");
        if (value.isEmpty()) {
            problems.warning(map.position(), "missing field 'published'; the article is not published. Add 'published: true' to publish it");
            return false;
        }
        if (value.get() instanceof YamlScalar scalar && HeaderFields.isTrueOrFalse(scalar)) {
            return Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT));
        }
        problems.error(value.get().position(), "'published' must be true or false, unquoted; found "
                + foundPublished(value.get()) + "; write 'published: true' or 'published: false'");
        return false;
    }

    /**
     * "found a boolean 'yes'" would contradict the message, and "found 'true'" hides the quotes or the tag that are
     * the mistake; so each is named as written: a tag with its value, quoted text as text in quotes, an unquoted word
     * YAML does not read as a boolean ({@code tRue}, {@code y}) as text, and a YAML 1.1 boolean ({@code yes}) as is.
     */
    private static String foundPublished(YamlValue value) {
        if (!(value instanceof YamlScalar scalar)) {
            return HeaderFields.found(value);
        }
        if (scalar.explicitTag().isPresent()) {
            return Quote.of(scalar.text()) + " with the tag " + Quote.of(scalar.explicitTag().get()) + " (a tag is not trusted "
                    + "to make a value true)";
        }
        if (scalar.is(YamlScalar.Kind.BOOLEAN)) {
            return Quote.of(scalar.text());
        }
        if (scalar.is(YamlScalar.Kind.STRING)) {
            return scalar.quoted() ? "the text " + Quote.of(scalar.text()) + " in quotes"
                    : Quote.of(scalar.text()) + ", which YAML reads as text, not as true or false";
        }
        return HeaderFields.found(value);
    }

    private Optional<Provider> provider(HeaderFields fields, boolean required, Problems problems) {
        Optional<YamlValue> value = fields.map().get("provider");
        if (value.isEmpty()) {
            if (required) {
                fields.missing("provider", "add 'provider:' with a 'name:' below it");
            }
            return Optional.empty();
        }
        if (!(value.get() instanceof YamlMap map)) {
            String message = "'" + fields.name("provider") + "' must be a mapping with 'name' and 'domain'; found "
                    + HeaderFields.found(value.get());
            if (required) {
                problems.error(value.get().position(), message + "; " + ArticleFields.fix("provider"));
            } else {
                problems.warning(value.get().position(), message + "; the provider is ignored");
            }
            return Optional.empty();
        }
        Problems nameProblems = new Problems();
        HeaderFields provider = new HeaderFields(map, fields.name("provider."), "provider", zone, shared, problems);
        warnUnknownKeys(provider, problems);
        Optional<String> name = new HeaderFields(map, fields.name("provider."), "provider", zone, shared, nameProblems)
                .requiredText("name", ArticleFields.fix("provider.name"));
        nameProblems.list().forEach(p -> {
            if (required) {
                problems.add(p);
            } else {
                problems.warning(p.position(), p.message() + " (the provider is ignored)");
            }
        });
        String domain = provider.optionalText("domain");
        return name.map(n -> shared.provider(n, domain.strip()));
    }

    private List<Topic> topics(HeaderFields fields, Problems problems) {
        return ListLimit.topics(limits).keepDistinct(fields, "topics", this::topic, Topic::name,
                topic -> Slugs.nameKey(topic.name()), problems);
    }

    private Optional<Topic> topic(YamlValue item, Problems problems) {
        if (item instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.STRING) && !HeaderFields.isBlank(scalar.text())) {
            return Optional.of(shared.topic(scalar.text()));
        }
        problems.warning(item.position(), "a topic must be a non-blank string; found " + HeaderFields.found(item)
                + "; the entry is ignored. Quote the topic name");
        return Optional.empty();
    }

    private List<Image> images(HeaderFields fields, Problems problems) {
        return ListLimit.images(limits).keep(fields, "images", (item, own) -> image(fields, item, own),
                image -> image.url().toString(), problems);
    }

    private Optional<Image> image(HeaderFields fields, YamlValue item, Problems problems) {
        if (!(item instanceof YamlMap map)) {
            problems.warning(item.position(), "an image must be a mapping with 'url', 'width' and 'height'; found "
                    + HeaderFields.found(item) + "; the entry is ignored");
            return Optional.empty();
        }
        HeaderFields image = new HeaderFields(map, fields.name("images[]."), "images[]", zone, shared, problems);
        warnUnknownKeys(image, problems);
        if (map.get("url").isEmpty()) {
            problems.warning(map.position(), "an image has no 'url'; the entry is ignored. Add 'url: https://...'");
            return Optional.empty();
        }
        Optional<URI> url = image.optionalUrl("url");
        int width = image.optionalSize("width");
        int height = image.optionalSize("height");
        boolean isCached = image.optionalBoolean("isCached");
        return url.map(u -> new Image(u, width, height, isCached));
    }

    private List<RelatedItem> related(HeaderFields fields, Problems problems) {
        return ListLimit.related(limits).keep(fields, "related", this::relatedItem, RelatedItem::title, problems);
    }

    private Optional<RelatedItem> relatedItem(YamlValue item, Problems problems) {
        if (!(item instanceof YamlMap map)) {
            problems.warning(item.position(), "a 'related' entry must be a mapping with 'title', 'webUrl' and more; found "
                    + HeaderFields.found(item) + "; the entry is ignored");
            return Optional.empty();
        }
        Problems entryProblems = new Problems();
        HeaderFields entry = new HeaderFields(map, "related[].", "related[]", zone, shared, entryProblems);
        warnUnknownKeys(entry, entryProblems);
        Optional<String> title = entry.requiredText("title", ArticleFields.fix("related[].title"));
        String excerpt = entry.optionalText("excerpt");
        Optional<Instant> date = entry.optionalDate("publishedDateTime");
        Optional<URI> webUrl = entry.optionalUrl("webUrl").or(() -> entry.optionalUrl("originalUrl"));
        Optional<URI> ampWebUrl = entry.optionalUrl("ampWebUrl");
        Optional<URI> cdnAmpWebUrl = entry.optionalUrl("cdnAmpWebUrl");
        String type = entry.optionalText("type");
        Optional<Provider> provider = provider(entry, false, entryProblems);
        List<Image> images = images(entry, entryProblems);
        int quality = entry.optionalInt("quality");
        entry.optionalInt("heat");
        entryProblems.list().forEach(p -> problems.warning(p.position(), p.message()
                + (p.isError() ? " (this related entry is ignored)" : "")));
        return title.map(t -> new RelatedItem(t.strip(), excerpt.strip(), date, webUrl, ampWebUrl, cdnAmpWebUrl, type,
                quality, provider, images));
    }

    /** Warns of each name in the mapping that its group does not describe, with the described name it most likely means. */
    private static void warnUnknownKeys(HeaderFields fields, Problems problems) {
        Set<String> known = KNOWN_KEYS.get(fields.group());
        for (YamlMap.Entry entry : fields.map().entries()) {
            if (!known.contains(entry.name())) {
                String hint = ArticleFields.SHAPE.nearest(entry.name(), fields.group())
                        .map(k -> "did you mean " + Quote.of(fields.name(k)) + "?")
                        .orElse("it is ignored");
                problems.warning(entry.key().position(), "unknown field " + Quote.of(fields.name(entry.name())) + "; " + hint);
            }
        }
    }
}
