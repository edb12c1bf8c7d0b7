package org.newsdigest.render;

import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
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

    void render(Digest digest) throws TemplateFailure {
        UrlScheme urls = views.urls();
        for (Article article : digest.articles()) {
            String path = urls.article(article);
            ArticleView view = views.article(article);
            PageView page = views.articlePage(article);
            out.page(urls.outputFile(path), "article.ftlh", PageModel.of(views.site(), page).with("article", view));
        }
    }
}
