package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.awt.Font;
import org.glyphgan.dataset.SyntheticDatasets;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GanStyleModelTest {
    /** Basic Latin U+0021 to U+007E, the default character set. */
    private static final String DEFAULT_CHARACTERS;
    private static GanStyleModel model;

    static {
        StringBuilder chars = new StringBuilder();
        for (int cp = 0x21; cp <= 0x7E; cp++) {
            chars.appendCodePoint(cp);
        }
        DEFAULT_CHARACTERS = chars.toString();
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void buildModel() {
        GanParameters params = GanParameters.initialise(TinyGan.ARCHITECTURE, 3, 5);
        Map<Integer, GrayBitmap> base = new LinkedHashMap<>();
        SyntheticDatasets.base(DEFAULT_CHARACTERS).samples().forEach(s -> base.put(s.codePoint(), s.bitmap()));
        Map<String, StyleCode> styles = new LinkedHashMap<>();
        float[][] codes = params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix();
        for (int i = 0; i < codes.length; i++) {
            styles.put("font-" + i, new StyleCode(codes[i]));
        }
        model = new GanStyleModel(params, base, styles, 20, 0.05);
    }

    @Test
    void exportedModelGeneratesEveryDefaultCharacter() throws Exception {
        Path file = dir.resolve("glyphgan-model.zip");
        ModelFile.write(model, file, "test");
        assertTrue(Files.size(file) < 20_000_000L, "model file is " + Files.size(file) + " bytes");
        GanStyleModel loaded = GanStyleModel.load(file);
        assertEquals(94, loaded.codePoints().size());
        assertEquals(model.namedStyles(), loaded.namedStyles());
        StyleCode style = loaded.namedStyles().get("font-1");
        List<GrayBitmap> glyphs = loaded.generate(style, loaded.codePoints(), 3);
        assertEquals(94, glyphs.size());
        for (GrayBitmap glyph : glyphs) {
            assertEquals(64, glyph.widthPx());
            assertEquals(64, glyph.heightPx());
            for (float v : glyph.ink()) {
                assertTrue(v >= 0f, "ink " + v + " below 0");
                assertTrue(v <= 1f, "ink " + v + " above 1");
            }
        }
        assertEquals(model.generate(style, 'g', 3), loaded.generate(style, 'g', 3), "loaded model draws differently");
    }

    @Test
    void modelFileEntriesAreRelative() throws Exception {
        Path file = dir.resolve("glyphgan-model.zip");
        ModelFile.write(model, file, "test");

        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertTrue(names.contains(ModelFile.BASE_GLYPHS), names.toString());
            assertTrue(names.stream().noneMatch(name -> name.startsWith("/")), names.toString());
        }
    }

    @Test
    void modelLoadsFromStream() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(model, bytes, "test");
        GanStyleModel loaded = GanStyleModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.codePoints(), loaded.codePoints());
    }

    @Test
    void foreignZipIsRejected() {
        byte[] empty = {80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Exception e = assertThrows(java.io.IOException.class, () -> GanStyleModel.load(new ByteArrayInputStream(empty)));
        assertTrue(e.getMessage().contains("model.json"), e.getMessage());
    }

    @Test
    void realismIsProbability() {
        StyleCode style = model.namedStyles().get("font-0");
        double score = model.realism(style, 'A', model.baseGlyphs().get((int) 'A'));
        assertTrue(score >= 0, "realism " + score);
        assertTrue(score <= 1, "realism " + score);
    }

    @Test
    void batchRealismMatchesSingleScores() {
        StyleCode style = model.namedStyles().get("font-1");
        List<Integer> codePoints = List.of((int) 'A', (int) 'g', (int) '5');
        List<GrayBitmap> glyphs = model.generate(style, codePoints, 2);
        double[] batch = model.realism(style, codePoints, glyphs);
        assertEquals(3, batch.length);
        for (int i = 0; i < codePoints.size(); i++) {
            assertEquals(model.realism(style, codePoints.get(i), glyphs.get(i)), batch[i], 1e-5, "glyph " + i);
        }
    }

    @Test
    void randomStylesDifferBySeed() {
        StyleCode a = model.randomStyle(1);
        StyleCode b = model.randomStyle(2);
        assertEquals(TinyGan.ARCHITECTURE.styleDim(), a.dimension());
        assertNotEquals(a, b);
        assertEquals(a, model.randomStyle(1));
    }

    @Test
    void interpolationEndsAtBothCodes() {
        StyleCode a = model.namedStyles().get("font-0");
        StyleCode b = model.namedStyles().get("font-2");
        assertEquals(a, a.mix(b, 0));
        assertEquals(b, a.mix(b, 1));
        assertEquals(64, model.generate(a.mix(b, 0.5), 'Q', 0).widthPx());
    }

    @Test
    void noiseFreeDrawingMatchesFitLoss() {
        StyleCode style = model.namedStyles().get("font-1");
        Font serifBold = new Font(Font.SERIF, Font.BOLD, 1);
        Map<Integer, GrayBitmap> references = new LinkedHashMap<>();
        "aHg".codePoints().forEach(cp -> references.put(cp, SyntheticDatasets.render(serifBold, cp)));
        INDArray candidates = model.startCandidates();
        GanParameters params = model.parameters().withStyleEmbedding(candidates);
        double fitLoss = StyleFitter.losses(GanGraphs.generatorOnly(params, StyleFitter.DICE_WEIGHT), params,
                new int[] {1}, model.fitReferences(references))[0];
        double withoutNoise = 0;
        double withNoise = 0;
        for (Map.Entry<Integer, GrayBitmap> reference : references.entrySet()) {
            withoutNoise += fitLoss(model.generateWithoutNoise(style, reference.getKey()), reference.getValue());
            withNoise += fitLoss(model.generate(style, reference.getKey(), 3), reference.getValue());
        }
        withoutNoise /= references.size();
        withNoise /= references.size();
        assertEquals(fitLoss, withoutNoise, 1e-5, "fit loss of the drawing without noise");
        assertTrue(Math.abs(fitLoss - withNoise) > 1e-4, "noise seed 3 should change the drawing; loss " + withNoise);
    }

    /** Mean absolute error plus {@link StyleFitter#DICE_WEIGHT} × soft Dice loss, computed by hand. */
    private static double fitLoss(GrayBitmap drawn, GrayBitmap real) {
        double error = 0;
        double overlap = 0;
        double drawnInk = 0;
        double realInk = 0;
        for (int i = 0; i < drawn.ink().length; i++) {
            float f = drawn.ink()[i];
            float r = real.ink()[i];
            error += Math.abs(f - r);
            overlap += f * r;
            drawnInk += f;
            realInk += r;
        }
        double dice = 1 - (2 * overlap + 1) / (drawnInk + realInk + 1);
        return error / drawn.ink().length + StyleFitter.DICE_WEIGHT * dice;
    }

    @Test
    void fitStyleLowersErrorToReferences() {
        Font serifBold = new Font(Font.SERIF, Font.BOLD, 1);
        Map<Integer, GrayBitmap> references = new LinkedHashMap<>();
        // More references than one fit step takes, so the fit cycles through them in batches.
        "aHgQx&5Rmb".codePoints().forEach(cp -> references.put(cp, SyntheticDatasets.render(serifBold, cp)));
        assertTrue(references.size() > GanStyleModel.FIT_BATCH_SIZE);
        double[] lastProgress = {0};
        StyleCode fitted = model.fitStyle(references, 0, p -> lastProgress[0] = p);
        assertEquals(1.0, lastProgress[0], 1e-9);
        double before = error(model.meanStyle(), references);
        double after = error(fitted, references);
        assertTrue(after < before, "fit should lower L1 from " + before + ", got " + after);
    }

    @Test
    void generateRunsWhileAStyleFitIsInProgress() throws Exception {
        Map<Integer, GrayBitmap> references = new LinkedHashMap<>();
        "aHg".codePoints().forEach(cp -> references.put(cp, SyntheticDatasets.render(new Font(Font.SERIF, Font.BOLD, 1), cp)));
        CountDownLatch fitStarted = new CountDownLatch(1);
        CountDownLatch generated = new CountDownLatch(1);
        AtomicBoolean generatedDuringFit = new AtomicBoolean();
        Thread fit = new Thread(() -> model.fitStyle(references, 0, progress -> {
            if (fitStarted.getCount() > 0) {
                fitStarted.countDown();
                try {
                    generatedDuringFit.set(generated.await(20, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        fit.start();
        assertTrue(fitStarted.await(60, TimeUnit.SECONDS), "the fit never reported progress");
        GrayBitmap drawn = model.generate(model.meanStyle(), 'a', 0);
        generated.countDown();
        fit.join(60_000);
        assertEquals(64, drawn.widthPx());
        assertTrue(generatedDuringFit.get(), "generate waited for the style fit to finish");
    }

    @Test
    void concurrentCallsLeaveFitAndOutputsUnchanged() throws Exception {
        Map<Integer, GrayBitmap> references = new LinkedHashMap<>();
        "aHgQ".codePoints().forEach(cp -> references.put(cp, SyntheticDatasets.render(new Font(Font.SERIF, Font.BOLD, 1), cp)));
        StyleCode other = model.namedStyles().get("font-2");
        StyleCode fittedAlone = model.fitStyle(references, 4, progress -> { });
        GrayBitmap glyphAlone = model.generate(other, 'b', 1);
        double realismAlone = model.realism(other, 'b', glyphAlone);
        Map<String, INDArray> decoderAlone = model.decoderArrays();

        // Another thread generates with another style, scores, copies and replaces arrays while the fit runs.
        AtomicBoolean fitting = new AtomicBoolean(true);
        AtomicInteger rounds = new AtomicInteger();
        Map<String, AtomicInteger> mismatches = new LinkedHashMap<>();
        for (String output : List.of("generate", "realism", "decoderArrays", "withGeneratorArrays")) {
            mismatches.put(output, new AtomicInteger());
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                while (fitting.get()) {
                    GrayBitmap glyph = model.generate(other, 'b', 1);
                    count(mismatches.get("generate"), !glyph.equals(glyphAlone));
                    count(mismatches.get("realism"), model.realism(other, 'b', glyph) != realismAlone);
                    count(mismatches.get("decoderArrays"), !model.decoderArrays().equals(decoderAlone));
                    GrayBitmap replaced = model.withGeneratorArrays(decoderAlone).generate(other, 'b', 1);
                    count(mismatches.get("withGeneratorArrays"), !replaced.equals(glyphAlone));
                    rounds.incrementAndGet();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        worker.start();
        StyleCode fittedConcurrently;
        try {
            fittedConcurrently = model.fitStyle(references, 4, progress -> {
                // Each fit step waits for one more worker round, so the two threads overlap.
                int seen = rounds.get();
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (rounds.get() == seen && failure.get() == null && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            });
        } finally {
            fitting.set(false);
            worker.join(60_000);
        }

        assertEquals(null, failure.get(), "the worker thread failed");
        assertTrue(rounds.get() >= 20, "only " + rounds.get() + " worker rounds overlapped the fit");
        for (Map.Entry<String, AtomicInteger> entry : mismatches.entrySet()) {
            assertEquals(0, entry.getValue().get(), entry.getKey() + " returned other values while a fit ran");
        }
        assertArrayEquals(fittedAlone.vector(), fittedConcurrently.vector(), 1e-6f, "the fit changed under concurrent calls");
    }

    private static void count(AtomicInteger counter, boolean mismatch) {
        if (mismatch) {
            counter.incrementAndGet();
        }
    }

    @Test
    void badPriorWeightFailsFitOnly() {
        Map<Integer, GrayBitmap> references = Map.of((int) 'a', SyntheticDatasets.render(new Font(Font.SERIF, Font.BOLD, 1), 'a'));
        try {
            System.setProperty(StyleFitter.PRIOR_WEIGHT_PROPERTY, "heavy");
            GrayBitmap baseA = SyntheticDatasets.base("a").samples().get(0).bitmap();
            GanStyleModel loaded = new GanStyleModel(model.parameters(), Map.of((int) 'a', baseA),
                    Map.of("only", model.meanStyle()), 2, 0.05);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> loaded.fitStyle(references, 0, p -> { }));
            assertTrue(e.getMessage().contains("'heavy'"), e.getMessage());
        } finally {
            System.clearProperty(StyleFitter.PRIOR_WEIGHT_PROPERTY);
        }
    }

    private static double error(StyleCode style, Map<Integer, GrayBitmap> references) {
        double sum = 0;
        for (Map.Entry<Integer, GrayBitmap> e : references.entrySet()) {
            GrayBitmap drawn = model.generate(style, e.getKey(), 0);
            float[] x = drawn.ink();
            float[] y = e.getValue().ink();
            for (int i = 0; i < x.length; i++) {
                sum += Math.abs(x[i] - y[i]);
            }
        }
        return sum;
    }

    @Test
    void unsupportedCodePointIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.generate(model.meanStyle(), 0x4E00, 0));
        assertTrue(e.getMessage().contains("U+4E00"), e.getMessage());
    }

    @Test
    void fitStartsFromClosestCandidate() {
        GanParameters params = model.parameters();
        StyleCode target = model.namedStyles().get("font-2");
        List<StyleFitter.Reference> references = new java.util.ArrayList<>();
        for (int cp : "AgQ".codePoints().toArray()) {
            references.add(new StyleFitter.Reference(image(model.baseGlyphs().get(cp)),
                    image(model.generateWithoutNoise(target, cp)), 0));
        }
        INDArray candidates = Nd4j.create(new float[][] {
                model.namedStyles().get("font-0").vector(), target.vector(), model.namedStyles().get("font-1").vector()});
        INDArray start = StyleFitter.bestStarts(params, candidates, references, 1);
        assertArrayEquals(target.vector(), start.getRow(0).toFloatVector(), 1e-6f);
    }

    private static INDArray image(GrayBitmap bitmap) {
        return Nd4j.create(bitmap.ink(), new long[] {1, bitmap.heightPx(), bitmap.widthPx()}, 'c');
    }
}
