package org.newsdigest.cache;

import java.util.Map;
import org.newsdigest.check.PageLinks;

/**
 * The published site as the build that wrote it saw it: every file with the fingerprint of the data it was made
 * from, its size and modification time as published (so that a file changed or replaced since is not trusted), and
 * the files each page links to.
 */
public record OutputManifest(Map<String, Long> fingerprints, Map<String, FileStamp> stamps, Map<String, PageLinks> links) {

    public OutputManifest {
        fingerprints = Map.copyOf(fingerprints);
        stamps = Map.copyOf(stamps);
        links = Map.copyOf(links);
        if (!stamps.keySet().equals(fingerprints.keySet())) {
            throw new IllegalArgumentException("a manifest needs a stamp for each file and no other: "
                    + stamps.size() + " stamps for " + fingerprints.size() + " files");
        }
    }

    public static OutputManifest empty() {
        return new OutputManifest(Map.of(), Map.of(), Map.of());
    }
}
