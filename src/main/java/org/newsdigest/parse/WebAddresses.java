package org.newsdigest.parse;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepts only absolute {@code http}/{@code https} addresses with a host. Anything else ({@code javascript:},
 * {@code data:}, relative paths, leading whitespace, entity-encoded colons, a port outside 1 to 65535) is refused
 * rather than repaired. What can be written as a valid address is: a host name in any script becomes its ASCII
 * (IDNA) form, and spaces, non-ASCII characters, brackets and stray {@code %} signs after the host are
 * percent-encoded.
 */
public final class WebAddresses {

    private static final Pattern ASCII_HOST = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    /** Characters RFC 3986 does not allow unencoded after the host (besides controls, space and non-ASCII). */
    private static final String NOT_ALLOWED = "\"<>\\^`{|}[]";

    private WebAddresses() {
    }

    public static Optional<URI> parse(String text) {
        int schemeEnd = startsWithLowerCased(text, "http://") ? 7 : startsWithLowerCased(text, "https://") ? 8 : -1;
        if (schemeEnd < 0) {
            return Optional.empty();
        }
        int authorityEnd = schemeEnd;
        while (authorityEnd < text.length() && "/?#".indexOf(text.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        Optional<String> authority = authority(text.substring(schemeEnd, authorityEnd));
        if (authority.isEmpty()) {
            return Optional.empty();
        }
        String address = (schemeEnd == 7 ? "http://" : "https://") + authority.get() + encode(text.substring(authorityEnd));
        try {
            URI uri = new URI(address);
            return uri.getHost() == null || uri.getHost().isEmpty() ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code user@host:port} with the host in ASCII and the port checked; empty when it cannot be an address's. */
    private static Optional<String> authority(String authority) {
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : encode(authority.substring(0, at + 1)).replace("%40", "@");
        String hostAndPort = authority.substring(at + 1);
        String host;
        String port;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = hostAndPort.substring(0, close + 1);
            port = hostAndPort.substring(close + 1);
        } else {
            int colon = hostAndPort.indexOf(':');
            host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            port = colon < 0 ? "" : hostAndPort.substring(colon);
            if (!isPlainAsciiHost(host)) {
                try {
                    host = IDN.toASCII(host);
                } catch (IllegalArgumentException notAHostName) {
                    return Optional.empty();
                }
                if (!ASCII_HOST.matcher(host).matches()) {
                    return Optional.empty();
                }
            }
        }
        if (!port.isEmpty()) {
            String digits = port.substring(1);
            if (!digits.isEmpty() && !(PORT.matcher(digits).matches() && isPort(Integer.parseInt(digits)))) {
                return Optional.empty();
            }
            port = digits.isEmpty() ? "" : port;
        }
        return Optional.of(userInfo + host + port);
    }

    /**
     * Whether {@code text} lower-cased as {@code toLowerCase(Locale.ROOT)} would start with the lower-case ASCII
     * {@code prefix}, without lower-casing all of it. Only ASCII letters lower-case to the letters of http and
     * https (non-ASCII letters never do, unlike with {@code regionMatches(true, …)}, where 'ſ' matches 's').
     */
    private static boolean startsWithLowerCased(String text, String prefix) {
        if (text.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A host that {@link IDN#toASCII(String)} returns unchanged and {@link #ASCII_HOST} accepts: ASCII letters,
     * digits and hyphens in dot-separated labels of 1 to 63 characters. Nearly every host is one, and IDN's
     * conversion costs more than the URI parse.
     */
    private static boolean isPlainAsciiHost(String host) {
        int label = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                if (++label > 63) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return label > 0;
    }

    private static boolean isPort(int number) {
        return number >= 1 && number <= 65_535;
    }

    /**
     * Percent-encodes what may not appear after the host, keeping existing escapes and reserved characters. A
     * second {@code #} is encoded too: only the first starts the fragment.
     */
    private static String encode(String text) {
        if (needsNoEncoding(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean inFragment = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            boolean secondHash = b == '#' && inFragment;
            inFragment |= b == '#';
            if (escape || (b > 0x20 && b < 0x7f && NOT_ALLOWED.indexOf(b) < 0 && b != '%' && !secondHash)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Printable ASCII that {@link #encode} keeps as it is: no {@code %}, nothing not allowed, one {@code #} at most. */
    private static boolean needsNoEncoding(String text) {
        boolean hash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '%' || isNotAllowed(c) || (c == '#' && hash)) {
                return false;
            }
            hash |= c == '#';
        }
        return true;
    }

    /** {@code NOT_ALLOWED.indexOf(c) >= 0}, without a search per character. */
    private static boolean isNotAllowed(char c) {
        return switch (c) {
            case '"', '<', '>', '\\', '^', '`', '{', '|', '}', '[', ']' -> true;
            default -> false;
        };
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
