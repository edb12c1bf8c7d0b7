package org.newsdigest.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files ({@code static/} beside the templates): the built-in ones from the jar, replaced
 * file by file by any the site's {@code templates/static/} folder holds, plus the site's own additions.
 */
public final class ThemeAssets {

    static final String FOLDER = "static";

    private final Path siteTemplates;

    public ThemeAssets(Path siteTemplates) {
        this.siteTemplates = siteTemplates;
    }

    /** Every static file as an output page, keyed and sorted by output path. */
    public Map<String, RenderedPage> collect() {
        Map<String, RenderedPage> files = new TreeMap<>();
        readBuiltIn(files);
        Path own = siteTemplates.resolve(FOLDER);
        if (Files.isDirectory(own)) {
            readTree(own, files);
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
                readTree(Path.of(uri), files);
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
            readTree(FileSystems.getFileSystem(uri).provider().getPath(uri), files);
            return;
        }
        try (jar) {
            readTree(jar.provider().getPath(uri), files);
        }
    }

    private static void readTree(Path folder, Map<String, RenderedPage> files) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                String path = FOLDER + "/" + folder.relativize(file).toString().replace('\\', '/');
                files.put(path, new RenderedPage(path, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
