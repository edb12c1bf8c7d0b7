package org.newsdigest.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A site's expected output, kept as a folder of files: compared with a build file by file, to the byte, and rewritten
 * from a build when a change to the output is meant.
 */
final class GoldenTree {

    /** Lines of context around a change, as {@code diff -u} shows. */
    static final int CONTEXT = 3;
    /** The most removed and added lines shown of one file: enough to review, short enough to read every file. */
    static final int SHOWN = 8;

    private GoldenTree() {
    }

    /**
     * Every file that differs between the expected and the built tree, each changed text file with a unified diff of
     * its changed lines (the first {@value #SHOWN} of each side); empty when the trees are the same.
     */
    static Optional<String> differences(String expectedName, Map<String, byte[]> expected, Map<String, byte[]> built) {
        TreeSet<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(built.keySet());
        List<String> entries = new ArrayList<>();
        for (String path : paths) {
            byte[] want = expected.get(path);
            byte[] got = built.get(path);
            if (want == null) {
                entries.add("not expected: " + path);
            } else if (got == null) {
                entries.add("not built: " + path);
            } else if (!Arrays.equals(want, got)) {
                entries.add("changed: " + path + "\n" + diff(path, want, got));
            }
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(entries.size() + (entries.size() == 1 ? " file differs" : " files differ") + " from "
                + expectedName + ":\n" + String.join("\n", entries));
    }

    /** One hunk from the first changed line to the last: lines both sides share at either end are context. */
    static String diff(String path, byte[] expected, byte[] built) {
        Optional<String> want = text(expected);
        Optional<String> got = text(built);
        if (want.isEmpty() || got.isEmpty()) {
            return "binary: " + expected.length + " bytes expected, " + built.length + " built\n";
        }
        String[] a = lines(want.get());
        String[] b = lines(got.get());
        if (Arrays.equals(a, b)) {
            return "only the line ending at the end of the file differs\n";
        }
        int same = 0;
        while (same < a.length && same < b.length && a[same].equals(b[same])) {
            same++;
        }
        int sameAtEnd = 0;
        while (sameAtEnd < a.length - same && sameAtEnd < b.length - same
                && a[a.length - 1 - sameAtEnd].equals(b[b.length - 1 - sameAtEnd])) {
            sameAtEnd++;
        }
        int start = Math.max(0, same - CONTEXT);
        int after = Math.min(CONTEXT, sameAtEnd);
        StringBuilder out = new StringBuilder("--- expected/" + path + "\n+++ built/" + path + "\n");
        out.append("@@ -").append(start + 1).append(',').append(a.length - sameAtEnd + after - start)
                .append(" +").append(start + 1).append(',').append(b.length - sameAtEnd + after - start).append(" @@\n");
        lines(out, ' ', a, start, same, Integer.MAX_VALUE);
        lines(out, '-', a, same, a.length - sameAtEnd, SHOWN);
        lines(out, '+', b, same, b.length - sameAtEnd, SHOWN);
        lines(out, ' ', a, a.length - sameAtEnd, a.length - sameAtEnd + after, Integer.MAX_VALUE);
        return out.toString();
    }

    /** The lines of a text, a line being ended by a line feed or by the end of the text. */
    private static String[] lines(String text) {
        String[] lines = text.split("\n", -1);
        return text.endsWith("\n") ? Arrays.copyOf(lines, lines.length - 1) : lines;
    }

    private static void lines(StringBuilder out, char mark, String[] lines, int from, int to, int most) {
        int end = to - from > most ? from + most : to;
        for (int i = from; i < end; i++) {
            out.append(mark).append(lines[i]).append('\n');
        }
        if (to - from > most) {
            out.append("… ").append(to - from - most).append(" more ").append(mark).append(" lines\n");
        }
    }

    /** The bytes as UTF-8 text, unless they are not text. */
    private static Optional<String> text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Replaces the folder's files with the built ones: files no longer built are deleted. */
    static void rewrite(Path folder, Map<String, byte[]> built) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path old : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (!old.equals(folder)) {
                        Files.delete(old);
                    }
                }
            }
        }
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
