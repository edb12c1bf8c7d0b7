package org.newsdigest.render;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The media type of a picture, told from the extension of its address's path (the query left out). */
final class ImageTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif",
            "webp", "image/webp", "avif", "image/avif", "svg", "image/svg+xml");

    private ImageTypes() {
    }

    /** The type, or empty when the path has no extension this knows. */
    static Optional<String> ofUrl(URI url) {
        String path = url.getPath();
        if (path == null) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
