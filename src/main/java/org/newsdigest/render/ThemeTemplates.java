package org.newsdigest.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.OrMatcher;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateSourceMatcher;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.core.XMLOutputFormat;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsdigest.config.Limits;
import org.newsdigest.hash.Hash64;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.i18n.MessageBundles;
import org.newsdigest.i18n.Messages;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * The site's templates: each name is looked up in the site's {@code templates} folder first, then in the
 * theme built into the jar, so a site overrides the theme file by file. Every template is parsed when this
 * is created, so a broken one fails the build before any page is written. Auto-escaping follows the file
 * extension: {@code .ftlh} is HTML, {@code .ftlx} is XML, {@code .ftlj} is JSON string content; the feeds
 * ({@code feed.ftlx}, {@code atom.ftlx}, {@code feed.ftlj}) have their own rules ({@link FeedFormats}).
 */
public final class ThemeTemplates {

    /** Where the built-in theme lives inside the jar. */
    public static final String THEME_RESOURCE_ROOT = "/theme";

    static final List<String> NAMES = List.of(
            "layout.ftlh", "index.ftlh", "article.ftlh", "topics.ftlh", "topic.ftlh", "providers.ftlh", "provider.ftlh",
            "404.ftlh", "feed.ftlx", "atom.ftlx", "feed.ftlj", "sitemap.ftlx", "sitemap-index.ftlx", "search-index.ftlj",
            "archive.ftlh", "archives.ftlh", "opml.ftlx", "redirect.ftlh",
            "partials/head.ftlh", "partials/header.ftlh", "partials/footer.ftlh", "partials/card.ftlh",
            "partials/article-meta.ftlh", "partials/story-line.ftlh", "partials/topic-list.ftlh", "partials/pager.ftlh",
            "partials/archive-entry.ftlh");

    private final Configuration freemarker;
    private final Path siteTemplates;
    /** Which templates came from the site's folder; each is read once, so that answer holds for the whole build. */
    private final Optional<SiteTemplateLoader> siteLoader;
    private final Map<String, Template> templates = new HashMap<>();
    private final MessageBundles.Loaded messages;
    /**
     * The site's date formats, made here because the templates load on a thread of their own while the content is
     * read: making ICU's formats (hundreds of classes) was most of what a rebuild's render did before its pages.
     */
    private final DateFormats dates;
    /** The site's other templates (its own partials), in name order: they are part of the theme's fingerprint too. */
    private final List<Template> besides = new ArrayList<>();

    private ThemeTemplates(Configuration freemarker, Path siteTemplates, Optional<SiteTemplateLoader> siteLoader,
            MessageBundles.Loaded messages, DateFormats dates) {
        this.freemarker = freemarker;
        this.siteTemplates = siteTemplates;
        this.siteLoader = siteLoader;
        this.messages = messages;
        this.dates = dates;
    }

