package org.newsdigest.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * A view as a template sees it: what FreeMarker's own model of it shows (it is one), but the names of {@link
 * ViewAccessors} are read by a direct call, and each is read and wrapped once per model: a view never changes, and a
 * page reads some names many times (the site's on every line of the head).
 */
final class ViewModel extends StringModel implements MethodCallAwareTemplateHashModel {

    /** Stands for a value read once and found missing (an empty {@link java.util.Optional}). */
    private static final TemplateModel MISSING = new TemplateModel() {
    };

    private final ViewAccessors accessors;
    private final TemplateModel[] read;

    ViewModel(Object view, BeansWrapper wrapper, ViewAccessors accessors) {
        super(view, wrapper);
        this.accessors = accessors;
        this.read = new TemplateModel[accessors.size()];
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        int index = accessors.indexOf(key);
        if (index < 0) {
            return super.get(key);
        }
        TemplateModel value = read[index];
        if (value == null) {
            Object raw;
            try {
                raw = accessors.read(index, object);
            } catch (RuntimeException e) {
                // FreeMarker's own call fails the same way, and reports it as it always has
                return super.get(key);
            }
            value = wrap(raw);
            read[index] = value == null ? MISSING : value;
        }
        return value == MISSING ? null : value;
    }

    /** Public, so that FreeMarker asks it: a name followed by {@code (} goes to the bean model's method lookup. */
    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return super.getBeforeMethodCall(key);
    }
}
