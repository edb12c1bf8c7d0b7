package org.newsdigest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdigest.config.ConfigException;
import org.newsdigest.config.ConfigOverrides;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.serve.PreviewSession;
import org.newsdigest.serve.PreviewSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(footer = {"", ExitStatus.FOOTER}, name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site into a private preview folder, serve it on 127.0.0.1 under the base URL's path, "
                + "and rebuild and reload open tabs whenever the content, templates or config change. Stop with Ctrl-C. "
                + "The site's output folder is not touched. Only this machine can connect, and only under the names "
                + "localhost, 127.0.0.1 or [::1].")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "The site's config file (default: ./site-config.yml).")
    Path config = Path.of("site-config.yml");

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--port", paramLabel = "N", description = "The port to serve on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 1313;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> badPort = PortSetting.problem("--port", port);
        if (badPort.isPresent()) {
            err.println(badPort.get());
            return ExitStatus.USAGE;
        }
        Path here = Path.of("").toAbsolutePath();
        PreviewSession session;
        try {
            session = new PreviewSession(config, ConfigOverrides.none().withThreads(threads.value()), port, here, out,
                    PreviewSettings.DEFAULTS);
        } catch (ConfigException e) {
            e.problems().stream().sorted(Problem.IN_FILE_ORDER).forEach(p -> err.println(p.format(here)));
            err.println("news-digest: the configuration has problems; fix them and start serve again");
            return ExitStatus.USAGE;
        } catch (java.net.BindException e) {
            err.println("news-digest: port " + port + " is in use; pass --port N");
            return ExitStatus.USAGE;
        }
        session.serveUntilExit(address -> {
            out.println(address);
            out.flush();
        });
        return ExitStatus.OK;
    }
}
