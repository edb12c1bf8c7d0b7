package org.newsdigest.render;

import java.util.List;
import org.newsdigest.model.Article;
import org.newsdigest.render.RenderPlan.Piece;

/** One page per published article, at its permalink. */
final class ArticlePageRenderer {

    /** An article's page shows its whole body, related coverage and every topic: about as much work as five cards. */
    private static final int BODY_COST = 5;

    private final ViewFactory views;

    ArticlePageRenderer(ViewFactory views) {
        this.views = views;
    }

    /** The page of each article, in order. */
    List<Piece> pages(List<Article> articles) {
        return articles.stream().map(article -> new Piece(RenderPlan.PAGE_COST + BODY_COST, out -> render(out, article))).toList();
    }

    private void render(PageEmitter out, Article article) throws TemplateFailure {
        UrlScheme urls = views.urls();
        String path = urls.article(article);
        out.page(urls.outputFile(path), "article.ftlh", views.articleKey(article),
                () -> PageModel.of(views.site(), views.articlePage(article)).with("article", views.article(article)));
    }
}
