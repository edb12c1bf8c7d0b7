package org.newsdigest.cache;

import java.util.Collections;
import java.util.Map;
import org.newsdigest.check.PageLinks;

/**
 * The published site as the build that wrote it saw it: every file with the fingerprint of the data it was made
 * from, its size and modification time as published (so that a file changed or replaced since is not trusted), and
 * the files each page links to. The maps are handed over, not copied (a manifest has an entry per file of the site, and
 * a rebuild makes one twice): whoever makes a manifest changes its maps no more.
 */
public record OutputManifest(Map<String, Long> fingerprints, Map<String, FileStamp> stamps, Map<String, PageLinks> links) {

    public OutputManifest {
        fingerprints = Collections.unmodifiableMap(fingerprints);
        stamps = Collections.unmodifiableMap(stamps);
        links = Collections.unmodifiableMap(links);
        if (!stamps.keySet().equals(fingerprints.keySet())) {
            throw new IllegalArgumentException("a manifest needs a stamp for each file and no other: "
                    + stamps.size() + " stamps for " + fingerprints.size() + " files");
        }
    }

    public static OutputManifest empty() {
        return new OutputManifest(Map.of(), Map.of(), Map.of());
    }
}
