/**
 * The one place that reads YAML. {@link org.newsdigest.yaml.YamlReader} turns text into a small tree of
 * {@link org.newsdigest.yaml.YamlValue}s that carry their file position, with snakeyaml's safe composer and
 * hard limits (no global tags, bounded aliases, depth and size, no duplicate keys). Nothing else touches
 * snakeyaml, and nothing downstream re-reads raw YAML.
 */
package org.newsdigest.yaml;
