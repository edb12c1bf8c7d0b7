package org.newsdigest.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Accepts only absolute {@code http}/{@code https} addresses with a host. Anything else ({@code javascript:},
 * {@code data:}, relative paths, leading whitespace, entity-encoded colons) is refused rather than repaired.
 * Spaces and non-ASCII characters in an otherwise good address are percent-encoded.
 */
public final class WebAddresses {

    private WebAddresses() {
    }

    public static Optional<URI> parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(encode(text));
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(scheme.equals(uri.getScheme()) ? uri : new URI(scheme + uri.toString().substring(scheme.length())));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes what may not appear in a URI, keeping existing escapes and reserved characters. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || (b > 0x20 && b < 0x7f && "\"<>\\^`{|}".indexOf(b) < 0 && b != '%')) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
