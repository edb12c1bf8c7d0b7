package org.newsdigest.testing;

/** Config files written for a test, one key at a time. */
public final class ConfigYaml {

    private ConfigYaml() {
    }

    /** {@code name: value}, inside its group's mapping when it has one. */
    public static String written(String name, String value) {
        int dot = name.indexOf('.');
        return dot < 0 ? name + ": " + value + "\n" : name.substring(0, dot) + ":\n  " + name.substring(dot + 1) + ": " + value + "\n";
    }

    /** {@code key} written, with the required keys it does not replace. */
    public static String withRequired(String key) {
        String title = key.startsWith("title:") ? "" : "title: T\n";
        String baseUrl = key.startsWith("baseUrl:") ? "" : "baseUrl: https://example.org/\n";
        return title + baseUrl + key;
    }
}
