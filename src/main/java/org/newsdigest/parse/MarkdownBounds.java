package org.newsdigest.parse;

import java.util.Optional;
import org.newsdigest.config.Limits;

/**
 * Refuses, before flexmark reads it, a body that flexmark could not read in bounded stack or time. flexmark
 * recurses once per nested block quote or list (a body of {@code "> "} repeated 1,000 times, 2 KB, overflows the
 * stack), so a line may nest at most {@code limits.nestingPerLine} of them (100 by default; flexmark reads 300, not 1,000). Its inline parser copies the rest of a paragraph
 * for every link, code span, autolink, HTML tag and entity it tries, so a paragraph's cost grows with its marks
 * times its length (5,000 links in one 150 KB paragraph took 20 s); the body's paragraphs may add up to at most
 * {@code limits.bodyWork} marks × characters (by default 100,000,000: about a second or two of parsing, and far
 * above any real article).
 */
final class MarkdownBounds {

    /** The characters at which flexmark's inline parser may try a match on the rest of the paragraph. */
    private static final String MARKS = "[]<&`";

    /** The deepest a line may nest block quotes and list items. */
    private final int mostLevels;
    /** The most marks × characters a body's paragraphs may add up to. */
    private final long mostWork;

    MarkdownBounds(Limits limits) {
        this.mostLevels = limits.nestingPerLine();
        this.mostWork = limits.bodyWork();
    }

    /** Why a body is refused, and the body line (0-based) to report it at. */
    record Refusal(int line, String message) {
    }

    Optional<Refusal> check(String body) {
        return tooDeep(body).or(() -> tooCostly(body));
    }

    /** The first line that nests more than {@link #mostLevels} quotes or list items, counting its indentation. */
    private Optional<Refusal> tooDeep(String body) {
        int line = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            int levels = levelsOf(body, start, end);
            if (levels > mostLevels) {
                return Optional.of(new Refusal(line, "the body nests block quotes or lists " + levels
                        + " levels deep on this line, more than limits.nestingPerLine (" + mostLevels + "); flatten it"));
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /**
     * The quote and list markers that open a line, plus half its indentation when a marker follows it (each nested
     * list item is indented at least two columns more than its parent); an over-count only for absurd lines.
     */
    private static int levelsOf(String text, int start, int end) {
        int i = start;
        int columns = 0;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            columns = text.charAt(i) == '\t' ? columns + 4 - columns % 4 : columns + 1;
            i++;
        }
        int markers = 0;
        while (true) {
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int after = markerEnd(text, i, end);
            if (after == i) {
                break;
            }
            markers++;
            i = after;
        }
        return markers == 0 ? 0 : markers + columns / 2;
    }

    /** Where a quote or list marker at {@code i} ends; {@code i} when there is none. */
    private static int markerEnd(String text, int i, int end) {
        if (i >= end) {
            return i;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int after = i;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            while (after < end && after - i < 9 && Character.isDigit(text.charAt(after))) {
                after++;
            }
            if (after == i || after >= end || (text.charAt(after) != '.' && text.charAt(after) != ')')) {
                return i;
            }
            after++;
        }
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : i;
    }

    /** Paragraphs are taken as runs of non-blank lines, which over-counts only where blocks touch. */
    private Optional<Refusal> tooCostly(String body) {
        long work = 0;
        Paragraph worst = new Paragraph(0, 0, 0);
        Paragraph current = new Paragraph(0, 0, 0);
        int line = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            if (body.substring(start, end).isBlank()) {
                work += current.cost();
                worst = current.cost() > worst.cost() ? current : worst;
                current = new Paragraph(line + 1, 0, 0);
            } else {
                long marks = 0;
                for (int i = start; i < end; i++) {
                    marks += MARKS.indexOf(body.charAt(i)) >= 0 ? 1 : 0;
                }
                current = new Paragraph(current.line(), current.marks() + marks, current.characters() + end - start + 1);
            }
            start = end + 1;
            line++;
        }
        work += current.cost();
        worst = current.cost() > worst.cost() ? current : worst;
        if (work <= mostWork) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(worst.line(), "the paragraph starting here has " + worst.marks()
                + " of the marks [ ] < & ` (links, code spans, HTML) in " + worst.characters()
                + " characters, and the body's paragraphs come to " + work + " marks × characters, more than limits.bodyWork ("
                + mostWork + "); split long paragraphs into shorter ones"));
    }

    /** A run of non-blank lines: its first body line (0-based), its marks and its characters. */
    private record Paragraph(int line, long marks, long characters) {
        long cost() {
            return marks * characters;
        }
    }
}
