package org.newsdigest.config;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsdigest.diagnostic.DisplayPaths;
import org.newsdigest.diagnostic.NearestName;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.ReadFailure;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.yaml.YamlList;
import org.newsdigest.yaml.YamlMap;
import org.newsdigest.yaml.YamlReader;
import org.newsdigest.yaml.YamlScalar;
import org.newsdigest.yaml.YamlValue;

/** Reads and validates {@code site-config.yml}: the single place configuration is checked. */
public final class SiteConfigLoader {

    static final List<String> TOP_LEVEL_KEYS = List.of(
            "title", "description", "baseUrl", "language", "timeZone", "pageSize", "feed",
            "content", "templates", "output", "cname", "image", "strict", "publishFuture", "maxArticleBytes", "threads", "limits");
    static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;
    /**
     * The most threads a build may work on: far more than the cores of any machine a site is built on, and few enough
     * that a mistyped number does not start thousands of threads.
     */
    static final int MAX_THREADS = 256;
    static final List<String> FEED_KEYS = List.of("items");
    public static final List<String> LIMITS_KEYS = List.of("topicsPerArticle", "imagesPerArticle", "relatedPerArticle", "aliasesPerArticle",
            "renderSeconds", "pageBytes");

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
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
        Reading reading = new Reading(file, root, homeFolder, problems);
        SiteConfig config = reading.config(overrides);
        if (problems.hasErrors()) {
            throw new ConfigException(problems.list());
        }
        return config;
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

    private static YamlMap asMap(YamlValue value, String what, Problems problems) {
        if (value instanceof YamlMap map) {
            return map;
        }
        problems.error(value.position(), what + " must be a mapping of keys to values; found " + value.describe());
        return new YamlMap(List.of(), value.position());
    }

    /** One pass over one config document. */
    private static final class Reading {
        private final Path file;
        private final Path siteRoot;
        private final YamlMap root;
        private final Path home;
        private final Problems problems;

        Reading(Path file, YamlMap root, Path home, Problems problems) {
            this.file = file;
            this.siteRoot = file.getParent();
            this.root = root;
            this.home = home;
            this.problems = problems;
        }

        SiteConfig config(ConfigOverrides overrides) {
            rejectUnknownKeys(root, TOP_LEVEL_KEYS, "");
            String title = requiredString("title");
            String description = string(root, "description").orElse("");
            URI baseUrl = baseUrl(overrides.baseUrl(), overrides.names());
            String language = language();
            ZoneId zone = timeZone();
            int pageSize = positiveInt(root, "", "pageSize", 20);
            int feedItems = feedItems();
            Path content = path("content", "seeds");
            Path templates = path("templates", "templates");
            Path output = overrides.outputDir().map(p -> p.toAbsolutePath().normalize()).orElseGet(() -> path("output", "output"));
            Optional<String> cname = cname();
            Optional<URI> image = image(templates);
            boolean strict = bool("strict") || overrides.strict();
            boolean publishFuture = bool("publishFuture");
            long maxArticleBytes = positiveInt(root, "", "maxArticleBytes", (int) DEFAULT_MAX_ARTICLE_BYTES);
            Limits limits = limits();
            int threads = threads(overrides.threads(), overrides.names());
            if (overrides.outputDir().filter(given -> given.toString().isEmpty()).isPresent()) {
                // an empty option would mean the working folder, and the build replaces its output entirely
                problems.error(SourcePosition.unplaced(overrides.names().output()),
                        "'output' is empty; name a folder of its own, such as 'output'");
            } else {
                checkOutputIsSafe(output, overrides.outputDir().map(given -> overrides.names().output()), content, templates);
            }
            checkNotInsideBuildFolders("content", content, output);
            checkNotInsideBuildFolders("templates", templates, output);
            checkNotSystemFolder("content", content);
            checkNotSystemFolder("templates", templates);
            if (Files.exists(templates) && !Files.isDirectory(templates)) {
                problems.error(root.get("templates").map(YamlValue::position).orElse(SourcePosition.ofFile(file)),
                        "the templates folder " + shown(templates) + " is a file, not a folder; set 'templates' to the "
                                + "folder of the site's templates, or leave it out to use the built-in theme");
            }
            if (!Files.isDirectory(content)) {
                problems.error(root.get("content").map(YamlValue::position).orElse(SourcePosition.ofFile(file)),
                        "the content folder " + content + (Files.exists(content) ? " is a file, not a folder; set"
                                : " does not exist; create it or set") + " 'content' to the folder of article files");
            }
            if (problems.hasErrors()) {
                return null;
            }
            return new SiteConfig(siteRoot, title, description, baseUrl, language, zone, pageSize, feedItems,
                    content, templates, output, cname, image, strict, publishFuture, maxArticleBytes, limits, threads);
        }

