package org.newsdigest.render;

import java.util.List;
import org.newsdigest.model.Article;
import org.newsdigest.render.Views.ArticleView;
import org.newsdigest.render.Views.PageView;

/** One page per published article, at its permalink. */
final class ArticlePageRenderer {

    private final PageEmitter out;
    private final ViewFactory views;

    ArticlePageRenderer(PageEmitter out, ViewFactory views) {
        this.out = out;
        this.views = views;
    }

    /** The pages of these articles, a slice of the digest's, so that the slices can render on different cores. */
    void render(List<Article> articles) throws TemplateFailure {
        UrlScheme urls = views.urls();
        for (Article article : articles) {
            String path = urls.article(article);
            ArticleView view = views.article(article);
            PageView page = views.articlePage(article);
            out.page(urls.outputFile(path), "article.ftlh", PageModel.of(views.site(), page).with("article", view));
        }
    }
}
