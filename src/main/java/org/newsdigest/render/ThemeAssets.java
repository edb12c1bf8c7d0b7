package org.newsdigest.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.ReadFailure;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.load.SiteFolderWalker;

/**
 * The theme's static files ({@code static/} beside the templates): the built-in ones from the jar, replaced
 * file by file by any the site's {@code templates/static/} folder holds, plus the site's own additions. The site's
 * are found under the rule of {@link SiteFolderWalker}, bound to the templates folder: a link out of it, or a pipe
 * or device, fails the build with the link named, since a theme without one of its files is not the site it shows.
 */
public final class ThemeAssets {

    static final String FOLDER = "static";

    /** Hidden files are left out, as before; hidden folders are kept, for {@code .well-known/}. */
    private static final SiteFolderWalker.Names NAMES = new SiteFolderWalker.Names(name -> true, name -> !name.startsWith("."));

    private final Path siteTemplates;

    public ThemeAssets(Path siteTemplates) {
        this.siteTemplates = siteTemplates;
    }

    /** Every static file as an output page, keyed and sorted by output path. */
    public Map<String, RenderedPage> collect() throws TemplateFailure {
        Map<String, RenderedPage> files = new TreeMap<>();
        readBuiltIn(files);
        Path own = siteTemplates.resolve(FOLDER);
        if (Files.isDirectory(own)) {
            Problems problems = new Problems();
            readTree(new SiteFolderWalker("templates folder", NAMES).files(siteTemplates, own, problems), own, files, problems);
            if (problems.hasErrors()) {
                throw new TemplateFailure(problems.list());
            }
        }
        return files;
    }

    private static void readBuiltIn(Map<String, RenderedPage> files) {
        URL url = ThemeAssets.class.getResource(ThemeTemplates.THEME_RESOURCE_ROOT + "/" + FOLDER);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                readJar(uri, files);
            } else {
                readBuiltInTree(Path.of(uri), files);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in theme cannot be read from " + url, e);
        }
    }

    private static void readJar(URI uri, Map<String, RenderedPage> files) throws IOException {
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException openedElsewhere) {
            readBuiltInTree(FileSystems.getFileSystem(uri).provider().getPath(uri), files);
            return;
        }
        try (jar) {
            readBuiltInTree(jar.provider().getPath(uri), files);
        }
    }

    /** The built-in theme is ours: a problem reading it is a bug, not the user's to fix. */
    private static void readBuiltInTree(Path folder, Map<String, RenderedPage> files) {
        Problems problems = new Problems();
        readTree(new SiteFolderWalker("built-in theme", NAMES).files(folder, folder, problems), folder, files, problems);
        if (problems.size() > 0) {
            throw new IllegalStateException("the built-in theme cannot be read: " + problems.list());
        }
    }

    private static void readTree(List<Path> found, Path folder, Map<String, RenderedPage> files, Problems problems) {
        for (Path file : found) {
            String path = FOLDER + "/" + folder.relativize(file).toString().replace('\\', '/');
            try {
                files.put(path, new RenderedPage(path, Files.readAllBytes(file)));
            } catch (IOException e) {
                problems.error(SourcePosition.ofFile(file), ReadFailure.message(e));
            }
        }
    }
}
