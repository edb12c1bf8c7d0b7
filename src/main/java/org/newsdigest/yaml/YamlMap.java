package org.newsdigest.yaml;

import java.util.List;
import java.util.Optional;
import org.newsdigest.diagnostic.SourcePosition;

/** A mapping with string keys, in document order, keys unique. */
public record YamlMap(List<Entry> entries, SourcePosition position) implements YamlValue {

    public record Entry(YamlScalar key, YamlValue value) {
        public String name() {
            return key.text();
        }
    }

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<YamlValue> get(String key) {
        return entry(key).map(Entry::value);
    }

    public Optional<Entry> entry(String key) {
        // a loop, not a stream: every field of every article header is looked up here
        for (Entry entry : entries) {
            if (entry.name().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
