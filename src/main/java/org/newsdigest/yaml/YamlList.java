package org.newsdigest.yaml;

import java.util.List;
import org.newsdigest.diagnostic.SourcePosition;

public record YamlList(List<YamlValue> items, SourcePosition position) implements YamlValue {

    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
