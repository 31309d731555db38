package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.glyphgan.gan.GanArchitecture;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.samples.StyleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class GlyphGanFineTuneTest {
    private static final List<Integer> DRAWN = List.of((int) 'n', (int) 'x', (int) 'B');

    @TempDir
    Path dir;

    @Test
    void fineTunedStyleDrawsDifferently() throws IOException {
        Path samples = SampleImages.write(dir.resolve("samples"), "AHgo");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        List<String> stages = new ArrayList<>();
        SavedStyle plain = glyphGan.retrain(new RetrainRequest("plain", List.of(samples)), ProgressListener.NONE,
                Cancellation.none());
        SavedStyle tuned = glyphGan.retrain(new RetrainRequest("tuned", List.of(samples), 6),
                (stage, fraction) -> stages.add(stage + " " + fraction), Cancellation.none());

        assertEquals(0, plain.fineTuneSteps());
        assertNull(plain.decoderFile());
        assertEquals(6, tuned.fineTuneSteps());
        assertTrue(Files.isRegularFile(tuned.decoderFile()), "no decoder file at " + tuned.decoderFile());
        assertTrue(Files.size(tuned.decoderFile()) < 100_000, "decoder file is " + Files.size(tuned.decoderFile())
                + " bytes");
        assertTrue(stages.contains("fine-tune decoder 1.0"), stages.toString());
        assertTrue(stages.indexOf("fit style 1.0") < stages.indexOf("fine-tune decoder 1.0"), stages.toString());

        GlyphSet plainSet = generate(glyphGan, "custom:plain");
        GlyphSet tunedSet = generate(glyphGan, "custom:tuned");
        assertEquals(plainSet.styleCode(), tunedSet.styleCode(), "the same samples should fit the same code");
        assertNotEquals(bitmaps(plainSet), bitmaps(tunedSet), "the tuned decoder draws like the base decoder");
    }

    @Test
    void sharedModelIsUnchangedByFineTune() {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        Map<String, INDArray> before = TinyModels.shared().decoderArrays();
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        glyphGan.retrain(new RetrainRequest("tuned", List.of(samples), 3), ProgressListener.NONE, Cancellation.none());
        assertEquals(before, TinyModels.shared().decoderArrays());
    }

    @Test
    void singleSampleAndStepReadInSingular() {
        Path samples = SampleImages.write(dir.resolve("samples"), "H");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        glyphGan.retrain(new RetrainRequest("one", List.of(samples), 1), ProgressListener.NONE, Cancellation.none());
        String description = glyphGan.styles().get(glyphGan.styles().size() - 1).description();
        assertTrue(description.startsWith("fitted to 1 sample (U+0048) on "), description);
        assertTrue(description.endsWith(", decoder fine-tuned for 1 step"), description);
    }

    @Test
    void savedStyleDrawsTheSameAfterReopening() {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        GlyphGan first = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        first.retrain(new RetrainRequest("tuned", List.of(samples), 4), ProgressListener.NONE, Cancellation.none());
        List<GrayBitmap> drawn = bitmaps(generate(first, "custom:tuned"));
        assertEquals(drawn, bitmaps(generate(first, "custom:tuned")), "a cached tuned model draws differently");
        GlyphGan reopened = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        assertEquals(drawn, bitmaps(generate(reopened, "custom:tuned")));
        assertTrue(reopened.styles().toString().contains("decoder fine-tuned for 4 steps"), reopened.styles().toString());
    }

    @Test
    void retrainingReplacesTheDecoder() throws IOException {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        SavedStyle first = glyphGan.retrain(new RetrainRequest("tuned", List.of(samples), 2), ProgressListener.NONE,
                Cancellation.none());
        List<GrayBitmap> before = bitmaps(generate(glyphGan, "custom:tuned"));
        SavedStyle second = glyphGan.retrain(new RetrainRequest("tuned", List.of(samples), 8), ProgressListener.NONE,
                Cancellation.none());
        assertNotEquals(before, bitmaps(generate(glyphGan, "custom:tuned")), "the old tuned decoder is still used");
        assertEquals(Set.of(second.decoderFile().getFileName().toString()), decoderFiles());
        assertTrue(Files.notExists(first.decoderFile()), "the replaced decoder file is still there");

        glyphGan.retrain(new RetrainRequest("tuned", List.of(samples)), ProgressListener.NONE, Cancellation.none());
        assertEquals(Set.of(), decoderFiles(), "a code-only retrain kept the old decoder file");
    }

    @Test
    void damagedDecoderIsRejected() throws IOException {
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        SavedStyle saved = retrainTwoSteps(glyphGan);

        byte[] bytes = Files.readAllBytes(saved.decoderFile());
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(saved.decoderFile(), bytes);

        GlyphGanException e = assertThrows(GlyphGanException.class, () -> generate(glyphGan, "custom:tuned"));
        assertTrue(e.getMessage().startsWith("The tuned decoder " + saved.decoderFile()
                + " of saved style 'tuned' is damaged: its SHA-256 is "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; retrain the style with fine-tuning, or delete tuned.json and its decoder"
                + " file"), e.getMessage());
    }

    @Test
    void missingDecoderIsRejected() throws IOException {
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        SavedStyle saved = retrainTwoSteps(glyphGan);

        Files.delete(saved.decoderFile());

        GlyphGanException e = assertThrows(GlyphGanException.class, () -> generate(glyphGan, "custom:tuned"));
        assertTrue(e.getMessage().startsWith("The tuned decoder " + saved.decoderFile() + " of saved style 'tuned'"
                + " is missing; retrain the style with fine-tuning"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void linkedDecoderIsRejected() throws IOException {
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        SavedStyle saved = retrainTwoSteps(glyphGan);

        Path outside = Files.move(saved.decoderFile(), dir.resolve("outside.zip"));
        Files.createSymbolicLink(saved.decoderFile(), outside);

        GlyphGanException e = assertThrows(GlyphGanException.class, () -> generate(glyphGan, "custom:tuned"));
        assertTrue(e.getMessage().contains("is damaged: it is a symbolic link"), e.getMessage());
    }

    @Test
    void decoderOfAnotherModelIsRejected() {
        GanArchitecture wider = new GanArchitecture(64, 8, 4, 6, 2);
        GanParameters other = GanParameters.initialise(wider, 1, 3);
        Map<String, INDArray> arrays = new java.util.LinkedHashMap<>();
        GeneratorLayers.decoderArrayNames().forEach(name -> arrays.put(name, other.get(name)));
        StyleCode code = TinyModels.shared().meanStyle();
        new StyleStore(dir.resolve("styles")).save("wide", code, List.of(65), 0.05, Instant.now(), arrays, 5);
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> generate(glyphGan, "custom:wide"));
        assertTrue(e.getMessage().contains("of saved style 'wide' does not fit this model (Array g_d3_w has shape"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("so it was tuned from another model; retrain the style with this model"),
                e.getMessage());
    }

    @Test
    void cancelDuringFineTuneSavesNothing() throws IOException {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        Cancellation cancel = new Cancellation();
        List<Double> tuneFractions = new ArrayList<>();
        assertThrows(CancellationException.class, () -> glyphGan.retrain(new RetrainRequest("stopped",
                List.of(samples), 50), (stage, fraction) -> {
                    if (stage.equals("fine-tune decoder")) {
                        tuneFractions.add(fraction);
                        if (tuneFractions.size() == 2) {
                            cancel.cancel();
                        }
                    }
                }, cancel));
        assertEquals(2, tuneFractions.size(), "the fine-tune went on after the cancellation: " + tuneFractions);
        assertTrue(Files.notExists(dir.resolve("styles/stopped.json")), "a cancelled fine-tune saved a style");
        assertEquals(Set.of(), decoderFiles());
    }

    @Test
    void mixUsesCodeWithBaseDecoder() {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        glyphGan.retrain(new RetrainRequest("plain", List.of(samples)), ProgressListener.NONE, Cancellation.none());
        glyphGan.retrain(new RetrainRequest("tuned", List.of(samples), 4), ProgressListener.NONE, Cancellation.none());
        GlyphSet mixed = generate(glyphGan, "mix:tuned,serif,0");
        assertEquals(bitmaps(generate(glyphGan, "custom:plain")), bitmaps(mixed));
        assertNotEquals(bitmaps(generate(glyphGan, "custom:tuned")), bitmaps(mixed));
    }

    @Test
    void regenerateUsesTunedDecoder() {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        glyphGan.retrain(new RetrainRequest("plain", List.of(samples)), ProgressListener.NONE, Cancellation.none());
        glyphGan.retrain(new RetrainRequest("tuned", List.of(samples), 4), ProgressListener.NONE, Cancellation.none());
        GlyphSet tuned = generate(glyphGan, "custom:tuned");
        GlyphSet plain = generate(glyphGan, "custom:plain");
        // Both styles have the same code (see mixUsesCodeWithBaseDecoder), so only the decoder can tell them apart.
        GrayBitmap redrawn = glyphGan.regenerate(tuned, 'x', 0).bitmap();
        assertEquals(redrawn, glyphGan.regenerate(tuned, 'x', 0).bitmap(), "a redraw with one seed repeats");
        assertNotEquals(glyphGan.regenerate(plain, 'x', 0).bitmap(), redrawn);
    }

    @Test
    void regenerateAfterRetrainRejected() {
        GlyphGan glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        Path first = SampleImages.write(dir.resolve("first"), "Ho");
        glyphGan.retrain(new RetrainRequest("tuned", List.of(first), 4), ProgressListener.NONE, Cancellation.none());
        GlyphSet set = generate(glyphGan, "custom:tuned");
        Path second = SampleImages.write(dir.resolve("second"), "AHgx");
        glyphGan.retrain(new RetrainRequest("tuned", List.of(second), 4), ProgressListener.NONE, Cancellation.none());

        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.regenerate(set, 'x', 0));
        assertEquals("Style 'tuned' was retrained after this set was generated, and its fine-tuned decoder"
                + " belongs to the new style code; generate the set again", e.getMessage());
    }

    @Test
    void fineTuneNeedsGanModel() {
        Path samples = SampleImages.write(dir.resolve("samples"), "H");
        GlyphGan glyphGan = GlyphGan.open(new ScriptedModel(TinyModels.shared(), Set.of(), Set.of()),
                dir.resolve("styles"));
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.retrain(
                new RetrainRequest("tuned", List.of(samples), 3), ProgressListener.NONE, Cancellation.none()));
        assertEquals("This model cannot fine-tune its decoder because it is not a GAN model file; retrain with 0"
                + " fine-tune steps", e.getMessage());
    }

    @Test
    void stepCountOutsideBoundIsRejected() {
        GlyphGanException e = assertThrows(GlyphGanException.class,
                () -> new RetrainRequest("tuned", List.of(dir), RetrainRequest.MAX_FINE_TUNE_STEPS + 1));
        assertEquals("Invalid fine-tune step count 2001: use 0 (fit the style code only) to 2000", e.getMessage());
        assertThrows(GlyphGanException.class, () -> new RetrainRequest("tuned", List.of(dir), -1));
    }

    private static GlyphSet generate(GlyphGan glyphGan, String style) {
        return glyphGan.generate(new GenerateRequest(StyleSource.parse(style), DRAWN, 1, 0), ProgressListener.NONE,
                Cancellation.none());
    }

    private static List<GrayBitmap> bitmaps(GlyphSet set) {
        return set.glyphs().stream().map(GeneratedGlyph::bitmap).toList();
    }

    private Set<String> decoderFiles() throws IOException {
        Path styles = dir.resolve("styles");
        if (!Files.isDirectory(styles)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(styles)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.contains(".decoder-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Saves the style "tuned", fitted to "H" and "o" with a decoder fine-tuned for 2 steps. */
    private SavedStyle retrainTwoSteps(GlyphGan glyphGan) {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        return glyphGan.retrain(new RetrainRequest("tuned", List.of(samples), 2), ProgressListener.NONE,
                Cancellation.none());
    }
}
