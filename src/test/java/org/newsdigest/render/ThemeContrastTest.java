package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in theme's colour pairs meet WCAG AA in both colour schemes, and the table of ratios in the
 * stylesheet's comment is what the colours give: each line is recomputed from the custom properties.
 */
class ThemeContrastTest {

    static final Path STYLESHEET = Path.of("templates/static/style.css");
    static final Pattern PROPERTY = Pattern.compile("--([\\w-]+):\\s*(#[0-9a-fA-F]{6});");
    static final Pattern TABLE_LINE = Pattern.compile("(?m)^ \\*\\s+([\\w-]+) on ([\\w-]+)\\s+(\\d+\\.\\d\\d) \\|\\s+(\\d+\\.\\d\\d)\\s+(.+)$");

    @Test
    void everyPairInTheTableHasTheStatedRatioAndMeetsAa() throws IOException {
        String css = Files.readString(STYLESHEET);
        Map<String, String> light = colours(block(css, ":root {"));
        Map<String, String> dark = new HashMap<>(light);
        dark.putAll(colours(block(css, "@media (prefers-color-scheme: dark) {")));

        Matcher line = TABLE_LINE.matcher(css);
        List<String> pairs = new ArrayList<>();
        while (line.find()) {
            String fg = line.group(1);
            String bg = line.group(2);
            pairs.add(fg + " on " + bg);
            double lightRatio = ratio(light.get(fg), light.get(bg));
            double darkRatio = ratio(dark.get(fg), dark.get(bg));
            assertEquals(line.group(3), format(lightRatio), fg + " on " + bg + " (light)");
            assertEquals(line.group(4), format(darkRatio), fg + " on " + bg + " (dark)");
            double needed = fg.equals("focus") ? 3.0 : 4.5;
            assertTrue(lightRatio >= needed && darkRatio >= needed, fg + " on " + bg + " needs " + needed + ":1");
        }
        assertEquals(List.of("text on bg", "text on surface", "muted on bg", "muted on surface", "muted on placeholder",
                "accent on bg", "accent on surface", "accent on chip", "accent-strong on bg", "accent-strong on surface",
                "bg on accent", "bg on accent-strong", "bg on text", "focus on bg", "focus on surface"), pairs);
    }

    @Test
    void theFormulaGivesTheKnownExtremes() {
        assertEquals("21.00", format(ratio("#000000", "#ffffff")));
        assertEquals("1.00", format(ratio("#777777", "#777777")));
        assertEquals("4.48", format(ratio("#777777", "#ffffff")));
    }

    /** The text between {@code opening} and its matching closing brace. */
    private static String block(String css, String opening) {
        int start = css.indexOf(opening) + opening.length();
        int depth = 1;
        int i = start;
        for (; depth > 0; i++) {
            depth += css.charAt(i) == '{' ? 1 : css.charAt(i) == '}' ? -1 : 0;
        }
        return css.substring(start, i - 1);
    }

    private static Map<String, String> colours(String block) {
        Map<String, String> colours = new HashMap<>();
        Matcher property = PROPERTY.matcher(block);
        while (property.find()) {
            colours.put(property.group(1), property.group(2));
        }
        return colours;
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            double channel = Integer.parseInt(hex.substring(1 + 2 * c, 3 + 2 * c), 16) / 255.0;
            sum += weights[c] * (channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    private static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }
}
