package org.newsdigest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
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
            Files.createDirectories(target.getParent());
            try (InputStream in = InitCommand.class.getResourceAsStream("scaffold/" + name)) {
                Files.copy(in, target);
            }
        }
        spec.commandLine().getOut().printf("Created a digest in %s. Next:%n  cd %s%n  java -jar news-digest.jar serve%n",
                folder, folder);
        return ExitStatus.OK;
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
