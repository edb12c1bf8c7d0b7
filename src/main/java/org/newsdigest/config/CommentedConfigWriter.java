package org.newsdigest.config;

import java.util.ArrayList;
import java.util.List;
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
    /**
     * The groups written commented out, with what is said above them. An empty group ({@code limits:} alone) is an
     * error, so the group's line stays commented out until a key below it is written in too.
     */
    private static final Map<String, String> COMMENTED_GROUPS = Map.of("limits", "What one article or one page may cost at "
            + "most, so that every build ends. The defaults are shown. To change one, remove the `# ` before `limits:` "
            + "and the `# ` before that key: both are needed.");

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
                    text.append(comment("", COMMENTED_GROUPS.get(keyGroup)));
                }
                text.append(groupCommented ? "# " : "").append(keyGroup).append(":\n");
            }
            group = keyGroup;
            String prefix = groupCommented ? "#   " : keyGroup.isEmpty() ? "" : "  ";
            text.append(comment(prefix, key.description().meaning() + (key.description().presence().required() ? " Required." : "")));
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

    /**
     * The description's Markdown as a comment's plain text: a code span is quoted the way problems quote what was
     * written ({@code `build --strict`} becomes {@code 'build --strict'}), and kept on one line.
     *
     * @return the words to wrap, a code span one word
     */
    private static List<String> plainWords(String markdown) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inCode = false;
        for (char c : markdown.toCharArray()) {
            if (c == '`') {
                inCode = !inCode;
                word.append('\'');
            } else if (c == ' ' && !inCode) {
                words.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        words.add(word.toString());
        return words;
    }

    /**
     * The description's Markdown as comment lines of at most {@link #WIDTH} characters, each after {@code prefix}. A
     * line never starts with a word that ends in ':', which would read as a key commented out
     * ({@code # own: the 404 page}): the word before it moves down with it.
     */
    static String comment(String prefix, String markdown) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int length = prefix.length() + 1;
        for (String word : plainWords(markdown)) {
            if (!line.isEmpty() && length + 1 + word.length() > WIDTH) {
                List<String> carried = new ArrayList<>();
                if (word.endsWith(":") && line.size() > 1) {
                    carried.add(line.remove(line.size() - 1));
                }
                lines.add(line);
                line = carried;
                length = prefix.length() + 1 + carried.stream().mapToInt(w -> w.length() + 1).sum();
            }
            line.add(word);
            length += 1 + word.length();
        }
        lines.add(line);
        StringBuilder text = new StringBuilder();
        for (List<String> wrapped : lines) {
            text.append(prefix).append("# ").append(String.join(" ", wrapped)).append('\n');
        }
        return text.toString();
    }
}
