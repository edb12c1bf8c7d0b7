package org.newsdigest.config;

import static org.newsdigest.config.ConfigKeys.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.NearestName;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.ReadFailure;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.yaml.YamlMap;
import org.newsdigest.yaml.YamlReader;
import org.newsdigest.yaml.YamlScalar;
import org.newsdigest.yaml.YamlValue;

/** Reads and validates {@code site-config.yml}: the single place configuration is checked. */
public final class SiteConfigLoader {

    /**
     * The most threads a build may work on: far more than the cores of any machine a site is built on, and few enough
     * that a mistyped number does not start thousands of threads.
     */
    static final int MAX_THREADS = 256;

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern HOST_NAME = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern RASTER_IMAGE = Pattern.compile("(?i).+\\.(png|jpe?g|gif|webp)");
    /** A scheme and an authority with an '@': everything before the authority's last '@' is a user name or password. */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");
    /** Far more than any config needs; code points are never more than bytes, so the YAML limit is never the one met. */
    private static final int CONFIG_BYTE_LIMIT = 1_000_000;
    private static final int CONFIG_CODE_POINT_LIMIT = CONFIG_BYTE_LIMIT;

    private final Path homeFolder;

    /** A loader that keeps the output away from the home folder of the user running it ({@code user.home}). */
    public SiteConfigLoader() {
        this(Path.of(System.getProperty("user.home")));
    }

    /** @param homeFolder the folder the output may never be or hold */
    public SiteConfigLoader(Path homeFolder) {
        this.homeFolder = homeFolder.toAbsolutePath().normalize();
    }

    public SiteConfig load(Path configFile, ConfigOverrides overrides) throws ConfigException {
        Path file = configFile.toAbsolutePath().normalize();
        String text = readText(file);
        Problems problems = new Problems();
        Optional<YamlValue> document = new YamlReader(CONFIG_CODE_POINT_LIMIT).read(text, file, 1, problems);
        if (document.isEmpty() && problems.hasErrors()) {
            // a file that is not YAML has no keys to check: "missing key 'title'" would only hide the real mistake
            throw new ConfigException(problems.list());
        }
        if (document.isPresent() && !(document.get() instanceof YamlMap)) {
            // a list or a single value has no keys to check: "missing key 'title'" would only hide the real mistake
            throw single(document.get().position(), "the config file must be a mapping of keys to values; found "
                    + document.get().describe() + "; write one 'key: value' per line, such as 'title: News Digest'");
        }
        YamlMap root = document.map(YamlMap.class::cast).orElse(new YamlMap(List.of(), SourcePosition.of(file, 1)));
        return new Reading(file, root, homeFolder, problems).config(overrides)
                .orElseThrow(() -> new ConfigException(problems.list()));
    }

