package org.newsdigest.cache;

import java.util.Map;
import org.newsdigest.check.PageLinks;

/**
 * The published site as the build that wrote it saw it: every file with the fingerprint of the data it was made
 * from, and the files each page links to.
 */
public record OutputManifest(Map<String, Long> fingerprints, Map<String, PageLinks> links) {

    public OutputManifest {
        fingerprints = Map.copyOf(fingerprints);
        links = Map.copyOf(links);
    }
}
