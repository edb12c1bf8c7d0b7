package org.newsdigest.render;

/** Hands each output file to the target: rendered when its data changed since the last build, kept otherwise. */
final class PageEmitter {

    private final ThemeTemplates templates;
    private final ModelFingerprint fingerprints;
    private final RenderTarget target;
    private final RenderWatch watch;

    PageEmitter(ThemeTemplates templates, ModelFingerprint fingerprints, RenderTarget target, RenderWatch watch) {
        this.templates = templates;
        this.fingerprints = fingerprints;
        this.target = target;
        this.watch = watch;
    }

    /** The page at {@code outputFile}, from {@code template} with {@code model}. */
    void page(String outputFile, String template, PageModel model) throws TemplateFailure {
        long fingerprint = fingerprints.of(template, model.values());
        if (target.holds(outputFile, fingerprint)) {
            target.keep(outputFile, fingerprint);
        } else {
            target.write(Pages.of(outputFile, templates.render(template, model.values(), outputFile, watch)), fingerprint);
        }
    }

    /** A file made without a template, such as a static asset or {@code robots.txt}. */
    void file(RenderedPage file) {
        long fingerprint = ModelFingerprint.ofBytes(file.content());
        if (target.holds(file.path(), fingerprint)) {
            target.keep(file.path(), fingerprint);
        } else {
            target.write(file, fingerprint);
        }
    }
}
