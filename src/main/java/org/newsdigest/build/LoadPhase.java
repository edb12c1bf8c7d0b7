package org.newsdigest.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsdigest.config.SiteConfig;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.ContentScanner;
import org.newsdigest.load.SiteFolderWalker;
import org.newsdigest.render.TemplateFailure;
import org.newsdigest.render.ThemeTemplates;

/** The first step: every template, parsed before anything else so a broken one fails fast, and the content files. */
final class LoadPhase {

    /**
     * What the build works from.
     *
     * @param stamps  what results kept from earlier builds must have been made with to be reused
     * @param refused article-named entries of the content folder that were refused (a link out of it, say), each
     *                with an error among the problems; they count as invalid files
     */
    record Loaded(ThemeTemplates templates, BuildStamps stamps, List<Path> files, int refused) {
        Loaded {
            files = List.copyOf(files);
        }
    }

    private final SiteConfig config;

    LoadPhase(SiteConfig config) {
        this.config = config;
    }

    /** Empty when a template cannot be loaded: the build stops there, with the reasons in {@code problems}. */
    Optional<Loaded> load(Problems problems) {
        ThemeTemplates templates;
        try {
            templates = ThemeTemplates.load(config);
        } catch (TemplateFailure e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        problems.addAll(templates.warnings());
        SiteFolderWalker.Walked scan = new ContentScanner().scan(config.contentDir(), problems);
        return Optional.of(new Loaded(templates, BuildStamps.of(config, templates), scan.files(), scan.refused()));
    }
}
