package org.newsdigest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import org.newsdigest.diagnostic.EnvironmentFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

@Command(name = "news-digest", mixinStandardHelpOptions = true, versionProvider = PackageVersion.class,
        description = "Turns a folder of news-article files into a static news digest with topic pages, provider pages and feeds.",
        footer = {"", ExitStatus.FOOTER})
public final class NewsDigest implements java.util.concurrent.Callable<Integer> {

    /** The commands by the name each is typed with, in the order help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands(BuildCommand.class, CheckCommand.class,
            ServeCommand.class, InitCommand.class, GenerateCorpusCommand.class, CommandLine.HelpCommand.class);

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On any failure, also print its stack trace (for a bug report).")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line and returns its exit status; what {@code main} does, minus the exit. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(args), args, out, err);
    }

    /**
     * news-digest's command line for {@code args}. picocli reads all of a command's annotations when the command is
     * added, which for every command took about 40 ms of each start: a line that names a command first gets that
     * command alone. Any other line (help, no command, an unknown one, an option first) gets every command, so that
     * what help and the errors say lists them all.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new NewsDigest());
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null && named != CommandLine.HelpCommand.class) {
            line.addSubcommand(named);
        } else {
            COMMANDS.values().forEach(line::addSubcommand);
        }
        return line;
    }

    private static Map<String, Class<?>> commands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Runs {@code commandLine} (news-digest's, or a test's stand-in) with the documented exit statuses. */
    static int execute(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new FailureReport());
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; by now the build's objects are unreachable, so a line fits
            err.println(ReportLines.outOfMemory(Runtime.getRuntime().maxMemory(), "JAVA_OPTS=-Xmx2g (or NEWS_DIGEST_OPTS)"));
            if (Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            status = ExitStatus.OUT_OF_MEMORY;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * What a command that failed prints: an environment failure's one line, anything else as an internal error with its
     * trace. A class, not a lambda: a lambda of picocli's interface links picocli's classes while the class-data
     * archive is dumped, which keeps them out of it (picocli is compiled for Java 5).
     */
    private static final class FailureReport implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
            if (e instanceof EnvironmentFailure failure) {
                return report(failure, cmd.getErr(), debugAsked(parsed));
            }
            cmd.getErr().println("news-digest: internal error, please report it with the trace below");
            e.printStackTrace(cmd.getErr());
            return ExitStatus.INTERNAL_ERROR;
        }
    }

    /** Prints an environment failure as its one line (and its trace if asked) and returns its exit status. */
    static int report(EnvironmentFailure failure, PrintWriter err, boolean debug) {
        err.println("news-digest: " + failure.format(Path.of("").toAbsolutePath()));
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.of(failure.kind());
    }

    /** {@code --debug} anywhere on the command line: it is inherited, so each subcommand has its own copy. */
    static boolean debugAsked(ParseResult parsed) {
        for (ParseResult part = parsed; part != null; part = part.subcommand()) {
            if (part.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
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
