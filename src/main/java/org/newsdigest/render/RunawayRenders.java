package org.newsdigest.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * The page renders of one site that a build gave up on and that still run: a template stuck in FreeMarker's own Java
 * code (a built-in going through a huge sequence) sees no stop, and Java 17 has no sound way to end a thread from
 * outside ({@code Thread.stop} may leave FreeMarker's and our shared state broken, and Java 20 removed it). Its thread
 * is a daemon, so a build from the command line exits at once; in {@code serve}, which builds again and again in one
 * JVM, each such render would keep a processor busy until it ends on its own. The JVM's list of threads is the record:
 * a thread given up on is renamed after the site's templates folder and its page, so that the next build of the same
 * site can count them, warn, and refuse to start once {@value #LIMIT} are running.
 */
final class RunawayRenders {

    /** The prefix of a given-up thread's name, in a thread dump. */
    static final String NAME_PREFIX = "news-digest-runaway-render ";
    /** How many may run before a build of the site refuses to start, which would risk one more. */
    static final int LIMIT = 2;

    private final Path templatesDir;
    private final String siteKey;

    RunawayRenders(Path templatesDir) {
        this.templatesDir = templatesDir;
        this.siteKey = NAME_PREFIX + "[" + templatesDir.toAbsolutePath().normalize() + "] ";
    }

    /** Marks the thread of {@code guard}'s page as given up on, for later builds to count. */
    void giveUp(PageGuard guard) {
        guard.thread().setName(nameFor(guard.page(), guard.template()));
    }

    String nameFor(String page, String template) {
        return siteKey + Quote.of(page) + " (" + template + ")";
    }

    /** The pages of this site whose given-up render still runs, as {@code 'index.html' (index.ftlh)}, sorted. */
    List<String> stillRunning() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        List<String> pages = new ArrayList<>();
        for (Thread thread : Arrays.asList(threads).subList(0, count)) {
            String name = Objects.requireNonNullElse(thread.getName(), "");
            if (thread.isAlive() && name.startsWith(siteKey)) {
                pages.add(name.substring(siteKey.length()));
            }
        }
        pages.sort(null);
        return pages;
    }

    /**
     * A warning while fewer than {@value #LIMIT} run, an error (the build does not start) from then on; nothing when
     * none runs.
     */
    List<Problem> problems() {
        List<String> pages = stillRunning();
        if (pages.isEmpty()) {
            return List.of();
        }
        SourcePosition at = SourcePosition.unplaced(templatesDir);
        String running = (pages.size() == 1 ? "1 page render given up on in an earlier build is" : pages.size()
                + " page renders given up on in earlier builds are") + " still running in FreeMarker's own Java code, "
                + "which nothing can stop: " + String.join(", ", pages);
        if (pages.size() < LIMIT) {
            return List.of(Problem.warning(at, running + "; it keeps a processor busy until it ends on its own; fix the "
                    + "template, and restart serve if it does not end"));
        }
        return List.of(Problem.error(at, running + "; this build does not start another; fix the template and restart "
                + "serve to end them"));
    }
}
