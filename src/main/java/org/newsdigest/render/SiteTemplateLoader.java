package org.newsdigest.render;

import freemarker.cache.FileTemplateLoader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdigest.diagnostic.Quote;

/**
 * Finds templates in the site's {@code templates} folder. A symbolic link is followed only when its real target is
 * inside the same folder tree, the rule for every folder the build reads: a link out is refused, never read.
 */
final class SiteTemplateLoader extends FileTemplateLoader {

    private final Path root;

    SiteTemplateLoader(Path templatesDir) throws IOException {
        // FreeMarker's own check refuses a link out with an unchecked exception and a message for programmers
        super(templatesDir.toFile(), true);
        this.root = templatesDir.toRealPath();
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
