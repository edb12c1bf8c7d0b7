package org.newsdigest.parse;

/**
 * The two parts of an article file.
 *
 * @param yamlFirstLine the file line (1-based) the YAML starts on
 * @param bodyFirstLine the file line (1-based) the body starts on, the one after the closing {@code ---}
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
}