        private void rejectUnknownKeys(YamlMap map, List<String> known, String prefix) {
            for (YamlMap.Entry entry : map.entries()) {
                if (!known.contains(entry.name())) {
                    String hint = NearestName.among(entry.name(), known)
                            .map(k -> "did you mean '" + prefix + k + "'?")
                            .orElse("known keys are " + String.join(", ", known));
                    problems.error(entry.key().position(), "unknown key " + Quote.of(prefix + entry.name()) + "; " + hint);
                }
            }
        }

        private String requiredString(String key) {
            Optional<String> value = string(root, key);
            if (value.isEmpty() && root.get(key).isEmpty()) {
                problems.error(root.position(), "missing key '" + key + "'; add '" + key + ": ...' to the config");
            } else if (value.isPresent() && value.get().isBlank()) {
                problems.error(root.get(key).get().position(), "'" + key + "' is empty; give it a value");
            }
            return value.orElse("");
        }

        private Optional<String> string(YamlMap map, String key) {
            Optional<YamlValue> value = map.get(key);
            if (value.isEmpty() || hasNoValue(value.get(), key)) {
                return Optional.empty();
            }
            if (value.get() instanceof YamlScalar scalar
                    && (scalar.is(YamlScalar.Kind.STRING) || scalar.is(YamlScalar.Kind.INTEGER) || scalar.is(YamlScalar.Kind.FLOAT))) {
                return Optional.of(scalar.text().strip());
            }
            // quotes make a date or a tagged value text; a nested mapping has no such one fix
            problems.error(value.get().position(), "'" + key + "' must be text; found " + value.get().describe()
                    + (value.get() instanceof YamlMap ? "; give it one value, not keys of its own" : "; quote the value"));
            return Optional.empty();
        }

