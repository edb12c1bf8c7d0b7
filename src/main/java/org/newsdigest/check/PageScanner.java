package org.newsdigest.check;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a page's ids and links where its bytes are still in memory, as it is written, so that the link check need not
 * read the file back and parse it. One scanner serves a whole build, from any thread: the same target or id in many
 * pages (the navigation's links are in every page) is kept as one string.
 */
public final class PageScanner {

    private final PageParser parser = new PageParser();
    private final Map<String, String> strings = new ConcurrentHashMap<>();

    /**
     * Empty for a file that is neither HTML nor XML, and for one that is not UTF-8: the check reads that one itself
     * and fails as it always did.
     */
    public Optional<ScannedPage> scan(String path, byte[] content) {
        if (!PageParser.isPage(path)) {
            return Optional.empty();
        }
        List<Link> links = new ArrayList<>();
        Set<String> ids;
        try {
            ids = parser.idsAndLinks(path, PageParser.parse(content, PageParser.parserFor(path, false)), links);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return Optional.empty();
            }
            throw e;
        }
        List<String> targets = new ArrayList<>(links.size());
        for (Link link : links) {
            targets.add(shared(link.target()));
        }
        return Optional.of(new ScannedPage(Set.copyOf(ids.stream().map(this::shared).toList()), targets));
    }

    private String shared(String string) {
        String known = strings.putIfAbsent(string, string);
        return known == null ? string : known;
    }
}
