package org.newsdigest.schema;

import java.util.Objects;

/**
 * One key of a data shape, described once.
 *
 * @param name     the key as written, dotted below its group: {@code limits.pageBytes}, {@code provider.name},
 *                 {@code images[].url}
 * @param type     what its value must be, in the documentation's words (Markdown)
 * @param presence required, or optional with what a missing one means
 * @param meaning  what it does, in the documentation's words (Markdown)
 * @param fix      how to mend a bad value, as the end of the problem a bad value gets ("write a number such as 20")
 */
public record KeyDescription(String name, String type, Presence presence, String meaning, String fix) {

    public KeyDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(fix, "fix");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a key needs a name");
        }
    }

    /** The group the key is in: {@code limits} for {@code limits.pageBytes}, {@code images[]} for {@code images[].url}, "" at the top. */
    public String group() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** Its name within its group: {@code pageBytes} for {@code limits.pageBytes}. */
    public String localName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
