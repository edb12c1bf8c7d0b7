package org.newsdigest.parse;

/**
 * The two parts of an article file.
 *
 * @param yamlFirstLine the file line (1-based) the YAML starts on
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body) {
}
