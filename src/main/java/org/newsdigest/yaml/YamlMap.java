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
        return entries.stream().filter(e -> e.name().equals(key)).map(Entry::value).findFirst();
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.name().equals(key)).findFirst();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
