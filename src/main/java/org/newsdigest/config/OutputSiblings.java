package org.newsdigest.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The folders and the file a build keeps beside the output folder, named after it: for {@code output} they are
 * {@code .output.staging} (the new site as it renders), {@code .output.previous} (the old site while the new one is
 * swapped in), {@code .output.spare} (the site before last, which an incremental publish brings up to date),
 * {@code .output.trash} (old sites being removed), {@code .output.cache} (what one build keeps for the next) and
 * {@code .output.lock} (the lock the site's builds share). This is the one place these names are spelt.
 */
public record OutputSiblings(Path output) {

    /** The file older versions journalled an incremental publish in, inside the staging folder. */
    private static final String OLD_PUBLISH_JOURNAL = ".news-digest-publish";

    public static OutputSiblings of(Path output) {
        return new OutputSiblings(output);
    }

    public Path staging() {
        return named("staging");
    }

    public Path previous() {
        return named("previous");
    }

    public Path spare() {
        return named("spare");
    }

    public Path trash() {
        return named("trash");
    }

    public Path cache() {
        return named("cache");
    }

    public Path lock() {
        return named("lock");
    }

    /**
     * The journal that versions before the output carried a mark wrote while publishing: a build killed there left it
     * as the only proof that news-digest wrote the output folder.
     */
    public Path oldPublishJournal() {
        return staging().resolve(OLD_PUBLISH_JOURNAL);
    }

    /** The folders a build deletes and writes again, which the site's own folders must not be inside. */
    public List<Path> rewrittenByBuilds() {
        return List.of(staging(), previous(), spare(), trash(), cache());
    }

    /** Every name above, in the order the class comment gives them. */
    public List<Path> all() {
        return List.of(staging(), previous(), spare(), trash(), cache(), lock());
    }

    private Path named(String purpose) {
        return output.resolveSibling("." + output.getFileName() + "." + purpose);
    }
}