    public static ThemeTemplates load(SiteConfig config) throws TemplateFailure {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        Optional<SiteTemplateLoader> siteLoader = Optional.empty();
        try {
            if (Files.isDirectory(config.templatesDir())) {
                siteLoader = Optional.of(new SiteTemplateLoader(config.templatesDir()));
                loaders.add(siteLoader.get());
            }
        } catch (IOException e) {
            throw new TemplateFailure(List.of(Problem.error(SourcePosition.unplaced(config.templatesDir()),
                    "the templates folder cannot be read: " + e.getMessage())));
        }
        loaders.add(new ClassTemplateLoader(ThemeTemplates.class, THEME_RESOURCE_ROOT));
        freemarker.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        // the output format by file name, here and not by FreeMarker's own .ftlh/.ftlx rule, which would win over the
        // feeds' rules; the feeds first, so that a site's own feed.ftlx or atom.ftlx is escaped by them too
        freemarker.setRecognizeStandardFileExtensions(false);
        freemarker.setRegisteredCustomOutputFormats(FeedFormats.REGISTERED);
        freemarker.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                outputFormat(new OrMatcher(new FileNameGlobMatcher("feed.ftlx"), new FileNameGlobMatcher("atom.ftlx")),
                        FeedFormats.XML_TEXT),
                outputFormat(new FileExtensionMatcher("ftlh"), HTMLOutputFormat.INSTANCE),
                outputFormat(new FileExtensionMatcher("ftlx"), XMLOutputFormat.INSTANCE),
                outputFormat(new FileExtensionMatcher("ftlj"), JsonStringOutputFormat.INSTANCE))
                .allowNoMatch(true));
        freemarker.setDefaultEncoding(StandardCharsets.UTF_8.name());
        freemarker.setOutputEncoding(StandardCharsets.UTF_8.name());
        freemarker.setLocale(config.locale());
        freemarker.setTimeZone(java.util.TimeZone.getTimeZone(config.timeZone()));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setObjectWrapper(new ViewObjectWrapper());
        // every template is loaded, and made stoppable, once, before any page renders: never dropped or loaded again
        freemarker.setCacheStorage(new StrongCacheStorage());
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        MessageBundles.Loaded messages = MessageBundles.load(config.language(), config.templatesDir());
        if (messages.failed()) {
            throw new TemplateFailure(messages.problems().stream().filter(Problem::isError).toList());
        }
        freemarker.setSharedVariable("msg", new MessageMethod(messages.messages()));
        ThemeTemplates theme = new ThemeTemplates(freemarker, config.templatesDir(), siteLoader, messages,
                new DateFormats(config.timeZone(), config.locale()));
        theme.parseAll();
        return theme;
    }

    private static ConditionalTemplateConfigurationFactory outputFormat(TemplateSourceMatcher names, OutputFormat format) {
        TemplateConfiguration configuration = new TemplateConfiguration();
        configuration.setOutputFormat(format);
        return new ConditionalTemplateConfigurationFactory(names, configuration);
    }

    private void parseAll() throws TemplateFailure {
        List<Problem> problems = new ArrayList<>();
        for (String name : NAMES) {
            try {
                templates.put(name, freemarker.getTemplate(name));
            } catch (ParseException e) {
                String source = e.getTemplateName() != null ? e.getTemplateName() : name;
                problems.add(Problem.error(new SourcePosition(fileOf(source), Math.max(0, e.getLineNumber()),
                        Math.max(0, e.getColumnNumber())), "template syntax error: " + e.getEditorMessage()
                        + "; fix the template or delete it to use the built-in one"));
            } catch (SiteTemplateLoader.LinkOutside e) {
                problems.add(Problem.error(SourcePosition.ofFile(siteTemplates.resolve(name)), e.getMessage()));
            } catch (IOException e) {
                problems.add(Problem.error(SourcePosition.unplaced(fileOf(name)), "template not found: " + name
                        + "; restore it or delete the override"));
            } catch (StackOverflowError e) {
                problems.add(Problem.error(SourcePosition.ofFile(fileOf(name)), "template too deeply nested to be read "
                        + "(thousands of nested brackets or directives); simplify it"));
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateFailure(problems);
        }
        templates.values().forEach(ThemeTemplates::makeStoppable);
        loadSiteTemplatesBesides();
    }

    /**
     * Loads the site's other templates, those the theme's include or import, so that they are made stoppable before
     * any page renders too. One that cannot be loaded is left for the page that uses it, which reports it.
     */
    private void loadSiteTemplatesBesides() {
        if (!Files.isDirectory(siteTemplates)) {
            return;
        }
        try (Stream<Path> files = Files.walk(siteTemplates)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(file -> siteTemplates.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(ThemeAssets.FOLDER + "/") && !NAMES.contains(name)
                            && name.matches(".*\\.ftl[hxj]?"))
                    .sorted().toList();
            for (String name : names) {
                try {
                    Template template = freemarker.getTemplate(name);
                    makeStoppable(template);
                    besides.add(template);
                } catch (IOException e) {
                    // not found, a link out or a syntax error: the page that includes it says which
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the folder was read a moment ago; what cannot be walked now is loaded when a page includes it
        }
    }

    /**
     * Puts a place for {@link PageGuard} to stop into the body of every loop and macro call: a loop whose body is
     * empty, such as {@code <#list 1.. as i></#list>}, enters no element otherwise, and could not be stopped.
     * FreeMarker's internal API, the only way to it; it adds nothing to the output or to the parsed template's text.
     */
    private static void makeStoppable(Template template) {
        _CoreAPI.addThreadInterruptedChecks(template);
    }

    /**
     * A hash of every template as parsed, so that any change to the theme, or to a site's override of it or its own
     * partial that an override imports, or to a message (the site's messages.properties), makes every page render again.
     */
    public long fingerprint() {
        List<String> texts = new ArrayList<>(NAMES.stream().map(name -> templates.get(name).toString()).toList());
        besides.forEach(template -> {
            texts.add(template.getName());
            texts.add(template.toString());
        });
        messages.messages().patterns().forEach((key, pattern) -> {
            texts.add(key);
            texts.add(pattern);
        });
        Hash64 hash = new Hash64();
        texts.forEach(hash::add);
        return hash.value();
    }

    /** The interface's words in the site's language, for the pages' titles and descriptions made in Java. */
    public Messages messages() {
        return messages.messages();
    }

    /** The date formats of the site's zone and language. */
    public DateFormats dates() {
        return dates;
    }

    /** Messages the site's language has no text for, shown in English; the build reports them. */
    public List<Problem> warnings() {
        return messages.problems();
    }

    /**
     * Renders {@code name} with the given data model as the page {@code page}, within the limits of {@code watch}, and
     * returns the page in UTF-8: however the template fails (an error, recursion without end, too much output or
     * memory, too much time), the result is a template failure at a template position, never an exception of
     * FreeMarker's.
     */
    byte[] render(String name, Map<String, Object> model, String page, RenderWatch watch) throws TemplateFailure {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("not a theme template: " + name);
        }
        PageGuard guard = watch.start(name, page);
        PageWriter out = new PageWriter(watch.limits().pageBytes(), guard);
        try {
            // a SimpleHash keeps each variable as wrapped at its first use: FreeMarker's adapter of the map wrapped
            // it again at every use, and a view wrapped again forgets the values it has read (page.title, 5 times a page)
            Environment run = template.createProcessingEnvironment(new SimpleHash(model, freemarker.getObjectWrapper()), out);
            run.setTemplateProcessingTracer(guard);
            run.process();
        } catch (TemplateException e) {
            throw guard.stop().map(stop -> failure(stop, name, page, watch)).orElseGet(() -> failure(e, name));
        } catch (PageGuard.Stopped e) {
            throw failure(guard.stop().orElseThrow(), name, page, watch);
        } catch (RuntimeException e) {
            // FreeMarker's own stop (a thread interrupted while cancelled) or a bug: only the first is the template's
            if (guard.stop().isEmpty()) {
                throw e;
            }
            throw failure(guard.stop().get(), name, page, watch);
        } catch (StackOverflowError e) {
            guard.haltAtLastElement(PageGuard.Halt.STACK_OVERFLOW);
            throw failure(guard.stop().orElseThrow(), name, page, watch);
        } catch (OutOfMemoryError e) {
            guard.haltAtLastElement(PageGuard.Halt.OUT_OF_MEMORY);
            throw failure(guard.stop().orElseThrow(), name, page, watch);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        } finally {
            watch.end(guard);
        }
        return out.utf8();
    }

    /** A failure of the template {@code name} as a whole (no line in it to blame), with {@code message}. */
    TemplateFailure failure(String name, String message) {
        return new TemplateFailure(List.of(Problem.error(SourcePosition.ofFile(fileOf(name)), message)));
    }

    /** The failure of a template that was stopped. */
    TemplateFailure failure(PageGuard.Stop stop, String name, String page, RenderWatch watch) {
        Limits limits = watch.limits();
        String message = switch (stop.why()) {
            case TIMED_OUT -> "rendering " + Quote.of(page) + " took longer than limits.renderSeconds (" + seconds(limits.renderTime())
                    + "); the template may loop without end; raise the limit or fix the loop";
            case TOO_DEEP -> "the template calls itself without end (" + Quote.of(stop.at() == null ? name : stop.at().getDescription()) + " nested more than "
                    + PageGuard.MAX_DEPTH + " levels deep); make the macro or function stop calling itself";
            case STACK_OVERFLOW -> "the template went too deep for the stack at " + Quote.of(stop.at() == null ? name
                    : stop.at().getDescription()) + ": a macro or function may call itself without end, or a value nest "
                    + "without end; make it stop";
            case TOO_LARGE -> "the page " + Quote.of(page) + " grew past limits.pageBytes (" + limits.pageBytes()
                    + " bytes); the template may repeat its output without end; raise the limit or fix the template";
            case OUT_OF_MEMORY -> "rendering " + Quote.of(page) + " ran out of memory; the template may build a value without "
                    + "end, such as a string that doubles in a loop; fix the template, or give Java more memory (-Xmx)";
            case CANCELLED -> "rendering " + Quote.of(page) + " was cancelled";
        };
        return new TemplateFailure(List.of(Problem.error(positionOf(stop.at(), name), message)));
    }

    private SourcePosition positionOf(TracedElement element, String name) {
        if (element == null) {
            return SourcePosition.ofFile(fileOf(name));
        }
        return new SourcePosition(fileOf(element.getTemplate().getSourceName()), Math.max(0, element.getBeginLine()),
                Math.max(0, element.getBeginColumn()));
    }

    private static String seconds(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() / 1000.0 + " s";
    }

    private TemplateFailure failure(TemplateException e, String name) {
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
        String message = linkOutside(e).map(Throwable::getMessage).orElseGet(() -> "template failed: " + whatFailed(e)
                + "; fix the template");
        return new TemplateFailure(List.of(Problem.error(new SourcePosition(fileOf(source), line, column), message)));
    }

    private static Optional<SiteTemplateLoader.LinkOutside> linkOutside(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SiteTemplateLoader.LinkOutside link) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /**
     * FreeMarker's message is many lines whose first ("The following has evaluated to null or missing:") points at
     * the expression printed below it; one line needs the expression itself, which is what the template's author
     * wrote and can search for.
     */
    private static String whatFailed(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        if (e instanceof InvalidReferenceException && blamed != null) {
            return Quote.of(blamed) + " is null or missing";
        }
        // the wrapper class name is FreeMarker's business, not the template author's
        String first = e.getMessageWithoutStackTop().lines().findFirst().orElse("failed").strip().replaceAll("[:.]$", "")
                .replaceAll(" \\(wrapper: [^)]*\\)", "");
        if (blamed == null) {
            return first;
        }
        return first.contains("this has evaluated") ? first.replace("this has evaluated", Quote.of(blamed) + " has evaluated")
                : first + " in " + Quote.of(blamed);
    }

    /**
     * The file a template came from: the site's, when the site's folder had it as the build read it, else its place
     * in the built-in theme. Asked of the loader, not of the folder as it is now: {@code serve} renders while the
     * author edits, and a site's template deleted after it was read is still the one that failed.
     */
    private Path fileOf(String name) {
        // a template made by ?interpret is named after the one that made it
        int made = name.indexOf("->");
        if (made >= 0) {
            return fileOf(name.substring(0, made));
        }
        return siteLoader.flatMap(loader -> loader.fileOf(name)).orElseGet(() -> Path.of("(built-in theme)", name));
    }
}
