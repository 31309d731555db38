package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoadingTest {
    @TempDir
    Path dir;

    @Test
    void modelFileOpens() throws IOException {
        GanStyleModel model = TinyModels.build("AB");
        Path file = dir.resolve("tiny.zip");
        ModelFile.write(model, file, "test");
        try (GlyphGan glyphGan = GlyphGan.open(file, dir)) {
            assertEquals(TinyModels.STYLE_NAMES.length, glyphGan.styles().size());
            assertEquals(java.util.List.of(65, 66), glyphGan.codePoints());
        }
    }

    @Test
    void truncatedModelIsRejected() throws IOException {
        Path file = dir.resolve("tiny.zip");
        ModelFile.write(TinyModels.build("AB"), file, "test");
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 3));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> GlyphGan.open(truncated, dir));
        assertTrue(e.getMessage().contains("Model file " + truncated + " is truncated or not a glyphgan model"),
                e.getMessage());
    }

    @Test
    void missingModelIsRejected() {
        Path missing = dir.resolve("missing.zip");
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> GlyphGan.open(missing, dir));
        assertTrue(e.getMessage().contains("Model file " + missing + " does not exist"), e.getMessage());
    }
}
