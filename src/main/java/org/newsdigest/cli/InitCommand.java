package org.newsdigest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsdigest.config.CommentedConfigWriter;
import org.newsdigest.config.SystemFolders;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(footer = {"", ExitStatus.FOOTER}, name = "init", mixinStandardHelpOptions = true,
        description = "Create a new digest repository in DIR: site-config.yml with every key explained, one example "
                + "article in seeds/, an empty templates/ folder, a pom.xml that builds it with the news-digest Maven "
                + "plugin, .mvn/jvm.config, .gitignore, a README and a GitHub Pages workflow. The new site builds as it is.")
final class InitCommand implements Callable<Integer> {

    /**
     * One file of the scaffold: a resource in {@code scaffold/} beside this class, and where it goes in the new
     * folder. Dot-files are stored without their dot, which Maven's resource copying would leave out. The config is
     * not one: it is written from the description of its keys ({@link CommentedConfigWriter}).
     */
    record ScaffoldFile(String resource, String path) {
    }

    static final List<ScaffoldFile> FILES = List.of(
            new ScaffoldFile("seeds/welcome.md", "seeds/welcome.md"),
            new ScaffoldFile("templates/README.md", "templates/README.md"),
            new ScaffoldFile("pom.xml", "pom.xml"),
            new ScaffoldFile("mvn/jvm.config", ".mvn/jvm.config"),
            new ScaffoldFile("gitignore", ".gitignore"),
            new ScaffoldFile("README.md", "README.md"),
            new ScaffoldFile("github/workflows/pages.yml", ".github/workflows/pages.yml"));

    static final String CONFIG_FILE = "site-config.yml";

    @Parameters(paramLabel = "DIR", description = "The folder to create; it must not exist or be empty.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<String> refused = refusal(folder);
        if (refused.isPresent()) {
            spec.commandLine().getErr().println(folder + ": " + refused.get());
            return ExitStatus.USAGE;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            // a parent that is a file, a read-only or missing mount: not something that "went away" mid-build
            String reason = e instanceof java.nio.file.FileSystemException failure && failure.getReason() != null
                    ? failure.getReason().toLowerCase(java.util.Locale.ROOT) : e.getClass().getSimpleName();
            spec.commandLine().getErr().println("news-digest: cannot create the folder " + Quote.of(folder.toString()) + " ("
                    + reason + "); choose a folder you may create, such as one in your home folder");
            return ExitStatus.IO_FAILURE;
        }
        String artifactId = artifactId(folder);
        String version = PackageVersion.number();
        Path config = folder.resolve(CONFIG_FILE);
        try {
            Files.writeString(config, new CommentedConfigWriter().write(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw EnvironmentFailure.io("write", config, e);
        }
        for (ScaffoldFile file : FILES) {
            Path target = folder.resolve(file.path());
            try (InputStream in = InitCommand.class.getResourceAsStream("scaffold/" + file.resource())) {
                Files.createDirectories(target.getParent());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("@ARTIFACT_ID@", artifactId).replace("@VERSION@", version);
                Files.writeString(target, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw EnvironmentFailure.io("write", target, e);
            }
        }
        spec.commandLine().getOut().printf("Created a digest in %s. Next:%n  cd %s%n  %s%n",
                folder, shellWord(folder.toString()), serveCommand(folder, launcher().or(InitCommand::runningJar)));
        return ExitStatus.OK;
    }

    /** Why {@code folder} cannot be the new digest's, if it cannot: a file, a folder with files, a system folder. */
    private static Optional<String> refusal(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of("is a file, not a folder; choose a new folder");
        }
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            return Optional.of("already exists and is not empty; choose a new folder");
        }
        Path existing = folder.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Optional<Path> system = existing == null ? Optional.empty() : SystemFolders.holding(existing.toRealPath());
        return system.map(inside -> "is inside " + Quote.of(inside.toString())
                + ", which holds the system's own files, not a site's; choose a folder of your own");
    }

    /**
     * The distribution's launcher ({@code bin/news-digest}), which passes its own path as the system property
     * {@code news-digest.launcher}: the command to print, so that its Java options apply to serve too.
     */
    static Optional<Path> launcher() {
        return Optional.ofNullable(System.getProperty("news-digest.launcher")).filter(path -> !path.isBlank()).map(Path::of)
                .filter(Files::isRegularFile);
    }

    /**
     * The command that starts the preview from inside {@code folder}: the launcher or the jar that runs now, by its
     * path from there ({@code ../news-digest/bin/news-digest serve}, {@code java -jar ../target/news-digest.jar serve},
     * or the absolute path where that is shorter), or a placeholder when news-digest does not run from either.
     */
    static String serveCommand(Path folder, Optional<Path> program) {
        if (program.isEmpty()) {
            return "java -jar <path to news-digest.jar> serve";
        }
        Path from = folder.toAbsolutePath().normalize();
        Path to = program.get().toAbsolutePath().normalize();
        String path = to.toString();
        if (from.getRoot() != null && from.getRoot().equals(to.getRoot())) {
            String relative = from.relativize(to).toString();
            path = relative.length() < path.length() ? relative : path;
        }
        boolean jar = to.getFileName().toString().endsWith(".jar");
        // a launcher in the folder itself is run as ./news-digest, not looked up on the PATH
        String launcher = path.contains("/") ? path : "./" + path;
        return (jar ? "java -jar " + shellWord(path) : shellWord(launcher)) + " serve";
    }

    /** {@code text} as one word for a POSIX shell: as it is when nothing in it is special, else in single quotes. */
    static String shellWord(String text) {
        return text.matches("[\\w./:\\\\-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    /** The new pom's artifactId: the folder's name in lower case, with what Maven does not allow as {@code -}. */
    static String artifactId(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return id.isEmpty() ? "digest" : id;
    }

    /** The jar this class was loaded from, if it was loaded from one. */
    static Optional<Path> runningJar() {
        CodeSource source = InitCommand.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.getFileName().toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return Optional.empty();
        }
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
