package org.newsdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The serve goal refuses a port no socket can have before it builds or binds anything. */
class ServeMojoTest {

    @ParameterizedTest
    @ValueSource(ints = {80_000, -1})
    void aPortOutsideTheRangeIsTheSettingsFault(int port, @TempDir Path site) {
        ServeMojo mojo = new RecordingLog().runs(new ServeMojo(), site);
        mojo.port = port;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("news-digest: news-digest.port must be 0 to 65535 (0 picks a free port); found " + port, failure.getMessage());
    }
}