        /** @param prefix the group's name and a dot ({@code "feed."}), or "" for a top-level key */
        private int positiveInt(YamlMap map, String prefix, String key, int fallback) {
            Optional<YamlValue> value = map.get(key);
            if (value.isEmpty() || hasNoValue(value.get(), prefix + key)) {
                return fallback;
            }
            if (value.get() instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.INTEGER)) {
                String digits = scalar.text().replace("_", "");
                try {
                    int number = Integer.parseInt(digits);
                    if (number >= 1) {
                        return number;
                    }
                } catch (NumberFormatException notAnInt) {
                    if (digits.matches("\\+?[0-9]+")) {
                        problems.error(scalar.position(), "'" + prefix + key + "' is too large: at most " + Integer.MAX_VALUE
                                + "; found " + Quote.of(scalar.text()));
                        return fallback;
                    }
                }
            }
            problems.error(value.get().position(), "'" + prefix + key + "' must be a whole number of at least 1; found "
                    + found(value.get(), text -> text.matches("0*[1-9][0-9]{0,8}")));
            return fallback;
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
                    problems.error(where, "'threads' must be a whole number of at least 1; found " + Quote.of(Integer.toString(count)));
                } else if (count > MAX_THREADS) {
                    problems.error(where, tooManyThreads(Integer.toString(count)));
                } else {
                    return count;
                }
                return fallback;
            }
            int count = positiveInt(root, "", "threads", fallback);
            if (count > MAX_THREADS) {
                YamlValue value = root.get("threads").get();
                problems.error(value.position(), tooManyThreads(((YamlScalar) value).text()));
                return fallback;
            }
            return count;
        }

        private static String tooManyThreads(String found) {
            return "'threads' is too large: at most " + MAX_THREADS + "; found " + Quote.of(found)
                    + "; leave it out to use one thread per core";
        }

        private boolean bool(String key) {
            Optional<YamlValue> value = root.get(key);
            if (value.isEmpty() || hasNoValue(value.get(), key)) {
                return false;
            }
            if (value.get() instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.BOOLEAN)
                    && (scalar.text().equalsIgnoreCase("true") || scalar.text().equalsIgnoreCase("false"))) {
                return scalar.text().equalsIgnoreCase("true");
            }
            problems.error(value.get().position(), "'" + key + "' must be true or false; found "
                    + found(value.get(), text -> text.equals("true") || text.equals("false")));
            return false;
        }

        /** A key written with nothing after it ({@code pageSize:}) or {@code ~}: reported as such, not as a wrong type. */
        private boolean hasNoValue(YamlValue value, String name) {
            if (value instanceof YamlScalar scalar && scalar.is(YamlScalar.Kind.NULL) && !scalar.quoted()) {
                problems.error(value.position(), "'" + name + "' has no value; write one after '" + name.substring(name.lastIndexOf('.') + 1)
                        + ":', or remove the line");
                return true;
            }
            return false;
        }

        /**
         * A wrong value as written. Quoted text is named as such: in {@code strict: "true"} the quotes are the mistake.
         *
         * @param rightUnquoted whether the text would be a right value without its quotes
         */
        private static String found(YamlValue value, Predicate<String> rightUnquoted) {
            if (!(value instanceof YamlScalar scalar)) {
                return value.describe();
            }
            if (!scalar.quoted()) {
                return Quote.of(scalar.text());
            }
            return "the text " + Quote.of(scalar.text()) + " in quotes" + (rightUnquoted.test(scalar.text()) ? "; remove the quotes" : "");
        }

        private URI baseUrl(Optional<String> override, ConfigOverrides.Names names) {
            Optional<String> text = override.isPresent() ? override : string(root, "baseUrl");
            SourcePosition where = override.isPresent() ? SourcePosition.unplaced(names.baseUrl())
                    : root.get("baseUrl").map(YamlValue::position).orElse(root.position());
            if (text.isEmpty()) {
                if (root.get("baseUrl").isEmpty()) {
                    problems.error(where, "missing key 'baseUrl'; add the address the site is served from, "
                            + "e.g. 'baseUrl: https://example.github.io/news-digest/'");
                }
                return URI.create("http://localhost/");
            }
            String hint = "; give an absolute http(s) address such as 'https://example.github.io/news-digest/'";
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
            String language = string(root, "language").orElse("en");
            Optional<Locale> locale = wellFormedLocale(language);
            if (locale.isEmpty()) {
                problems.error(root.get("language").get().position(), "'language' must be a language tag such as 'en' or 'en-US'; found "
                        + Quote.of(language));
                return language;
            }
            String primary = language.split("-", 2)[0];
            String region = locale.get().getCountry();
            if (!ISO_LANGUAGES.contains(primary.toLowerCase(Locale.ROOT))) {
                problems.error(root.get("language").get().position(), "'language' must start with an ISO 639-1 language code, and "
                        + Quote.of(primary) + " is not one; found " + Quote.of(language) + "; use a tag such as 'en', 'de' or 'en-US'");
            } else if (region.length() == 2 && !ISO_COUNTRIES.contains(region)) {
                problems.error(root.get("language").get().position(), "'language' must have an ISO 3166 country code as its region, and "
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
            if (!LANGUAGE.matcher(language).matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Locale.Builder().setLanguageTag(language).build());
            } catch (IllformedLocaleException e) {
                return Optional.empty();
            }
        }

        private ZoneId timeZone() {
            String zone = string(root, "timeZone").orElse("UTC");
            try {
                return ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.error(root.get("timeZone").get().position(), "'timeZone' is not a known time zone; found " + Quote.of(zone)
                        + "; use a region ID such as 'UTC' or 'Europe/Berlin'");
                return ZoneId.of("UTC");
            }
        }

        private int feedItems() {
            Optional<YamlValue> feed = root.get("feed");
            if (feed.isEmpty()) {
                return 50;
            }
            YamlMap map = asMap(feed.get(), "'feed'", problems);
            rejectUnknownKeys(map, FEED_KEYS, "feed.");
            return positiveInt(map, "feed.", "items", 50);
        }

        private Limits limits() {
            Optional<YamlValue> group = root.get("limits");
            if (group.isEmpty()) {
                return Limits.DEFAULTS;
            }
            YamlMap map = asMap(group.get(), "'limits'", problems);
            rejectUnknownKeys(map, LIMITS_KEYS, "limits.");
            Limits defaults = Limits.DEFAULTS;
            return new Limits(
                    positiveInt(map, "limits.", "topicsPerArticle", defaults.topicsPerArticle()),
                    positiveInt(map, "limits.", "imagesPerArticle", defaults.imagesPerArticle()),
                    positiveInt(map, "limits.", "relatedPerArticle", defaults.relatedPerArticle()),
                    positiveInt(map, "limits.", "aliasesPerArticle", defaults.aliasesPerArticle()),
                    java.time.Duration.ofSeconds(positiveInt(map, "limits.", "renderSeconds", (int) defaults.renderTime().toSeconds())),
                    positiveInt(map, "limits.", "pageBytes", (int) defaults.pageBytes()));
        }

        private Path path(String key, String fallback) {
            return siteRoot.resolve(string(root, key).orElse(fallback)).toAbsolutePath().normalize();
        }

        private Optional<String> cname() {
            Optional<String> cname = string(root, "cname").filter(s -> !s.isEmpty());
            if (cname.isPresent() && !HOST_NAME.matcher(cname.get()).matches()) {
                problems.error(root.get("cname").get().position(), "'cname' must be a domain name such as 'news.example.org'; found "
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
            Optional<String> text = string(root, "image").filter(s -> !s.isEmpty());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            SourcePosition where = root.get("image").get().position();
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

        /**
         * Publishing replaces the output folder wholesale, so it must never be a folder that holds anything else.
         * One mistake (say {@code output: .}) can break several rules; they are reported as one problem. Folders
         * are compared as the file system resolves them (symbolic links followed), so another spelling of the
         * home folder is still the home folder; paths are shown as the config's folder sees them, the way the
         * user wrote them.
         */
        private void checkOutputIsSafe(Path output, Optional<Path> overriddenBy, Path content, Path templates) {
            // a folder given with --output is the command line's mistake, shown as typed there: from the working folder
            SourcePosition where = overriddenBy.isPresent() ? SourcePosition.unplaced(overriddenBy.get())
                    : root.get("output").map(YamlValue::position).orElse(SourcePosition.ofFile(file));
            String shownOutput = overriddenBy.isPresent() ? Quote.of(DisplayPaths.show(output, Path.of("").toAbsolutePath())) : shown(output);
            Path real = realPath(output);
            List<String> reasons = new ArrayList<>();
            if (Files.exists(output) && !Files.isDirectory(output)) {
                reasons.add("it is a file, not a folder");
            } else if (real.getParent() == null) {
                // it holds everything; naming the content and templates folders as well would only bury that
                reasons.add("it is the file system root");
            } else if (SystemFolders.holding(real).isPresent()) {
                reasons.add("it is inside " + Quote.of(SystemFolders.holding(real).get().toString())
                        + ", which holds the system's own files");
            } else {
                if (realPath(home).startsWith(real)) {
                    reasons.add(real.equals(realPath(home)) ? "it is the home folder" : "it holds the home folder");
                }
                if (realPath(siteRoot).startsWith(real)) {
                    reasons.add("it holds the site's config file");
                }
                if (overlaps(real, realPath(content))) {
                    reasons.add("it overlaps the content folder " + shown(content));
                }
                if (overlaps(real, realPath(templates))) {
                    reasons.add("it overlaps the templates folder " + shown(templates));
                }
            }
            if (!reasons.isEmpty()) {
                String because = reasons.size() == 1 ? reasons.get(0)
                        : String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1);
                problems.error(where, "'output' " + shownOutput + " cannot be used because " + because
                        + "; the build replaces that folder entirely, so choose a folder of its own such as 'output'");
            }
        }

        /**
         * Beside the output the build keeps {@code .output.staging} (the new site as it renders), {@code .output.previous}
         * (the old one while publishing) and {@code .output.cache}; it deletes and replaces them, so a content or
         * templates folder must not be one of them or inside one.
         */
        private void checkNotInsideBuildFolders(String key, Path folder, Path output) {
            if (output.getFileName() == null) {
                return; // the file system root, refused above
            }
            Path real = realPath(folder);
            for (Path buildFolder : OutputSiblings.of(output).rewrittenByBuilds()) {
                if (real.startsWith(realPath(buildFolder))) {
                    problems.error(root.get(key).map(YamlValue::position).orElse(SourcePosition.ofFile(file)),
                            "'" + key + "' " + shown(folder) + " cannot be used because it is inside " + shown(buildFolder)
                                    + ", a folder the build deletes and rewrites beside the output " + shown(output)
                                    + "; move the " + key + " to a folder whose name does not start with '." + output.getFileName() + ".'");
                    return;
                }
            }
        }

        /** A /proc, /sys or /dev folder would build (or publish) the system's own pseudo-files: nothing a site holds. */
        private void checkNotSystemFolder(String key, Path folder) {
            SystemFolders.holding(realPath(folder)).ifPresent(system -> problems.error(
                    root.get(key).map(YamlValue::position).orElse(SourcePosition.ofFile(file)),
                    "'" + key + "' " + shown(folder) + " cannot be used because it is inside " + Quote.of(system.toString())
                            + ", which holds the system's own files, not a site's; choose a folder of your own"));
        }

        private static boolean overlaps(Path a, Path b) {
            return a.startsWith(b) || b.startsWith(a);
        }

        /**
         * The path with symbolic links resolved as far as it exists: the real path of its deepest existing folder,
         * with the rest (which does not exist yet) appended.
         */
        private static Path realPath(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return absolute;
            }
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
            } catch (IOException e) {
                return absolute;
            }
        }

        private String shown(Path path) {
            return Quote.of(DisplayPaths.show(path, siteRoot));
        }
    }
}
