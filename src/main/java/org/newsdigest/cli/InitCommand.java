package org.newsdigest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsdigest.diagnostic.EnvironmentFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(footer = {"", ExitStatus.FOOTER}, name = "init", mixinStandardHelpOptions = true,
        description = "Create a new digest in DIR: site-config.yml with every key explained, one example article in "
                + "seeds/, and an empty templates/ folder. The new site builds as it is.")
final class InitCommand implements Callable<Integer> {

    /** The scaffold's files, as resources beside this class. */
    static final List<String> FILES = List.of("site-config.yml", "seeds/welcome.md", "templates/README.md");

    @Parameters(paramLabel = "DIR", description = "The folder to create; it must not exist or be empty.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            spec.commandLine().getErr().println(folder + ": already exists and is not empty; choose a new folder");
            return ExitStatus.USAGE;
        }
        for (String name : FILES) {
            Path target = folder.resolve(name);
            try (InputStream in = InitCommand.class.getResourceAsStream("scaffold/" + name)) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            } catch (IOException e) {
                throw EnvironmentFailure.io("write", target, e);
            }
        }
        spec.commandLine().getOut().printf("Created a digest in %s. Next:%n  cd %s%n  %s%n",
                folder, folder, serveCommand(folder, runningJar()));
        return ExitStatus.OK;
    }

    /**
     * The command that starts the preview from inside {@code folder}: the jar that runs now, by its path from there
     * ({@code java -jar ../target/news-digest.jar serve}, or its absolute path where that is shorter), or a
     * placeholder when news-digest does not run from a jar.
     */
    static String serveCommand(Path folder, Optional<Path> jar) {
        if (jar.isEmpty()) {
            return "java -jar <path to news-digest.jar> serve";
        }
        Path from = folder.toAbsolutePath().normalize();
        Path to = jar.get().toAbsolutePath().normalize();
        String path = to.toString();
        if (from.getRoot() != null && from.getRoot().equals(to.getRoot())) {
            String relative = from.relativize(to).toString();
            path = relative.length() < path.length() ? relative : path;
        }
        return "java -jar " + (path.matches("[\\w./:\\\\-]+") ? path : "'" + path.replace("'", "'\\''") + "'") + " serve";
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
