package org.newsdigest.model;

import java.net.URI;
import java.util.Objects;

/**
 * An image hosted by the provider; width and height are 0 when the file does not give them.
 *
 * @param isCached the seed's {@code isCached}: the pipeline that wrote the file holds a copy of the image
 */
public record Image(URI url, int width, int height, boolean isCached) {

    public Image {
        Objects.requireNonNull(url, "url");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative image size");
        }
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }
}
