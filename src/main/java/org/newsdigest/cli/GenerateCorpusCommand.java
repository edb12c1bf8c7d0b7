package org.newsdigest.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdigest.bench.CorpusGenerator;
import org.newsdigest.diagnostic.EnvironmentFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(footer = {"", ExitStatus.FOOTER}, name = "generate-corpus", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic corpus of article files in the seed format, for benchmarks.")
final class GenerateCorpusCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", description = "How many article files (default: ${DEFAULT-VALUE}).")
    int articles = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Parameters(paramLabel = "DIR", description = "The folder to write the files into.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles < 1) {
            spec.commandLine().getErr().println("--articles must be at least 1");
            return ExitStatus.USAGE;
        }
        try {
            new CorpusGenerator(seed).write(articles, folder);
        } catch (IOException e) {
            throw EnvironmentFailure.io("write the corpus into", folder, e);
        }
        spec.commandLine().getOut().println("wrote " + articles + " articles to " + folder);
        return ExitStatus.OK;
    }
}
