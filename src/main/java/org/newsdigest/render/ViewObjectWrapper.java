package org.newsdigest.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.render.Views.SiteView;

/**
 * FreeMarker's default wrapper, with one addition: a view's {@link Optional} reads in a template as its value when
 * present and as missing when empty, so templates test it with {@code ??} and default it with {@code !} as they
 * would a missing value, and views never hold {@code null}.
 *
 * <p>A view (a record or enum of this package) is wrapped as a {@link ViewModel}, which shows exactly what FreeMarker's
 * own model would but reads its values without reflection. The site is wrapped once per build, since every page
 * shows it; an article's view is wrapped for each page that shows it, so that its model is not held to the build's end.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    /**
     * Only the site: an article's model held for the whole build (its wrapped values, its body among them) made
     * 100,000 articles run out of a 1 GiB heap, and saved about 1% of CPU.
     */
    private static final Set<Class<?>> WRAPPED_ONCE = Set.of(SiteView.class);

    /** What {@link #accessorsByClass} holds for a class that is no view. */
    private static final ViewAccessors NOT_A_VIEW = ViewAccessors.none();

    private final Map<Class<?>, ViewAccessors> accessorsByClass = new ConcurrentHashMap<>();
    private final Map<Object, TemplateModel> wrappedOnce = Collections.synchronizedMap(new IdentityHashMap<>());

    ViewObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Optional<?> optional) {
            return optional.isPresent() ? wrap(optional.get()) : null;
        }
        ViewAccessors accessors = accessorsOf(object.getClass());
        if (accessors == NOT_A_VIEW) {
            return super.handleUnknownType(object);
        }
        if (accessors.wrappedOnce()) {
            return wrappedOnce.computeIfAbsent(object, view -> new ViewModel(view, this, accessors));
        }
        return new ViewModel(object, this, accessors);
    }

    private ViewAccessors accessorsOf(Class<?> type) {
        ViewAccessors accessors = accessorsByClass.get(type);
        if (accessors == null) {
            accessors = accessorsByClass.computeIfAbsent(type, view -> ViewAccessors.covers(view)
                    ? ViewAccessors.of(view, WRAPPED_ONCE.contains(view)) : NOT_A_VIEW);
        }
        return accessors;
    }
}
