package org.newsdigest.model;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What identifies the articles that are not published (their web addresses and headlines), kept instead of
 * the articles themselves so that a large corpus does not hold every unpublished article in memory. An invalid
 * file counts too, with what could be read of its header. Headlines and addresses are compared the way a reader
 * would tell them apart: not by case, kind of space or punctuation, nor by {@code http} or {@code https}, host
 * case, a default port or a final slash.
 */
public final class Withheld {

    private final Set<String> urls = new HashSet<>();
    /** The path of each address in {@link #urls}: an address whose path is none of them is not withheld, known without its key. */
    private final Set<String> urlPaths = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    /** The hash of each headline key in {@link #titles}: a related entry whose key's hash is none of them is not withheld. */
    private final Set<Long> titleHashes = new HashSet<>();

    /** What is compared of one withheld article: its addresses and headline as {@link #describes} compares them. */
    public record Keys(List<String> urls, String title) {
    }

    public void add(ArticleIdentity article) {
        add(keysOf(article));
    }

    /** Adds an article by its {@link #keysOf}, which threads may work out in parallel beforehand. */
    public void add(Keys keys) {
        for (String url : keys.urls()) {
            urls.add(url);
            urlPaths.add(pathOfKey(url));
        }
        if (!keys.title().isEmpty()) {
            titles.add(keys.title());
            titleHashes.add(RelatedList.hashOfKey(keys.title()));
        }
    }

    public static Keys keysOf(ArticleIdentity article) {
        return new Keys(article.addresses().map(Withheld::urlKey).toList(), titleKey(article.title()));
    }

    /** True when a related entry is one of the withheld articles: any of the same addresses, or the same headline. */
    boolean describes(RelatedItem item) {
        return describes(RelatedList.of(List.of(item)), 0);
    }

    /**
     * {@link #describes(RelatedItem)} of the entry at {@code index}, which decodes the list's items only when the hash of
     * the entry's headline key is one a withheld headline's has.
     */
    boolean describes(RelatedList related, int index) {
        // called for every related entry of every published article: no stream for three addresses
        RelatedList.Entry entry = related.entry(index);
        return isWithheld(entry.webUrl()) || isWithheld(entry.ampWebUrl()) || isWithheld(entry.cdnAmpWebUrl())
                || (titleHashes.contains(entry.titleKey()) && titles.contains(titleKey(related.get(index).title())));
    }

    private boolean isWithheld(Optional<URI> url) {
        return url.isPresent() && urlPaths.contains(pathOfKeyOf(url.get())) && urls.contains(urlKey(url.get()));
    }

    /**
     * A headline reduced to its words: compatibility forms folded (NFKC), invisible format characters such as
     * U+200B removed, case folded, and every run of spaces (U+00A0 and the other Unicode spaces too) and
     * punctuation made one space.
     */
    static String titleKey(String title) {
        return AsciiTitleKey.applies(title) ? AsciiTitleKey.of(title) : unicodeTitleKey(title);
    }

    /** {@link #titleKey} of any headline, by the Unicode rules themselves. */
    static String unicodeTitleKey(String title) {
        String folded = Slugs.nfkc(title).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Slugs.collapse(folded, Withheld::separatesWords);
    }

    /** What a headline's key makes one space of: spaces, punctuation and control characters. */
    static boolean separatesWords(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isPunctuation(Character.getType(cp))
                || Character.isISOControl(cp);
    }

    /** An address without what does not change the page it names: scheme, host case, default port, final slash, fragment. */
    static String urlKey(URI url) {
        String host = url.getHost() == null ? String.valueOf(url.getRawAuthority()) : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        return host + (port == -1 || port == 80 || port == 443 ? "" : ":" + port) + keyPath(url)
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    /** The raw path without its final slashes: most often the URI's own string. */
    private static String keyPath(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return end == path.length() ? path : path.substring(0, end);
    }

    /**
     * The part of a {@link #urlKey} from its first '/' to its first '?' (empty without a '/' before it): equal keys have
     * equal paths, so an address whose path no withheld one has is not withheld.
     */
    static String pathOfKey(String key) {
        int query = key.indexOf('?');
        int end = query < 0 ? key.length() : query;
        int start = key.indexOf('/');
        return start < 0 || start > end ? "" : key.substring(start, end);
    }

    /**
     * {@code pathOfKey(urlKey(url))}, without making the key for an address with a host (which holds no '/' or '?') and
     * a path that is empty or starts with '/' (and holds no '?'), as every address parsed from a header has.
     */
    static String pathOfKeyOf(URI url) {
        String path = url.getRawPath();
        boolean plain = url.getHost() != null && (path == null || path.isEmpty() || path.charAt(0) == '/');
        return plain ? keyPath(url) : pathOfKey(urlKey(url));
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
