package org.newsdigest.parse;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.diagnostic.XmlCharacters;
import org.newsdigest.load.SourceText;
import org.newsdigest.model.Article;
import org.newsdigest.model.ArticleBody;
import org.newsdigest.model.ArticleBuilder;
import org.newsdigest.model.ArticleIdentity;
import org.newsdigest.yaml.YamlMap;
import org.newsdigest.yaml.YamlReader;
import org.newsdigest.yaml.YamlScalar;
import org.newsdigest.yaml.YamlValue;

/**
 * Source text to article: split the front matter, read the YAML, validate the header, render the body if published.
 * Used by many threads at once. The articles it makes share each address, topic and provider they write alike
 * ({@link SharedValues}), which it holds until it is let go: one parser is made for each build.
 */
public final class ArticleParser {

    /** A top-level header line that says which story a file is. */
    private static final Pattern IDENTIFYING_LINE = Pattern.compile("(?m)^(title|webUrl|originalUrl|ampWebUrl|cdnAmpWebUrl):.*$");

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlReader yaml;
    private final ArticleHeaderReader headers;
    private final MarkdownRenderer markdown;

    public ArticleParser(ZoneId zone, int codePointLimit, Limits limits, MarkdownRenderer markdown) {
        this(zone, codePointLimit, limits, markdown, URI.create("https://example.invalid/"));
    }

    /** @param baseUrl the site's base URL, which aliases are written below */
    public ArticleParser(ZoneId zone, int codePointLimit, Limits limits, MarkdownRenderer markdown, URI baseUrl) {
        this.yaml = new YamlReader(codePointLimit);
        this.headers = new ArticleHeaderReader(zone, limits, baseUrl);
        this.markdown = markdown.within(limits);
    }

    /** @return the article, published or not; empty when the file is invalid (the reasons are in {@code problems}) */
    public Optional<Article> parse(SourceText source, Problems problems) {
        Problems own = new Problems();
        Optional<Article> article = parseFile(source, own).article();
        problems.addAll(own.list());
        return article;
    }

    /**
     * The file's article, or, when it is invalid (one of its problems is an error), what identifies it as far as it
     * can be read: its title and web addresses, so that the build can keep it out of the related lists of others. When
     * the YAML cannot be read at all, those fields are read from their own header lines.
     *
     * @param problems the problems found in the file so far (in reading it), to which this adds its own; the result
     *                 holds them all
     */
    public ParsedFile parseFile(SourceText source, Problems problems) {
        Optional<FrontMatter> split = splitter.split(source, problems);
        if (split.isEmpty()) {
            return ParsedFile.invalid(identityFromLines(source.text(), source), problems.list());
        }
        FrontMatter frontMatter = split.get();
        Problems yamlProblems = new Problems();
        String header = YamlReader.withoutUnreadableCharacters(frontMatter.yaml(), source.file(), frontMatter.yamlFirstLine(),
                yamlProblems);
        Optional<YamlValue> root = yaml.read(header, source.file(), frontMatter.yamlFirstLine(), yamlProblems);
        Optional<ArticleBuilder> article = root.flatMap(r -> headers.readAsFarAsPossible(r, source.file(), yamlProblems));
        if (yamlProblems.size() == 0 && article.isEmpty()) {
            yamlProblems.error(new SourcePosition(source.file(), 2, 1),
                    "the front matter is empty; add at least 'title', 'publishedDateTime', 'published' and 'provider'");
        }
        problems.addAll(yamlProblems.list());
        if (yamlProblems.hasErrors()) {
            // the YAML step can report an error (a duplicate key) and still return a tree the header reader accepts
            return ParsedFile.invalid(article.map(ArticleBuilder::identity).or(() -> identityFromLines(header, source)),
                    problems.list());
        }
        Article read = article.get().build();
        return read.published() ? withBody(read, source, frontMatter, problems) : kept(read, problems);
    }

    /** The article with its body rendered; only what identifies it when the body cannot be read. */
    private ParsedFile withBody(Article article, SourceText source, FrontMatter frontMatter, Problems problems) {
        Problems bodyProblems = new Problems();
        String html = markdown.render(XmlCharacters.clean(frontMatter.body()), source.file(), frontMatter.bodyFirstLine(),
                bodyProblems);
        problems.addAll(bodyProblems.list());
        return kept(article.withBody(ArticleBody.of(html)), problems);
    }

    /** The article, or only what identifies it when the file has an error, in its body or before it was parsed. */
    private static ParsedFile kept(Article article, Problems problems) {
        return problems.hasErrors() ? ParsedFile.invalid(Optional.of(article.identity()), problems.list())
                : new ParsedFile(Optional.of(article), problems.list());
    }

    /** Reads each identifying line on its own, the first of each key; empty when none can be read. */
    private Optional<ArticleIdentity> identityFromLines(String header, SourceText source) {
        Map<String, String> values = new HashMap<>();
        Matcher line = IDENTIFYING_LINE.matcher(header);
        while (line.find()) {
            if (values.containsKey(line.group(1))) {
                continue;
            }
            yaml.read(line.group(), source.file(), 1, new Problems())
                    .filter(YamlMap.class::isInstance)
                    .flatMap(map -> ((YamlMap) map).get(line.group(1)))
                    .filter(value -> value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.STRING))
                    .ifPresent(value -> values.put(line.group(1), ((YamlScalar) value).text()));
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<URI>> urls = List.of("originalUrl", "webUrl", "ampWebUrl", "cdnAmpWebUrl").stream()
                .map(key -> Optional.ofNullable(values.get(key)).flatMap(WebAddresses::parse)).toList();
        return Optional.of(new ArticleIdentity(source.file(), values.getOrDefault("title", "").strip(),
                urls.get(0), urls.get(1), urls.get(2), urls.get(3)));
    }
}
