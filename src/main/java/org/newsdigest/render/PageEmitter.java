package org.newsdigest.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdigest.hash.Hash64;

/** Hands each output file to the target: rendered when its data changed since the last build, kept otherwise. */
final class PageEmitter {

    /** Marks a page recorded by its key rather than by its model's fingerprint. */
    private static final long KEYED = 0x6b65796564L;

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
            target.write(new RenderedPage(outputFile, templates.render(template, model.values(), outputFile, watch)), fingerprint);
        }
    }

    /**
     * The page at {@code outputFile}, from {@code template} with the model {@code model} makes: kept without making it
     * when the last build recorded the page with the same {@code key}, a hash of every input the model is made from
     * (in a domain of its own, so no fingerprint of a model is ever taken for it).
     */
    void page(String outputFile, String template, long key, Supplier<PageModel> model) throws TemplateFailure {
        long recorded = keyed(template, key);
        if (target.holds(outputFile, recorded)) {
            target.keep(outputFile, recorded);
        } else {
            Map<String, Object> values = model.get().values();
            target.write(new RenderedPage(outputFile, templates.render(template, values, outputFile, watch)), recorded);
        }
    }

    /** Files that one set of data makes together, how many known only once they are rendered: the sitemap's. */
    interface FileSet {
        /** The path of file {@code index} of the set: 0 is always there, those after it only when rendered so. */
        String path(int index);

        /** Every file of the set, in the order of {@link #path}. */
        List<RenderedPage> render() throws TemplateFailure;
    }

    /**
     * The files of {@code set}, made from {@code data} (hashed as the data of {@code template}; it may hold more than
     * the template is given): all kept when the last build made them from the same data, else all rendered and
     * written. File {@code i > 0} is recorded with a fingerprint of the data and {@code i}, and file 0 with one of the
     * data and the number of files after it; so when file 0 and the files before the first one not held are held,
     * they are every file the same data made last time, and nothing else.
     */
    void fileSet(String template, PageModel data, FileSet set) throws TemplateFailure {
        fileSet(fingerprints.of(template, data.values()), set);
    }

    /**
     * The files of {@code set}, as {@link #fileSet(String, PageModel, FileSet)} hands them, kept by {@code key}, a hash
     * of every input their data is made from, without making the data.
     */
    void fileSet(String template, long key, FileSet set) throws TemplateFailure {
        fileSet(keyed(template, key), set);
    }

    private static long keyed(String template, long key) {
        return new Hash64().add(KEYED).add(template).add(key).value();
    }

    private void fileSet(long fingerprint, FileSet set) throws TemplateFailure {
        int after = 0;
        while (target.holds(set.path(after + 1), ModelFingerprint.of(fingerprint, after + 1))) {
            after++;
        }
        if (target.holds(set.path(0), ModelFingerprint.of(fingerprint, -after))) {
            for (int i = 0; i <= after; i++) {
                target.keep(set.path(i), ModelFingerprint.of(fingerprint, i == 0 ? -after : i));
            }
            return;
        }
        List<RenderedPage> files = set.render();
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).path().equals(set.path(i))) {
                throw new IllegalStateException("file " + i + " of a set is " + files.get(i).path() + ", not " + set.path(i));
            }
            target.write(files.get(i), ModelFingerprint.of(fingerprint, i == 0 ? -(files.size() - 1) : i));
        }
    }

    /** {@code template} rendered with {@code model} as the file {@code outputFile}, for a {@link FileSet}. */
    RenderedPage render(String outputFile, String template, PageModel model) throws TemplateFailure {
        return new RenderedPage(outputFile, templates.render(template, model.values(), outputFile, watch));
    }

    /** A failure of {@code template} as a whole, with a message of the caller's. */
    TemplateFailure failure(String template, String message) {
        return templates.failure(template, message);
    }

    /** A file made without a template, such as a static asset or {@code robots.txt}. */
    void file(RenderedPage file) {
        long fingerprint = new Hash64().add(file.content()).value();
        if (target.holds(file.path(), fingerprint)) {
            target.keep(file.path(), fingerprint);
        } else {
            target.write(file, fingerprint);
        }
    }
}
