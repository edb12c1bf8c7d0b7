package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.testing.FixtureSites;
import org.newsdigest.testing.SiteFiles;

/**
 * The same content gives the same bytes: built twice, in JVMs with different default locales, time zones and
 * file encodings, every output file is identical. Each build runs in its own JVM because the defaults are
 * read once at JVM start, and changing them inside a test would change them for every other test.
 */
class ReproducibleBuildTest {

    @TempDir
    Path work;

    @Test
    void twoBuildsInDifferentLocalesAndTimeZonesAreByteIdentical() throws Exception {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        assertEquals(0, buildInNewJvm(first, List.of("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC")));
        assertEquals(0, buildInNewJvm(second, List.of("-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Asia/Tokyo", "-Dfile.encoding=ISO-8859-1")));

        Map<String, byte[]> a = SiteFiles.read(first);
        Map<String, byte[]> b = SiteFiles.read(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
        assertEquals(61, a.size());
    }

    private int buildInNewJvm(Path output, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.newsdigest.cli.NewsDigest");
        command.addAll(List.of("build", "--config", FixtureSites.config("newsroom").toString(), "--output", output.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(output.getFileName() + ".log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not finish");
        }
        if (process.exitValue() != 0) {
            System.err.println(java.nio.file.Files.readString(work.resolve(output.getFileName() + ".log"), StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }
}