    /**
     * The config's text. Only a regular file is opened (a named pipe would block the build, {@code /dev/zero} would
     * never end), and no more of it is read than a config can hold.
     */
    private static String readText(Path file) throws ConfigException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw single(SourcePosition.unplaced(file), "is a folder, not a config file; pass the config file in it, "
                        + "such as --config " + Quote.of(DisplayPaths.show(file.resolve("site-config.yml"), Path.of("").toAbsolutePath())));
            }
            if (!attributes.isRegularFile()) {
                throw single(SourcePosition.unplaced(file), "is a named pipe, socket or device, not a config file; "
                        + "pass the site's config file with --config FILE");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(CONFIG_BYTE_LIMIT + 1);
            }
            if (bytes.length > CONFIG_BYTE_LIMIT) {
                throw single(SourcePosition.ofFile(file), "the config file is over " + CONFIG_BYTE_LIMIT
                        + " bytes, and a config is a few lines of 'key: value'; check that --config names the site's config file");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw single(SourcePosition.unplaced(file), "config file not found; create it or pass --config FILE");
        } catch (CharacterCodingException e) {
            throw single(SourcePosition.ofFile(file), "the config file is not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            throw single(SourcePosition.ofFile(file), "the config file " + ReadFailure.message(e));
        }
    }

    private static ConfigException single(SourcePosition position, String message) {
        return new ConfigException(List.of(Problem.error(position, message)));
    }

    /**
     * A group's mapping; anything else is a problem that shows the group's first key written right below it.
     *
     * @param first the group's first key, whose default or example is shown
     */
    private static YamlMap groupMap(YamlValue value, String group, ConfigKey<?> first, Problems problems) {
        if (value instanceof YamlMap map) {
            return map;
        }
        String sample = first.example().orElseGet(() -> String.valueOf(first.whenMissing().orElseThrow()));
        problems.error(value.position(), "'" + group + "' must be a mapping of keys to values; found " + value.describe()
                + "; write its keys on the lines below it, indented, such as '  " + first.description().localName() + ": "
                + sample + "', or remove the line");
        return new YamlMap(List.of(), value.position());
    }

    /** One pass over one config document: each key is read as its description in {@link ConfigKeys} says. */
    private static final class Reading {
        private final Path file;
        private final Path siteRoot;
        private final YamlMap root;
        private final Path home;
        private final Problems problems;
        /** The mapping of each group read so far, its keys checked; an empty one for a group not written. */
        private final Map<String, YamlMap> groups = new HashMap<>();

        Reading(Path file, YamlMap root, Path home, Problems problems) {
            this.file = file;
            this.siteRoot = file.getParent();
            this.root = root;
            this.home = home;
            this.problems = problems;
        }

        Optional<SiteConfig> config(ConfigOverrides overrides) {
            rejectUnknownKeys(root, "");
            String title = requiredText(TITLE);
            String description = read(DESCRIPTION);
            URI baseUrl = baseUrl(overrides.baseUrl(), overrides.names());
            String language = language();
            ZoneId zone = timeZone();
            int pageSize = read(PAGE_SIZE);
            int feedItems = read(FEED_ITEMS);
            Path content = path(CONTENT);
            Path templates = path(TEMPLATES);
            Path output = overrides.outputDir().map(p -> p.toAbsolutePath().normalize()).orElseGet(() -> path(OUTPUT));
            Optional<String> cname = cname();
            Optional<URI> image = image(templates);
            boolean strict = read(STRICT) || overrides.strict();
            boolean publishFuture = read(PUBLISH_FUTURE);
            long maxArticleBytes = read(MAX_ARTICLE_BYTES);
            Limits limits = new Limits(read(TOPICS_PER_ARTICLE), read(IMAGES_PER_ARTICLE), read(RELATED_PER_ARTICLE),
                    read(ALIASES_PER_ARTICLE), Duration.ofSeconds(read(RENDER_SECONDS)), read(PAGE_BYTES), read(NESTING_PER_LINE),
                    read(BODY_WORK));
            int threads = threads(overrides.threads(), overrides.names());
            SiteFolderChecker folders = new SiteFolderChecker(siteRoot, home, problems);
            if (overrides.outputDir().filter(given -> given.toString().isEmpty()).isPresent()) {
                // an empty option would mean the working folder, and the build replaces its output entirely
                problems.error(SourcePosition.unplaced(overrides.names().output()),
                        "'output' is empty; name a folder of its own, such as 'output'");
            } else if (overrides.outputDir().isPresent()) {
                // a folder given with --output is the command line's mistake, shown as typed there: from the working folder
                folders.checkOutput(output, SourcePosition.unplaced(overrides.names().output()),
                        Quote.of(DisplayPaths.show(output, Path.of("").toAbsolutePath())), content, templates);
            } else {
                folders.checkOutput(output, placeOf(OUTPUT), shown(output), content, templates);
            }
            folders.checkNotInsideBuildFolders(CONTENT.name(), placeOf(CONTENT), content, output);
            folders.checkNotInsideBuildFolders(TEMPLATES.name(), placeOf(TEMPLATES), templates, output);
            folders.checkNotSystemFolder(CONTENT.name(), placeOf(CONTENT), content);
            folders.checkNotSystemFolder(TEMPLATES.name(), placeOf(TEMPLATES), templates);
            folders.checkTemplates(placeOf(TEMPLATES), templates);
            folders.checkContent(placeOf(CONTENT), content);
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(new SiteConfig(siteRoot, title, description, baseUrl, language, zone, pageSize, feedItems,
                    content, templates, output, cname, image, strict, publishFuture, maxArticleBytes, limits, threads));
        }

        /** @param group the group {@code map} is ("" for the top level), whose described entries it may hold */
        private void rejectUnknownKeys(YamlMap map, String group) {
            List<String> known = ConfigKeys.SHAPE.entriesIn(group);
            String prefix = group.isEmpty() ? "" : group + ".";
            for (YamlMap.Entry entry : map.entries()) {
                if (!known.contains(entry.name())) {
                    String hint = NearestName.among(entry.name(), known)
                            .map(k -> "did you mean '" + prefix + k + "'?")
                            .orElse("known keys are " + String.join(", ", known));
                    problems.error(entry.key().position(), "unknown key " + Quote.of(prefix + entry.name()) + "; " + hint);
                }
            }
        }

        /**
         * The mapping {@code key} is written in: the root, or its group's, checked when the group is first read (so a
         * problem in it is reported in the order of the keys), and empty when the group is not written.
         */
        private YamlMap mapOf(ConfigKey<?> key) {
            String group = key.description().group();
            if (group.isEmpty()) {
                return root;
            }
            return groups.computeIfAbsent(group, name -> {
                YamlMap map = root.get(name).map(value -> groupMap(value, name, key, problems))
                        .orElse(new YamlMap(List.of(), root.position()));
                rejectUnknownKeys(map, name);
                return map;
            });
        }

        private Optional<SourcePosition> whereWritten(ConfigKey<?> key) {
            return mapOf(key).get(key.description().localName()).map(YamlValue::position);
        }

        /** Where {@code key} is written, which it must be. */
        private SourcePosition positionOf(ConfigKey<?> key) {
            return whereWritten(key).orElseThrow();
        }

        /** Where {@code key} is written, or the config file when it is not: what a problem with its value is blamed on. */
        private SourcePosition placeOf(ConfigKey<?> key) {
            return whereWritten(key).orElse(SourcePosition.ofFile(file));
        }

        /** The key's value, when it is written and good; a bad one is a problem. */
        private <T> Optional<T> written(ConfigKey<T> key) {
            return mapOf(key).get(key.description().localName())
                    .flatMap(value -> key.kind().reader().read(value, key.name(), key.fix(), problems));
        }

        /** The key's value, or what a missing or bad one stands for. */
        private <T> T read(ConfigKey<T> key) {
            return written(key).orElseGet(() -> key.whenMissing().orElseThrow());
        }

        private String requiredText(ConfigKey<String> key) {
            Optional<String> value = written(key);
            if (value.isEmpty() && root.get(key.name()).isEmpty()) {
                problems.error(root.position(), "missing key '" + key.name() + "'; add '" + key.name() + ": ...' to the config");
            } else if (value.isPresent() && value.get().isBlank()) {
                problems.error(positionOf(key), "'" + key.name() + "' is empty; give it a value");
            }
            return value.orElse("");
        }

        /**
         * How many threads the build works on: {@code --threads} (or the plugin's property), else {@code threads}, else
         * one per core.
         */
        private int threads(OptionalInt override, ConfigOverrides.Names names) {
            int fallback = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
            if (override.isPresent()) {
                int count = override.getAsInt();
                SourcePosition where = SourcePosition.unplaced(names.threads());
                if (count < 1) {
                    problems.error(where, "'threads' must be a whole number of at least 1; found " + Quote.of(Integer.toString(count))
                            + "; " + THREADS.fix());
                } else if (count > MAX_THREADS) {
                    problems.error(where, tooManyThreads(Integer.toString(count)));
                } else {
                    return count;
                }
                return fallback;
            }
            Optional<Integer> count = written(THREADS);
            if (count.isPresent() && count.get() > MAX_THREADS) {
                problems.error(positionOf(THREADS), tooManyThreads(((YamlScalar) mapOf(THREADS).get(THREADS.name()).orElseThrow()).text()));
                return fallback;
            }
            return count.orElse(fallback);
        }

        private static String tooManyThreads(String found) {
            return "'threads' is too large: at most " + MAX_THREADS + "; found " + Quote.of(found) + "; " + THREADS.fix();
        }

        private URI baseUrl(Optional<String> override, ConfigOverrides.Names names) {
            Optional<String> text = override.isPresent() ? override : written(BASE_URL);
            SourcePosition where = override.isPresent() ? SourcePosition.unplaced(names.baseUrl())
                    : whereWritten(BASE_URL).orElse(root.position());
            if (text.isEmpty()) {
                if (whereWritten(BASE_URL).isEmpty()) {
                    problems.error(where, "missing key 'baseUrl'; add the address the site is served from, "
                            + "e.g. 'baseUrl: https://example.github.io/news-digest/'");
                }
                return URI.create("http://localhost/");
            }
            String hint = "; " + BASE_URL.fix();
            if (hasUserInfo(text.get())) {
                problems.error(where, withoutUserInfo("baseUrl", text.get()));
                return URI.create("http://localhost/");
            }
            try {
                URI uri = new URI(text.get());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problems.error(where, "'baseUrl' must be an absolute http(s) URL; found " + Quote.of(text.get()) + hint);
                } else if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
                    problems.error(where, "'baseUrl' has a port outside 1 to 65535; found " + Quote.of(text.get()) + hint);
                } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    problems.error(where, "'baseUrl' must not have a query or fragment; found " + Quote.of(text.get()) + hint);
                } else {
                    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                    if (!path.endsWith("/")) {
                        path = path + "/";
                    }
                    return new URI(scheme, uri.getRawAuthority(), null, null, null).resolve(path);
                }
            } catch (URISyntaxException e) {
                problems.error(where, "'baseUrl' is not a valid URL; found " + Quote.of(text.get()) + hint);
            }
            return URI.create("http://localhost/");
        }

        /** Whether a URL names a user or password ({@code https://user:pw@host/}), which a site must never publish. */
        private static boolean hasUserInfo(String url) {
            return USER_INFO.matcher(url).lookingAt();
        }

        /** The user name and password are not repeated: the message may end up in a public CI log. */
        private static String withoutUserInfo(String key, String url) {
            String masked = USER_INFO.matcher(url).replaceFirst("$1***@");
            return "'" + key + "' must not contain a user name or password; found " + Quote.of(masked)
                    + "; they would be published in every page and the feed: remove the part before '@'";
        }

        /**
         * A BCP 47 tag whose language is an ISO 639-1 code and whose region, when it has one, an ISO 3166 code, as Java
         * knows them: {@code xx} or {@code en-ZZ} are well-formed, but readers, browsers and date formats know nothing of them.
         */
        private String language() {
            String language = read(LANGUAGE);
            Optional<Locale> locale = wellFormedLocale(language);
            if (locale.isEmpty()) {
                problems.error(positionOf(LANGUAGE), "'language' must be a language tag such as 'en' or 'en-US'; found "
                        + Quote.of(language));
                return language;
            }
            String primary = language.split("-", 2)[0];
            String region = locale.get().getCountry();
            if (!ISO_LANGUAGES.contains(primary.toLowerCase(Locale.ROOT))) {
                problems.error(positionOf(LANGUAGE), "'language' must start with an ISO 639-1 language code, and "
                        + Quote.of(primary) + " is not one; found " + Quote.of(language) + "; " + LANGUAGE.fix());
            } else if (region.length() == 2 && !ISO_COUNTRIES.contains(region)) {
                problems.error(positionOf(LANGUAGE), "'language' must have an ISO 3166 country code as its region, and "
                        + Quote.of(asWritten(region, language)) + " is not one; found " + Quote.of(language)
                        + "; use a tag such as 'en-US' or 'en-GB'");
            }
            return language;
        }

        /** The subtag of {@code tag} that Java read as {@code subtag}, in the case the user wrote it. */
        private static String asWritten(String subtag, String tag) {
            return Arrays.stream(tag.split("-")).filter(subtag::equalsIgnoreCase).findFirst().orElse(subtag);
        }

        private static Optional<Locale> wellFormedLocale(String language) {
            if (!LANGUAGE_TAG.matcher(language).matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Locale.Builder().setLanguageTag(language).build());
            } catch (IllformedLocaleException e) {
                return Optional.empty();
            }
        }

        private ZoneId timeZone() {
            String zone = read(TIME_ZONE);
            try {
                return ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.error(positionOf(TIME_ZONE), "'timeZone' is not a known time zone; found " + Quote.of(zone) + "; "
                        + TIME_ZONE.fix());
                return ZoneId.of(TIME_ZONE.whenMissing().orElseThrow());
            }
        }

        private Path path(ConfigKey<String> key) {
            return siteRoot.resolve(read(key)).toAbsolutePath().normalize();
        }

        private Optional<String> cname() {
            Optional<String> cname = written(CNAME).filter(s -> !s.isEmpty());
            if (cname.isPresent() && !HOST_NAME.matcher(cname.get()).matches()) {
                problems.error(positionOf(CNAME), "'cname' must be a domain name such as 'news.example.org'; found "
                        + Quote.of(cname.get()));
            }
            return cname;
        }

        /**
         * The picture for link previews: an absolute http(s) URL, or a file the site serves from {@code static/}, which
         * the build copies from the templates folder's {@code static/}, so that file must be there. Open Graph and
         * Twitter cards show no SVG, so an SVG is refused and a file of the site must be a PNG, JPEG, GIF or WebP.
         */
        private Optional<URI> image(Path templates) {
            Optional<String> text = written(IMAGE).filter(s -> !s.isEmpty());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            SourcePosition where = positionOf(IMAGE);
            String value = text.get();
            String hint = "; give an absolute http(s) URL, or a path such as 'static/share.png' for a file in "
                    + shown(templates.resolve("static")) + ", or leave 'image' out to use the theme's";
            if (hasUserInfo(value)) {
                problems.error(where, withoutUserInfo("image", value));
                return Optional.empty();
            }
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                problems.error(where, "'image' is not a valid URL or path; found " + Quote.of(value) + hint);
                return Optional.empty();
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                problems.error(where, "'image' cannot be an SVG, which Open Graph and Twitter cards do not show; found "
                        + Quote.of(value) + "; use a PNG or JPEG");
                return Optional.empty();
            }
            if (uri.getScheme() != null) {
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problems.error(where, "'image' must be an absolute http(s) URL or a path under static/; found " + Quote.of(value) + hint);
                    return Optional.empty();
                }
                return Optional.of(uri);
            }
            if (!path.startsWith("static/") || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || List.of(path.split("/")).contains("..") || path.contains("\\")) {
                problems.error(where, "'image' must be an absolute http(s) URL or a path under static/; found " + Quote.of(value) + hint);
                return Optional.empty();
            }
            if (!RASTER_IMAGE.matcher(path).matches()) {
                problems.error(where, "'image' must be a PNG, JPEG, GIF or WebP file; found " + Quote.of(value)
                        + "; give the file one of the names .png, .jpg, .jpeg, .gif or .webp");
                return Optional.empty();
            }
            Path file = templates.resolve(path).normalize();
            if (!Files.isRegularFile(file)) {
                problems.error(where, "'image' names " + Quote.of(value) + ", but there is no file " + shown(file)
                        + "; put the image there (the build copies " + shown(templates.resolve("static"))
                        + " to static/) or leave 'image' out to use the theme's");
                return Optional.empty();
            }
            return Optional.of(uri);
        }

        private String shown(Path path) {
            return Quote.of(DisplayPaths.show(path, siteRoot));
        }
    }
}
