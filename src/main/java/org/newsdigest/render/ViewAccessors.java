package org.newsdigest.render;

import java.beans.Introspector;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The values a template reads from a view class by name, as FreeMarker's own introspection exposes them with
 * {@link ViewObjectWrapper}'s settings, each looked up once per class and called directly rather than through
 * reflection: on a record, every public no-argument method it declares under its own name ({@code article.title},
 * {@code article.shortExcerpt}); on a record or an enum, a bean property for each {@code getX()} or boolean
 * {@code isX()} it declares ({@code pagination.needed}, {@code page.kind.home}). Anything else a template asks for
 * (a method call, an inherited method, a name the view lacks) is left to FreeMarker, so it behaves and fails as before.
 */
final class ViewAccessors {

    private final Map<String, Integer> indexByName;
    private final Function<Object, Object>[] accessors;
    private final boolean wrappedOnce;

    private ViewAccessors(Map<String, Integer> indexByName, Function<Object, Object>[] accessors, boolean wrappedOnce) {
        this.indexByName = indexByName;
        this.accessors = accessors;
        this.wrappedOnce = wrappedOnce;
    }

    /** Only the views of this package: records and enums. */
    static boolean covers(Class<?> type) {
        return (type.isRecord() || type.isEnum()) && type.getPackageName().equals(ViewAccessors.class.getPackageName());
    }

    /** @param wrappedOnce whether a view of this class is wrapped once for the build rather than on each use */
    @SuppressWarnings("unchecked")
    static ViewAccessors of(Class<?> type, boolean wrappedOnce) {
        Map<String, Integer> indexByName = new HashMap<>();
        Set<String> twice = new HashSet<>();
        List<Function<Object, Object>> accessors = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            Optional<String> name = templateName(type, method);
            Optional<Function<Object, Object>> accessor = name.isPresent() ? direct(method) : Optional.empty();
            if (accessor.isPresent() && indexByName.putIfAbsent(name.get(), accessors.size()) == null) {
                accessors.add(accessor.get());
            } else if (accessor.isPresent()) {
                twice.add(name.get());
            }
        }
        // a name two methods answer to (x() and isX()) is left to FreeMarker's own rule of which one wins
        indexByName.keySet().removeAll(twice);
        return new ViewAccessors(Map.copyOf(indexByName), accessors.toArray(Function[]::new), wrappedOnce);
    }

    /** A table of no names: FreeMarker finds them all. */
    @SuppressWarnings("unchecked")
    static ViewAccessors none() {
        return new ViewAccessors(Map.of(), new Function[0], false);
    }

    /** The number of names read here; indexes run from 0 to this, exclusive. */
    int size() {
        return accessors.length;
    }

    boolean wrappedOnce() {
        return wrappedOnce;
    }

    /** The index of the value a template reads as {@code name}, or -1 when FreeMarker is to find it. */
    int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    Object read(int index, Object view) {
        return accessors[index].apply(view);
    }

    private static Optional<String> templateName(Class<?> type, Method method) {
        int modifiers = method.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.isSynthetic() || method.isBridge()
                || method.getParameterCount() != 0 || method.getReturnType() == void.class) {
            return Optional.empty();
        }
        String name = method.getName();
        if (name.equals("toString") || name.equals("hashCode")) {
            return Optional.empty();
        }
        if (name.length() > 3 && name.startsWith("get")) {
            return Optional.of(Introspector.decapitalize(name.substring(3)));
        }
        if (name.length() > 2 && name.startsWith("is") && method.getReturnType() == boolean.class) {
            return Optional.of(Introspector.decapitalize(name.substring(2)));
        }
        return type.isRecord() ? Optional.of(name) : Optional.empty();
    }

    /** The method as a plain function, or empty when it cannot be made one (FreeMarker then reads it as before). */
    @SuppressWarnings("unchecked")
    static Optional<Function<Object, Object>> direct(Method method) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(method);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target, target.type().wrap());
            return Optional.of((Function<Object, Object>) site.getTarget().invoke());
        } catch (Throwable e) {
            return Optional.empty();
        }
    }
}
