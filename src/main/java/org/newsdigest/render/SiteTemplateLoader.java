package org.newsdigest.render;

import freemarker.cache.FileTemplateLoader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.diagnostic.Quote;

/**
 * Finds templates in the site's {@code templates} folder. A symbolic link is followed only when its real target is
 * inside the same folder tree, the rule for every folder the build reads: a link out is refused, never read. It
 * remembers each template it found, so that a problem in one is placed in the site's file even once that file is gone
 * (deleted while {@code serve} renders with it).
 */
final class SiteTemplateLoader extends FileTemplateLoader {

    private final Path root;
    private final Path folder;
    private final Set<String> found = ConcurrentHashMap.newKeySet();

    SiteTemplateLoader(Path templatesDir) throws IOException {
        // FreeMarker's own check refuses a link out with an unchecked exception and a message for programmers
        super(templatesDir.toFile(), true);
        this.root = templatesDir.toRealPath();
        this.folder = templatesDir;
    }

    /** The site's file that the template {@code sourceName} was read from, if it came from the site. */
    Optional<Path> fileOf(String sourceName) {
        return found.contains(sourceName) ? Optional.of(folder.resolve(sourceName)) : Optional.empty();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object source = super.findTemplateSource(name);
        if (source instanceof File file) {
            Path real = file.toPath().toRealPath();
            if (!real.startsWith(root)) {
                Path link = file.toPath();
                throw Files.isSymbolicLink(link)
                        ? new LinkOutside(name, "is a symbolic link to " + Quote.of(Files.readSymbolicLink(link).toString()))
                        : new LinkOutside(name, "leads through a symbolic link to " + Quote.of(real.toString()));
            }
            found.add(name);
        }
        return source;
    }

    /** A template, or a folder on its way, is a link that leads outside the templates folder. */
    static final class LinkOutside extends IOException {
        private final String name;

        LinkOutside(String name, String link) {
            super(Quote.of(name) + " " + link + ", which is outside the templates folder, and links are followed only "
                    + "inside it; copy the file in instead");
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
