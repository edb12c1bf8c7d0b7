package org.newsdigest.config;

import java.util.Map;

/**
 * The {@code site-config.yml} that {@code init} writes: every key of {@link ConfigKeys}, in order, under its meaning as
 * a comment, set to its default or to an example. A key that nothing stands in for when it is missing is written
 * commented out, and so is a group whose defaults a new site should keep (they may change with news-digest).
 */
public final class CommentedConfigWriter {

    private static final int WIDTH = 100;
    private static final String HEADER = """
            # news-digest site configuration. Paths are relative to this file's folder.
            # Every key is described in the news-digest README ("site-config.yml").
            """;
    /** The groups written commented out, with what is said above them. */
    private static final Map<String, String> COMMENTED_GROUPS = Map.of("limits", "What one article or one page may cost at "
            + "most, so that every build ends. The defaults are shown; remove the '# ' before 'limits:' and before a key to "
            + "change it.");

    public String write() {
        StringBuilder text = new StringBuilder(HEADER);
        String group = "";
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            String keyGroup = key.description().group();
            boolean groupCommented = COMMENTED_GROUPS.containsKey(keyGroup);
            if (keyGroup.isEmpty() || !keyGroup.equals(group)) {
                text.append('\n');
            }
            if (!keyGroup.isEmpty() && !keyGroup.equals(group)) {
                if (groupCommented) {
                    comment(text, "", COMMENTED_GROUPS.get(keyGroup));
                }
                text.append(groupCommented ? "# " : "").append(keyGroup).append(":\n");
            }
            group = keyGroup;
            String prefix = groupCommented ? "#   " : keyGroup.isEmpty() ? "" : "  ";
            comment(text, prefix, plain(key.description().meaning()) + (key.description().presence().required() ? " Required." : ""));
            boolean unset = !key.description().presence().required() && key.whenMissing().isEmpty();
            text.append(prefix).append(unset && !groupCommented ? "# " : "").append(key.description().localName()).append(": ")
                    .append(value(key)).append('\n');
        }
        return text.toString();
    }

    /** The value written for the key: its example, else its default; text YAML would read as nothing is quoted. */
    private static String value(ConfigKey<?> key) {
        String value = key.example().orElseGet(() -> String.valueOf(key.whenMissing().orElseThrow()));
        return value.isEmpty() ? "''" : value;
    }

    /** Markdown's code marks are left out: a comment is plain text. */
    private static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    /** {@code words} as comment lines of at most {@link #WIDTH} characters, each after {@code prefix}. */
    private static void comment(StringBuilder text, String prefix, String words) {
        StringBuilder line = new StringBuilder(prefix).append('#');
        int empty = line.length();
        for (String word : words.split(" ")) {
            if (line.length() > empty && line.length() + 1 + word.length() > WIDTH) {
                text.append(line).append('\n');
                line.setLength(empty);
            }
            line.append(' ').append(word);
        }
        text.append(line).append('\n');
    }
}
