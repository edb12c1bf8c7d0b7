package org.newsdigest.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.newsdigest.model.Article;

/**
 * The id of an article in every feed (RSS {@code <guid isPermaLink="false">}, Atom {@code <id>}, JSON Feed
 * {@code id}): {@code urn:uuid:} and the name-based UUID, version 5 (RFC 4122 section 4.3, SHA-1) in the URL namespace,
 * of the article's story key. The key is its {@code webUrl}, else its {@code originalUrl}, else {@code news-digest:}
 * and its file's path in the content folder. Nothing else goes in, so a corrected headline, a new time zone, a new
 * permalink scheme or a move to another domain leaves every id as it was, and readers show no item twice.
 */
final class FeedIds {

    /** RFC 4122 Appendix C: the namespace for names that are URLs. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private FeedIds() {
    }

    /** The feed id of the article whose file is in {@code contentDir}. */
    static String of(Article article, Path contentDir) {
        return "urn:uuid:" + nameBased(URL_NAMESPACE, storyKey(article, contentDir));
    }

    static String storyKey(Article article, Path contentDir) {
        return article.webUrl().or(article::originalUrl).map(Object::toString)
                .orElseGet(() -> "news-digest:" + relativePath(article.source(), contentDir));
    }

    private static String relativePath(Path source, Path contentDir) {
        Path absolute = source.toAbsolutePath().normalize();
        Path folder = contentDir.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : source;
        return relative.toString().replace('\\', '/');
    }

    /** RFC 4122 section 4.3 with SHA-1: the UUID of {@code name} (as UTF-8) in {@code namespace}. */
    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
