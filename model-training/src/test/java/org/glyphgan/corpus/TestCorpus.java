package org.glyphgan.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's {@code fonts/} folder for tests. */
public final class TestCorpus {
    private TestCorpus() {
    }

    public static Path fontsDir() {
        String configured = System.getProperty("glyphgan.fonts.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "fonts");
        if (!Files.isRegularFile(dir.resolve(CorpusManifest.FILE_NAME))) {
            throw new IllegalStateException("Test corpus not found at " + dir.toAbsolutePath()
                    + "; run the tests from the model-training module or set -Dglyphgan.fonts.dir");
        }
        return dir;
    }
}
