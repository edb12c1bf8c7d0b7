package org.newsdigest.render;

import java.util.function.Consumer;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.render.Views.ArticleView;
import org.newsdigest.render.Views.PageView;

/** One page per published article, at its permalink. */
final class ArticlePageRenderer {

    private final ThemeTemplates templates;
    private final ViewFactory views;

    ArticlePageRenderer(ThemeTemplates templates, ViewFactory views) {
        this.templates = templates;
        this.views = views;
    }

    void render(Digest digest, Consumer<RenderedPage> out) throws TemplateFailure {
        UrlScheme urls = views.urls();
        for (Article article : digest.articles()) {
            String path = urls.article(article);
            ArticleView view = views.article(article);
            PageView page = views.articlePage(article);
            String html = templates.render("article.ftlh", PageModel.of(views.site(), page).with("article", view).values());
            out.accept(Pages.of(urls.outputFile(path), html));
        }
    }
}
