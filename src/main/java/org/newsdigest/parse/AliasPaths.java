package org.newsdigest.parse;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.newsdigest.model.Alias;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.yaml.YamlScalar;
import org.newsdigest.yaml.YamlValue;

/**
 * Reads one entry of {@code aliases:}, an earlier address of the article, as a site path: relative to the site's
 * root (a leading '/' is optional), percent-escapes decoded, since the file a server answers for {@code /a%20b/} is
 * {@code a b/}, and a folder ({@code old-title/}) or an {@code .html} page. Whatever could leave the output folder,
 * name no file, or mean something else to a server ({@code ..}, {@code ?}, an encoded '/') is refused with a warning.
 */
final class AliasPaths {

    static final String EXAMPLE = "'/articles/2021/07/28/old-title/'";
    /** The longest file name most file systems take, in bytes. */
    private static final int MAX_SEGMENT_BYTES = 255;
    /**
     * The longest alias, in bytes once decoded. Linux refuses a path over 4,096 bytes (PATH_MAX); this leaves more than
     * 3,500 for the output folder, its staging folder beside it and {@code /index.html}, so no alias can fail the build
     * with "file name too long"; no real address is a tenth of it.
     */
    static final int MAX_PATH_BYTES = 512;

    private AliasPaths() {
    }

    /**
     * The alias as a site path ({@code articles/old-title/}, {@code old/page.html}), or empty with a warning.
     *
     * @param baseUrl the site's base URL: an alias may be an absolute URL that starts with it exactly (a line of an old
     *                sitemap.xml), and may not start with its project path ({@code /news-digest/}), which the server
     *                adds itself
     */
    static Optional<Alias> read(YamlValue item, Problems problems, URI baseUrl) {
        if (!(item instanceof YamlScalar scalar) || !scalar.is(YamlScalar.Kind.STRING) || HeaderFields.isBlank(scalar.text())) {
            return refused(item, problems, "an alias must be a path on this site such as " + EXAMPLE + "; found "
                    + HeaderFields.found(item) + "; the entry is ignored");
        }
        String written = scalar.text();
        String base = baseUrl.toString();
        String projectPath = baseUrl.getRawPath();
        if (written.startsWith(base)) {
            written = "/" + written.substring(base.length());
        } else if (!projectPath.equals("/") && ("/" + withoutLeadingSlash(written)).startsWith(projectPath)) {
            return refused(item, problems, "an alias is a path from the site's root, without the project path "
                    + Quote.of(projectPath) + " of baseUrl; found " + Quote.of(scalar.text()) + "; the entry is ignored. "
                    + "Write it as " + Quote.of("/" + ("/" + withoutLeadingSlash(written)).substring(projectPath.length())));
        }
        Optional<String> wrong = wrongIn(written);
        if (wrong.isPresent()) {
            return refused(item, problems, "an alias " + wrong.get() + "; found " + Quote.of(scalar.text())
                    + "; the entry is ignored. Write the old address from the site's root, such as " + EXAMPLE);
        }
        // every escape was checked to be UTF-8 and none to be a '/'
        String path = decodedOrEmpty(written.startsWith("/") ? written.substring(1) : written);
        String last = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
        if (!path.endsWith("/") && last.contains(".") && !last.endsWith(".html")) {
            return refused(item, problems, "an alias must be a page: a folder ending in '/' or a file ending in '.html'; found "
                    + Quote.of(scalar.text()) + "; the entry is ignored. GitHub Pages can send a reader on only from a page");
        }
        if (path.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            return refused(item, problems, "an alias may not be longer than " + MAX_PATH_BYTES + " bytes; found one of "
                    + path.getBytes(StandardCharsets.UTF_8).length + " bytes starting " + Quote.of(written.substring(0, 40))
                    + "; the entry is ignored. Write the old address as it was");
        }
        return Optional.of(new Alias(path.endsWith("/") || path.endsWith(".html") ? path : path + "/",
                item.position()));
    }

    private static String withoutLeadingSlash(String written) {
        return written.startsWith("/") ? written.substring(1) : written;
    }

    /** What makes the alias unusable, as the message says it, or empty when it is a good path. */
    private static Optional<String> wrongIn(String written) {
        if (written.startsWith("//") || written.contains("://") || written.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.of("must be a path on this site, not an absolute URL");
        }
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '?' || c == '#' || c == '\\' || isUnseen(c)) {
                return Optional.of("may not hold '?', '#', '\\', spaces or control characters (write a space as %20)");
            }
            if (c == '%') {
                if (i + 2 >= written.length() || !isHex(written.charAt(i + 1)) || !isHex(written.charAt(i + 2))) {
                    return Optional.of("has a '%' that does not start an escape such as %20");
                }
                int value = Integer.parseInt(written.substring(i + 1, i + 3), 16);
                if (value == '/' || value == '\\' || value == '?' || value == '#' || value < 0x20 || value == 0x7f) {
                    return Optional.of("may not encode '/', '\\', '?', '#' or a control character");
                }
            }
        }
        String path = written.startsWith("/") ? written.substring(1) : written;
        if (path.isEmpty()) {
            return Optional.of("must name a page below the site's root, not the front page");
        }
        String[] segments = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path).split("/", -1);
        for (String segment : segments) {
            String name = decodedOrEmpty(segment);
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return Optional.of("may not have empty, '.' or '..' parts between its slashes, nor percent-escapes that are not UTF-8");
            }
            // refused as when typed; only a space may be written encoded
            if (name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
                return Optional.of("may not hold control characters or invisible formatting characters such as U+202E, typed or percent-encoded");
            }
            // the output's own mark (.news-digest) is one; no page of the site is hidden
            if (name.startsWith(".")) {
                return Optional.of("may not have a part that starts with '.', which would be a hidden file");
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                return Optional.of("may not have a part between slashes longer than " + MAX_SEGMENT_BYTES + " bytes");
            }
        }
        return Optional.empty();
    }

    /** A character a reader cannot see or tell apart, or that turns text around (U+202E). */
    private static boolean isUnseen(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static Optional<Alias> refused(YamlValue item, Problems problems, String message) {
        problems.warning(item.position(), message);
        return Optional.empty();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The text with its percent-escapes decoded as UTF-8; empty when they are not UTF-8. */
    private static String decodedOrEmpty(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%') {
                bytes.write(Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return "";
        }
    }
}
