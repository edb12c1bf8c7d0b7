package org.newsdigest.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Optional;

/**
 * FreeMarker's default wrapper, with one addition: a view's {@link Optional} reads in a template as its value when
 * present and as missing when empty, so templates test it with {@code ??} and default it with {@code !} as they
 * would a missing value, and views never hold {@code null}.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    ViewObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Optional<?> optional) {
            return optional.isPresent() ? wrap(optional.get()) : null;
        }
        return super.handleUnknownType(object);
    }
}
