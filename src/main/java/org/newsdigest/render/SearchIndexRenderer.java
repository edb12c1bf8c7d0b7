package org.newsdigest.render;

import java.util.List;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Topic;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.SearchEntryView;

/**
 * {@code search-index.json}: every published article, newest first, with what the theme's search script matches
 * (title, excerpt, topics, provider) and shows (date, link). Written through a {@code .ftlj} template, so every
 * value is escaped as JSON string content.
 */
final class SearchIndexRenderer {

    private final PageEmitter out;
    private final ViewFactory views;

    SearchIndexRenderer(PageEmitter out, ViewFactory views) {
        this.out = out;
        this.views = views;
    }

    void render(Digest digest) throws TemplateFailure {
        UrlScheme urls = views.urls();
        out.page(urls.searchIndex(), "search-index.ftlj", key(digest), () -> {
            List<SearchEntryView> entries = digest.articles().stream().map(this::entry).toList();
            PageView page = PageView.of("Search index", "", urls.link(urls.searchIndex()), urls.absolute(urls.searchIndex()),
                    PageKind.SEARCH_INDEX);
            return PageModel.of(views.site(), page).with("entries", entries);
        });
    }

    /** A key of everything {@link #entry} takes from each article, in order: the index shows nothing else. */
    private long key(Digest digest) {
        KeyHash key = new KeyHash();
        key.number(digest.articles().size());
        for (Article article : digest.articles()) {
            ArticleTexts texts = views.texts(article);
            key.number(texts.title());
            key.number(texts.excerpt());
            key.number(texts.topicNames());
            key.number(texts.provider());
            key.instant(article.publishedAt());
            key.number(texts.path());
        }
        return key.value();
    }

    private SearchEntryView entry(Article article) {
        UrlScheme urls = views.urls();
        return new SearchEntryView(article.title(), article.excerpt(), article.topics().stream().map(Topic::name).toList(),
                article.provider().name(), views.dates().iso(article.publishedAt()), views.readable(article.publishedAt()),
                urls.link(urls.article(article)));
    }
}
