package org.newsdigest.yaml;

import org.newsdigest.diagnostic.SourcePosition;

/** A YAML node with the position it was read from. */
public sealed interface YamlValue permits YamlMap, YamlList, YamlScalar {

    SourcePosition position();

    /** What a user would call this value's type, for messages such as "expected a string; found a list". */
    String describe();
}
