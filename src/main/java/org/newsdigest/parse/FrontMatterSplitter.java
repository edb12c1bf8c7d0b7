package org.newsdigest.parse;

import java.util.Optional;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.load.SourceText;

/** Splits {@code ---\n yaml \n---\n body} into its parts. The opening line must be the first line of the file. */
public final class FrontMatterSplitter {

    private static final String FENCE = "---";

    public Optional<FrontMatter> split(SourceText source, Problems problems) {
        String text = source.text();
        int firstEnd = lineEnd(text, 0);
        String firstLine = text.substring(0, firstEnd);
        if (!isFence(firstLine)) {
            problems.error(new SourcePosition(source.file(), 1, 1), "no front matter: an article must start with a '---' line; found "
                    + Quote.of(firstLine) + "; add '---', the YAML header and another '---' at the top");
            return Optional.empty();
        }
        int lineNumber = 2;
        for (int start = Math.min(firstEnd + 1, text.length()); start < text.length(); lineNumber++) {
            int end = lineEnd(text, start);
            if (isFence(text, start, end)) {
                String yaml = text.substring(Math.min(firstEnd + 1, start), start);
                String body = end < text.length() ? text.substring(end + 1) : "";
                return Optional.of(new FrontMatter(yaml, 2, body, lineNumber + 1));
            }
            start = end + 1;
        }
        problems.error(new SourcePosition(source.file(), 1, 1), "the front matter opened on line 1 is never closed; add a '---' line after the header");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return isFence(line, 0, line.length());
    }

    /**
     * Whether {@code text[start, end)} stripped of trailing white space is the fence, without a substring per line.
     * No white space is outside the BMP, so testing chars is testing code points as {@code stripTrailing} does.
     */
    private static boolean isFence(String text, int start, int end) {
        if (end - start < FENCE.length() || !text.startsWith(FENCE, start)) {
            return false;
        }
        for (int i = start + FENCE.length(); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }
}
