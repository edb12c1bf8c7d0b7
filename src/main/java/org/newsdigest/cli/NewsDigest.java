package org.newsdigest.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "news-digest", mixinStandardHelpOptions = true, versionProvider = PackageVersion.class,
        description = "Turns a folder of news-article files into a static news digest with topic pages, provider pages and feeds.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, InitCommand.class, GenerateCorpusCommand.class, CommandLine.HelpCommand.class})
public final class NewsDigest implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line and returns its exit status; what {@code main} does, minus the exit. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NewsDigest())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("news-digest: internal error, please report it with the trace below");
                    e.printStackTrace(cmd.getErr());
                    return ExitStatus.INTERNAL_ERROR;
                });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Without a command there is nothing to do: say which commands there are. */
    @Override
    public Integer call() {
        List<String> names = spec.subcommands().values().stream().map(CommandLine::getCommandName).distinct().toList();
        String choices = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        spec.commandLine().getErr().println("news-digest: name a command: " + choices);
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.USAGE;
    }
}
