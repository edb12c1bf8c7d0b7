package org.newsdigest.parse;

import java.time.ZoneId;
import java.util.Optional;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.diagnostic.XmlCharacters;
import org.newsdigest.load.SourceText;
import org.newsdigest.model.Article;
import org.newsdigest.yaml.YamlReader;

/** Source text to article: split the front matter, read the YAML, validate the header, render the body if published. */
public final class ArticleParser {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlReader yaml;
    private final ArticleHeaderReader headers;
    private final MarkdownRenderer markdown;

    public ArticleParser(ZoneId zone, int codePointLimit, MarkdownRenderer markdown) {
        this.yaml = new YamlReader(codePointLimit);
        this.headers = new ArticleHeaderReader(zone);
        this.markdown = markdown;
    }

    /** @return the article, published or not; empty when the file is invalid (the reasons are in {@code problems}) */
    public Optional<Article> parse(SourceText source, Problems problems) {
        return splitter.split(source, problems).flatMap(frontMatter -> {
            Problems yamlProblems = new Problems();
            Optional<Article> article = yaml.read(frontMatter.yaml(), source.file(), frontMatter.yamlFirstLine(), yamlProblems)
                    .flatMap(root -> headers.read(root, source.file(), yamlProblems))
                    // the YAML step can report an error (a duplicate key) and still return a tree the header reader accepts
                    .filter(a -> !yamlProblems.hasErrors());
            if (yamlProblems.size() == 0 && article.isEmpty()) {
                yamlProblems.error(new SourcePosition(source.file(), 2, 1),
                        "the front matter is empty; add at least 'title', 'publishedDateTime', 'published' and 'provider'");
            }
            problems.addAll(yamlProblems.list());
            return article.map(a -> a.published() ? a.withBodyHtml(markdown.render(XmlCharacters.clean(frontMatter.body()),
                    source.file(), frontMatter.bodyFirstLine(), problems)) : a);
        });
    }
}
