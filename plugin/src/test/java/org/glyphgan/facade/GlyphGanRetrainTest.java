package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlyphGanRetrainTest {
    @TempDir
    Path dir;

    @Test
    void retrainedStyleIsSavedListedAndUsable() {
        Path samples = SampleImages.write(dir.resolve("samples"), "AHgo");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        List<Double> fractions = new ArrayList<>();
        SavedStyle saved = glyphGan.retrain(new RetrainRequest("my-hand", List.of(samples)),
                (stage, fraction) -> fractions.add(fraction), Cancellation.none());
        assertEquals("my-hand", saved.name());
        assertEquals(4, saved.sampleCount());
        assertEquals(List.of((int) 'A', (int) 'H', (int) 'g', (int) 'o'), saved.sampleCodePoints());
        assertTrue(Files.isRegularFile(saved.file()), "no style file at " + saved.file());
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);
        StyleInfo listed = glyphGan.styles().stream().filter(style -> style.name().equals("my-hand")).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + glyphGan.styles()));
        assertEquals(StyleInfo.CUSTOM, listed.kind());
        assertTrue(listed.description().startsWith("fitted to 4 samples (U+0041,U+0048,U+0067,U+006F) on "),
                listed.description());
        GlyphSet set = glyphGan.generate(new GenerateRequest(new StyleSource.Custom("my-hand"), List.of(66), 1, 0),
                ProgressListener.NONE, Cancellation.none());
        assertEquals(1, set.glyphs().size());
        assertEquals("custom:my-hand", set.styleLabel());
        assertNotEquals(TinyModels.shared().meanStyle(), set.styleCode());
    }

    @Test
    void samplesSourceFitsWithoutSaving() {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        GlyphSet set = glyphGan.generate(new GenerateRequest(new StyleSource.Samples(List.of(samples)),
                List.of((int) 'n'), 1, 0), ProgressListener.NONE, Cancellation.none());
        assertEquals(1, set.glyphs().size());
        assertEquals(TinyModels.STYLE_NAMES.length, glyphGan.styles().size(), "a samples source must not save a style");
    }

    @Test
    void unknownCustomStyleListsSavedOnes() {
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.generate(new GenerateRequest(
                new StyleSource.Custom("absent"), List.of(65), 1, 0), ProgressListener.NONE, Cancellation.none()));
        assertTrue(e.getMessage().contains("Unknown custom style 'absent'"), e.getMessage());
        assertTrue(e.getMessage().contains("nor a custom style saved in " + dir.resolve("styles")), e.getMessage());
    }

    @Test
    void styleOfAnotherModelIsRejected() {
        org.glyphgan.samples.StyleStore store = new org.glyphgan.samples.StyleStore(dir.resolve("styles"));
        store.save("foreign", new org.glyphgan.gan.StyleCode(new float[] {1f, 2f}), List.of(65), 0.05,
                java.time.Instant.parse("2026-12-04T00:00:00Z"));
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.generate(new GenerateRequest(
                new StyleSource.Custom("foreign"), List.of(65), 1, 0), ProgressListener.NONE, Cancellation.none()));
        assertTrue(e.getMessage().contains("Saved style 'foreign' has a style code of dimension 2 but this model uses 6"),
                e.getMessage());
    }

    @Test
    void invalidNameIsRejected() {
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.retrain(
                new RetrainRequest("../evil", List.of(dir)), ProgressListener.NONE, Cancellation.none()));
        assertTrue(e.getMessage().contains("Invalid style name '../evil'"), e.getMessage());
    }

    @Test
    void unusableSamplesAreRejected() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("junk"));
        Files.writeString(folder.resolve("A.png"), "not an image");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.retrain(
                new RetrainRequest("junk", List.of(folder)), ProgressListener.NONE, Cancellation.none()));
        assertTrue(e.getMessage().contains("A.png"), e.getMessage());
    }

    @Test
    void unsupportedSampleCharactersAreRejected() {
        Path samples = SampleImages.write(dir.resolve("samples"), "H");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.build("AB"), dir.resolve("styles"));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.retrain(
                new RetrainRequest("accents", List.of(samples)), ProgressListener.NONE, Cancellation.none()));
        assertTrue(e.getMessage().contains("None of the 1 sample characters is drawn by this model; give samples of characters in U+0041-U+0042"), e.getMessage());
    }

    @Test
    void cancelledFitSavesNothing() {
        Path samples = SampleImages.write(dir.resolve("samples"), "AH");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        Cancellation cancel = new Cancellation();
        assertThrows(CancellationException.class, () -> glyphGan.retrain(new RetrainRequest("stopped", List.of(samples)),
                (stage, fraction) -> cancel.cancel(), cancel));
        assertTrue(Files.notExists(dir.resolve("styles/stopped.json")), "a cancelled fit saved a style");
    }
}
