package org.newsdigest.schema;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsdigest.diagnostic.NearestName;

/** The keys of one data shape (the config, an article header), in the order its documentation lists them. */
public final class Shape {

    /** A column of the Markdown table {@link #markdownTable} writes. */
    public enum Column {
        NAME, TYPE, REQUIRED, DEFAULT, MEANING
    }

    private final Map<String, KeyDescription> keys = new LinkedHashMap<>();

    public Shape(List<KeyDescription> keys) {
        for (KeyDescription key : keys) {
            if (this.keys.putIfAbsent(key.name(), key) != null) {
                throw new IllegalArgumentException("key described twice: " + key.name());
            }
        }
    }

    public List<KeyDescription> keys() {
        return List.copyOf(keys.values());
    }

    public Optional<KeyDescription> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    /** The local names of the keys directly in {@code group} ("" for the top level), in documentation order. */
    public List<String> namesIn(String group) {
        return keys.values().stream().filter(k -> k.group().equals(group)).map(KeyDescription::localName).toList();
    }

    /**
     * The names written directly in {@code group} ("" for the top level): its own keys and the groups below it, each
     * once, in documentation order. At the top of a config with {@code feed.items} that is {@code feed}, beside
     * {@code title}: what a mapping at that level may hold, and so what an unknown name there is checked against.
     */
    public List<String> entriesIn(String group) {
        String prefix = group.isEmpty() ? "" : group + ".";
        LinkedHashSet<String> entries = new LinkedHashSet<>();
        for (KeyDescription key : keys.values()) {
            if (key.name().startsWith(prefix)) {
                String rest = key.name().substring(prefix.length());
                int dot = rest.indexOf('.');
                entries.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return List.copyOf(entries);
    }

    /** The known key of {@code group} that {@code typed}, not one of them, most likely meant. */
    public Optional<String> nearest(String typed, String group) {
        return NearestName.among(typed, namesIn(group));
    }

    /**
     * The keys as a Markdown table with these columns, for the README: a test compares the README's table with it, so the
     * documentation cannot drift from what the code accepts.
     */
    public String markdownTable(List<Column> columns, Map<Column, String> headings) {
        StringBuilder table = new StringBuilder();
        table.append(columns.stream().map(headings::get).collect(Collectors.joining(" | ", "| ", " |\n")));
        table.append(columns.stream().map(c -> "---").collect(Collectors.joining("|", "|", "|\n")));
        for (KeyDescription key : keys.values()) {
            table.append(columns.stream().map(c -> cell(key, c)).collect(Collectors.joining(" | ", "| ", " |\n")));
        }
        return table.toString();
    }

    private static String cell(KeyDescription key, Column column) {
        return switch (column) {
            case NAME -> "`" + key.name() + "`";
            case TYPE -> key.type();
            case REQUIRED -> key.presence().required() ? "yes" : "no";
            case DEFAULT -> key.presence() instanceof Presence.Optional optional ? optional.whenMissing() : "(required)";
            case MEANING -> key.meaning();
        };
    }
}
