package org.newsdigest.render;

import java.util.List;
import java.util.function.Consumer;
import org.newsdigest.model.Digest;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.TermView;

/** {@code topics/index.html} and {@code providers/index.html}: every topic or provider with its article count. */
final class TermIndexRenderer {

    private final ThemeTemplates templates;
    private final ViewFactory views;

    TermIndexRenderer(ThemeTemplates templates, ViewFactory views) {
        this.templates = templates;
        this.views = views;
    }

    void render(Digest digest, Consumer<RenderedPage> out) throws TemplateFailure {
        UrlScheme urls = views.urls();
        List<TermView> topics = digest.topics().stream()
                .map(t -> new TermView(t.key().name(), urls.link(urls.topic(t.key())), t.articles().size())).toList();
        List<TermView> providers = digest.providers().stream()
                .map(p -> new TermView(p.key().name(), urls.link(urls.provider(p.key())), p.articles().size())).toList();
        renderIndex("topics.ftlh", urls.topics(), "Topics", "Every topic in " + views.site().title() + ".", topics, out);
        renderIndex("providers.ftlh", urls.providers(), "Providers", "Every news provider in " + views.site().title() + ".",
                providers, out);
    }

    private void renderIndex(String template, String path, String title, String description, List<TermView> terms,
            Consumer<RenderedPage> out) throws TemplateFailure {
        UrlScheme urls = views.urls();
        PageView page = PageView.of(title, description, urls.link(path), urls.absolute(path), template.replace(".ftlh", ""));
        String html = templates.render(template, PageModel.of(views.site(), page).with("terms", terms).values());
        out.accept(Pages.of(urls.outputFile(path), html));
    }
}
