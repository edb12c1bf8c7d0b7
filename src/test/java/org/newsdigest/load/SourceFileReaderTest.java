package org.newsdigest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.testing.Fifos;

class SourceFileReaderTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void readsUtf8TextAsItIs() throws IOException {
        Path file = write("a.txt", "---\ntitle: \"Новости – café\"\n---\n".getBytes(StandardCharsets.UTF_8));

        Optional<SourceText> text = new SourceFileReader(1000).read(file, problems);

        assertEquals(Optional.of(new SourceText(file, "---\ntitle: \"Новости – café\"\n---\n")), text);
        assertEquals(List.of(), formatted());
    }

    @Test
    void aReplacementCharacterInValidUtf8IsKeptAndTheRestNormalizedAsOnTheFastPath() throws IOException {
        // U+FFFD sends the text through the strict decoder, which must give the same text
        Path file = write("a.txt", bytes(0xEF, 0xBB, 0xBF), "---\r\ntitle: \"a \uFFFD b\"\r\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("---\ntitle: \"a \uFFFD b\"\n", new SourceFileReader(1000).read(file, problems).orElseThrow().text());
        assertEquals(List.of(), formatted());
    }

    @Test
    void stripsTheByteOrderMark() throws IOException {
        Path file = write("a.txt", bytes(0xEF, 0xBB, 0xBF), "---\ntitle: x\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("---\ntitle: x\n", new SourceFileReader(1000).read(file, problems).orElseThrow().text());
        assertEquals(List.of(), formatted());
    }

    @Test
    void turnsCrlfAndLoneCrIntoLf() throws IOException {
        Path file = write("a.txt", "---\r\ntitle: x\r\n---\r\nbody\rmore\r\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("---\ntitle: x\n---\nbody\nmore\n", new SourceFileReader(1000).read(file, problems).orElseThrow().text());
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheLineAndByte() throws IOException {
        // "café" saved as Latin-1 on line 2
        Path file = write("a.txt", "---\ntitle: caf".getBytes(StandardCharsets.UTF_8), bytes(0xE9),
                "\n---\n".getBytes(StandardCharsets.UTF_8));

        Optional<SourceText> text = new SourceFileReader(1000).read(file, problems);

        assertEquals(Optional.empty(), text);
        assertEquals(List.of("a.txt:2:11: error: the file is not valid UTF-8: byte 0xe9 at offset 14; save the file as UTF-8"),
                formatted());
    }

    @Test
    void theColumnCountsCharactersNotBytes() throws IOException {
        // 'Zürich' in UTF-8, then 'é' in Latin-1: the bad byte is the 14th character of line 2 but its 15th byte
        Path file = write("a.txt", "---\ntitle: Zürich".getBytes(StandardCharsets.UTF_8), bytes(0xE9), "\n---\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), new SourceFileReader(1000).read(file, problems));
        assertEquals(List.of("a.txt:2:14: error: the file is not valid UTF-8: byte 0xe9 at offset 18; save the file as UTF-8"),
                formatted());
    }

    @Test
    void aSequenceCutOffAtTheEndIsInvalid() throws IOException {
        // the first two bytes of '€' (E2 82 AC)
        Path file = write("a.txt", "---\nx\n".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x82));

        assertEquals(Optional.empty(), new SourceFileReader(1000).read(file, problems));
        assertEquals(List.of("a.txt:3:1: error: the file is not valid UTF-8: byte 0xe2 at offset 6; save the file as UTF-8"),
                formatted());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path file = write("a.txt", new byte[0]);

        assertEquals(Optional.empty(), new SourceFileReader(1000).read(file, problems));
        assertEquals(List.of("a.txt:1:1: error: the file is empty; an article starts with a '---' line and its front matter"),
                formatted());
    }

    @Test
    void aFileOverTheLimitIsRefused() throws IOException {
        Path file = write("a.txt", "12345678901".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), new SourceFileReader(10).read(file, problems));
        assertEquals(List.of("a.txt:1:1: error: the file is 11 bytes, over the limit of 10 bytes for one article; shorten it or raise 'maxArticleBytes' in the config"),
                formatted());
    }

    @Test
    void aFileAtTheLimitIsRead() throws IOException {
        Path file = write("a.txt", "1234567890".getBytes(StandardCharsets.UTF_8));

        assertEquals("1234567890", new SourceFileReader(10).read(file, problems).orElseThrow().text());
    }

    @Test
    void aMissingFileIsAnErrorNotAnException() {
        Optional<SourceText> text = new SourceFileReader(10).read(dir.resolve("gone.txt"), problems);

        assertEquals(Optional.empty(), text);
        assertEquals(List.of("gone.txt:1:1: error: deleted while the build read it; build again"), formatted());
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path pipe = Fifos.make(dir.resolve("a.txt"));

        // opening a pipe nobody writes to would block for ever; the time limit only guards against that hang
        Optional<SourceText> text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new SourceFileReader(10).read(pipe, problems));

        assertEquals(Optional.empty(), text);
        assertEquals(List.of("a.txt:1:1: error: is a named pipe, socket or device, not a regular file, and news-digest reads only "
                + "regular files; remove it from the content folder"), formatted());
    }

    @Test
    void aFileThatBecameAFolderIsReported() throws IOException {
        Files.createDirectories(dir.resolve("a.txt"));

        assertEquals(Optional.empty(), new SourceFileReader(10).read(dir.resolve("a.txt"), problems));
        assertEquals(List.of("a.txt:1:1: error: was a file and is now a folder; build again"), formatted());
    }

    @Test
    void theLargestLimitIsReadWithoutOverflow() throws IOException {
        Path file = write("a.txt", "x".getBytes(StandardCharsets.UTF_8));

        assertEquals("x", new SourceFileReader(Integer.MAX_VALUE).read(file, problems).orElseThrow().text());
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private List<String> formatted() {
        return problems.list().stream().map(p -> p.format(dir)).toList();
    }
}
