package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ViewObjectWrapperTest {

    public enum Mood {
        CALM, ANGRY;

        public boolean isCalm() {
            return this == CALM;
        }
    }

    public record Author(String name, int articles) {
    }

    public record Story(String title, Optional<String> subtitle, List<String> tags, Author author, Mood mood,
            Optional<Author> editor, boolean featured, long words) {

        public String shout() {
            return title.toUpperCase();
        }

        public boolean isLong() {
            return words > 1000;
        }

        public String titled(String prefix) {
            return prefix + title;
        }
    }

    /** Two methods a template would read as {@code shown}. */
    public record Shown(boolean shown) {
        public boolean isShown() {
            return !shown;
        }
    }

    private static final Story FULL = new Story("Rain", Optional.of("all day"), List.of("weather", "city"),
            new Author("Ann", 12), Mood.CALM, Optional.of(new Author("Bo", 3)), true, 12345);
    private static final Story BARE = new Story("Sun", Optional.empty(), List.of(), new Author("Cy", 0), Mood.ANGRY,
            Optional.empty(), false, 7);

    @Test
    void anOptionalIsItsValueOrMissing() throws Exception {
        String source = "${s.subtitle!'none'} ${s.subtitle???c} ${s.subtitle?has_content?c}"
                + " <#if s.editor??>${s.editor.name}<#else>no editor</#if>";
        assertEquals("all day true true Bo", render(source, FULL));
        assertEquals("none false false no editor", render(source, BARE));
    }

    @Test
    void aListListsAndCounts() throws Exception {
        String source = "${s.tags?size}:<#list s.tags as tag>[${tag}]<#sep>,</#list> ${s.tags?has_content?c}"
                + " ${s.tags?join('+', '-')}";
        assertEquals("2:[weather],[city] true weather+city", render(source, FULL));
        assertEquals("0: false -", render(source, BARE));
    }

    @Test
    void aNestedRecordIsReadByItsComponents() throws Exception {
        assertEquals("Ann 12 Ann", render("${s.author.name} ${s.author.articles?c} ${s.author.name()}", FULL));
    }

    @Test
    void anEnumReadsAsItsNameAndItsFlags() throws Exception {
        String source = "${s.mood} ${s.mood.calm?c} ${s.mood.isCalm()?c} <#if s.mood == 'CALM'>same</#if>";
        assertEquals("CALM true true same", render(source, FULL));
        assertEquals("ANGRY false false ", render(source, BARE));
    }

    @Test
    void numbersBooleansAndMethodsReadAsBefore() throws Exception {
        String source = "${s.words} ${s.words?c} ${s.featured?c} ${s.featured?then('y', 'n')} ${s.shout} ${s.shout()}"
                + " ${s.long?c} ${s.isLong()?c} ${s.titled('On ')} ${s?has_content?c}";
        assertEquals("12,345 12345 true y RAIN RAIN true true On Rain true", render(source, FULL));
        assertEquals("7 7 false n SUN SUN false false On Sun true", render(source, BARE));
    }

    @Test
    void aNameTheViewLacksFailsAsMissing() throws Exception {
        InvalidReferenceException failure = assertThrows(InvalidReferenceException.class,
                () -> render("${s.nosuch}", FULL));
        assertTrue(failure.getMessage().contains("==> s.nosuch"), failure.getMessage());
        assertEquals(failure.getMessage(), assertThrows(InvalidReferenceException.class,
                () -> render(plainWrapper(), "${s.nosuch}", FULL)).getMessage());
        assertEquals("missing", render("${s.nosuch!'missing'}", FULL));
    }

    @Test
    void everyExpressionAboveReadsTheSameAsWithFreeMarkersOwnModel() throws Exception {
        for (Story story : List.of(FULL, BARE)) {
            for (String source : List.of("${s.subtitle!'none'}", "${s.tags?size}", "${s.author.name}", "${s.mood.calm?c}",
                    "${s.words?c}", "${s.long?c}", "${s.shout()}", "${s.titled('x')}", "${s?is_hash?c}",
                    "${s?is_string?c}", "${s.shout?is_method?c}", "${s.isLong?is_method?c}", "${s.author?is_hash_ex?c}")) {
                assertEquals(render(plainWrapper(), source, story), render(source, story), source);
            }
        }
    }

    @Test
    void aNameTwoMethodsAnswerToReadsAsFreeMarkerChooses() throws Exception {
        for (ObjectWrapper wrapper : List.of(new ViewObjectWrapper(), plainWrapper())) {
            StringWriter out = new StringWriter();
            new Template("test", "${s.shown?c} ${s.shown()?c} ${s.isShown()?c}", configuration(wrapper))
                    .process(Map.of("s", new Shown(true)), out);
            assertEquals("true true false", out.toString());
        }
    }

    @Test
    void theSiteIsWrappedOncePerWrapperAndAnArticleForEachPageSoThatNoBodyIsHeldToTheBuildsEnd() throws TemplateModelException {
        ViewObjectWrapper wrapper = new ViewObjectWrapper();
        Object site = sample(Views.SiteView.class, true);
        Object article = sample(Views.ArticleView.class, true);
        Object link = sample(Views.LinkView.class, true);
        assertInstanceOf(ViewModel.class, wrapper.wrap(site));
        assertSame(wrapper.wrap(site), wrapper.wrap(site));
        assertNotSame(wrapper.wrap(site), new ViewObjectWrapper().wrap(site));
        assertInstanceOf(ViewModel.class, wrapper.wrap(article));
        assertNotSame(wrapper.wrap(article), wrapper.wrap(article));
        assertNotSame(wrapper.wrap(link), wrapper.wrap(link));
    }

    @Test
    void everyNameOfEveryViewReadsAsFreeMarkersOwnModelReadsIt() throws Exception {
        List<Class<?>> views = new ArrayList<>(Arrays.stream(Views.class.getDeclaredClasses()).filter(Class::isRecord).toList());
        views.addAll(List.of(PageKind.class, ArchiveSpan.class));
        for (Class<?> view : views) {
            assertTrue(ViewAccessors.of(view, false).size() > 0, view + " is read without reflection");
            for (boolean full : List.of(true, false)) {
                Object value = sample(view, full);
                ViewObjectWrapper wrapper = new ViewObjectWrapper();
                TemplateModel fast = wrapper.wrap(value);
                GenericObjectModel own = new GenericObjectModel(value, wrapper);
                assertInstanceOf(ViewModel.class, fast);
                assertEquals(interfaces(own), interfaces(fast), view.getName());
                TemplateModelIterator keys = own.keys().iterator();
                while (keys.hasNext()) {
                    String key = ((TemplateScalarModel) keys.next()).getAsString();
                    assertEquals(describe(own.get(key)), describe(((ViewModel) fast).get(key)), view.getSimpleName() + "." + key);
                    assertEquals(beforeCall(own, key), beforeCall((ViewModel) fast, key),
                            view.getSimpleName() + "." + key + "()");
                }
            }
        }
    }

    private static String render(String source, Story story) throws Exception {
        return render(new ViewObjectWrapper(), source, story);
    }

    private static String render(ObjectWrapper wrapper, String source, Story story) throws Exception {
        StringWriter out = new StringWriter();
        new Template("test", source, configuration(wrapper)).process(Map.of("s", story), out);
        return out.toString();
    }

    private static Configuration configuration(ObjectWrapper wrapper) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(wrapper);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setLocale(java.util.Locale.UK);
        return configuration;
    }

    /** The wrapper as it was before views were read without reflection. */
    private static ObjectWrapper plainWrapper() {
        return new DefaultObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true) {
            @Override
            protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
                if (object instanceof Optional<?> optional) {
                    return optional.isPresent() ? wrap(optional.get()) : null;
                }
                return super.handleUnknownType(object);
            }
        };
    }

    private static String beforeCall(MethodCallAwareTemplateHashModel model, String key) throws TemplateModelException {
        try {
            return describe(model.getBeforeMethodCall(key));
        } catch (MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException e) {
            return "not a method";
        }
    }

    private static String describe(TemplateModel model) throws TemplateModelException {
        if (model == null) {
            return "missing";
        }
        StringBuilder text = new StringBuilder(interfaces(model).toString());
        if (model instanceof TemplateMethodModel) {
            return text.append(" method").toString();
        }
        if (model instanceof TemplateScalarModel scalar) {
            text.append(" '").append(scalar.getAsString()).append("'");
        }
        if (model instanceof TemplateNumberModel number) {
            text.append(" ").append(number.getAsNumber());
        }
        if (model instanceof TemplateBooleanModel bool) {
            text.append(" ").append(bool.getAsBoolean());
        }
        if (model instanceof TemplateSequenceModel sequence) {
            text.append(" [").append(sequence.size()).append("]");
        }
        return text.toString();
    }

    private static TreeSet<String> interfaces(TemplateModel model) {
        TreeSet<String> names = new TreeSet<>();
        for (Class<?> type = model.getClass(); type != null; type = type.getSuperclass()) {
            addInterfaces(type, names);
        }
        return names;
    }

    private static void addInterfaces(Class<?> type, TreeSet<String> names) {
        for (Class<?> implemented : type.getInterfaces()) {
            names.add(implemented.getSimpleName());
            addInterfaces(implemented, names);
        }
    }

    /** A view with every component set ({@code full}) or every Optional and list empty. */
    private static Object sample(Class<?> type, boolean full) {
        if (type.isEnum()) {
            return type.getEnumConstants()[full ? 0 : type.getEnumConstants().length - 1];
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getName(), components[i].getGenericType(), full);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(String name, Type type, boolean full) {
        if (type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (generic.getRawType() == Optional.class) {
                return full ? Optional.of(value(name, element, true)) : Optional.empty();
            }
            return full ? List.of(value(name, element, true)) : List.of();
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return full ? name + " value" : "";
        }
        if (raw == int.class || raw == long.class) {
            return full ? 3 : 0;
        }
        if (raw == boolean.class) {
            return full;
        }
        if (raw == freemarker.core.TemplateHTMLOutputModel.class) {
            try {
                return HTMLOutputFormat.INSTANCE.fromMarkup(full ? "<p>body</p>" : "");
            } catch (TemplateModelException e) {
                throw new AssertionError(e);
            }
        }
        return sample(raw, full);
    }
}
