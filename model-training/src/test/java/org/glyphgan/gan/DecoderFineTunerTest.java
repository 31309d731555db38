package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphgan.dataset.SyntheticDatasets;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DecoderFineTunerTest {
    private static GanStyleModel model;
    private static Map<Integer, GrayBitmap> references;

    @BeforeAll
    static void buildModel() {
        GanParameters params = GanParameters.initialise(TinyGan.ARCHITECTURE, 2, 7);
        Map<Integer, GrayBitmap> base = new LinkedHashMap<>();
        SyntheticDatasets.base("AHgoxQ").samples().forEach(s -> base.put(s.codePoint(), s.bitmap()));
        float[][] codes = params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix();
        Map<String, StyleCode> styles = Map.of("font-0", new StyleCode(codes[0]), "font-1", new StyleCode(codes[1]));
        model = new GanStyleModel(params, base, styles, 4, 0.05);
        Font serifBold = new Font(Font.SERIF, Font.BOLD, 1);
        references = new LinkedHashMap<>();
        "AHgo".codePoints().forEach(cp -> references.put(cp, SyntheticDatasets.render(serifBold, cp)));
    }

    @Test
    void fineTuneLowersFitLoss() {
        StyleCode code = model.fitStyle(references, 0, fraction -> { });
        DecoderFineTuner tuner = model.decoderFineTuner(code, references, 1e-3, 0);
        double codeOnly = tuner.fitLoss();
        tuner.run(8, fraction -> { });
        double tuned = tuner.fitLoss();
        assertEquals(8, tuner.stepsDone());
        assertTrue(tuned < codeOnly, "fine-tuning should lower the fit loss from " + codeOnly + ", got " + tuned);
    }

    @Test
    void sharedModelIsUnchanged() {
        Map<String, INDArray> before = copies(model.parameters().arrays());
        StyleCode code = model.namedStyles().get("font-0");
        Map<String, INDArray> tuned = model.fineTuneDecoder(code, references, 3, 0, fraction -> { });
        Map<String, INDArray> after = model.parameters().arrays();
        for (Map.Entry<String, INDArray> entry : before.entrySet()) {
            if (!entry.getKey().equals(GeneratorLayers.STYLE_EMBEDDING)) {
                assertEquals(entry.getValue(), after.get(entry.getKey()), "array " + entry.getKey() + " changed");
            }
        }
        assertEquals(GeneratorLayers.decoderArrayNames(), List.copyOf(tuned.keySet()));
        assertNotEquals(before.get("g_d0_w"), tuned.get("g_d0_w"), "fine-tuning left g_d0_w unchanged");
    }

    @Test
    void tunedModelDrawsWithTunedDecoder() {
        StyleCode code = model.namedStyles().get("font-1");
        GrayBitmap baseDrawn = model.generate(code, 'x', 0);
        Map<String, INDArray> arrays = model.fineTuneDecoder(code, references, 3, 0, fraction -> { });
        GanStyleModel tuned = model.withGeneratorArrays(arrays);
        assertNotEquals(baseDrawn, tuned.generate(code, 'x', 0), "the tuned model draws like the base model");
        assertEquals(baseDrawn, model.generate(code, 'x', 0), "the base model changed its drawing");
        assertEquals(model.codePoints(), tuned.codePoints());
        assertEquals(model.namedStyles(), tuned.namedStyles());
        assertEquals(tuned.generate(code, 'x', 0), model.withGeneratorArrays(arrays).generate(code, 'x', 0));
    }

    @Test
    void encoderAndEmbeddingStayFrozen() {
        StyleCode code = model.namedStyles().get("font-0");
        Map<String, INDArray> arrays = model.fineTuneDecoder(code, references, 2, 0, fraction -> { });
        GanStyleModel tuned = model.withGeneratorArrays(arrays);
        for (String name : List.of("g_e1_w", "g_e4_b", "g_bottleneck_w", "d_patch_w")) {
            assertEquals(model.parameters().get(name), tuned.parameters().get(name), "array " + name + " changed");
        }
    }

    @Test
    void progressExceptionStopsBetweenSteps() {
        DecoderFineTuner tuner = model.decoderFineTuner(model.meanStyle(), references, 1e-4, 0);
        int[] calls = {0};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tuner.run(10, fraction -> {
            if (++calls[0] == 2) {
                throw new IllegalStateException("stop");
            }
        }));
        assertEquals("stop", e.getMessage());
        assertEquals(2, tuner.stepsDone());
    }

    @Test
    void subsetTunesOnlyItsArrays() {
        StyleCode code = model.namedStyles().get("font-0");
        List<String> biases = GeneratorLayers.decoderArrayNames().stream().filter(name -> name.endsWith("_b")).toList();
        DecoderFineTuner tuner = new DecoderFineTuner(model.parameters(), code, model.fitReferences(references), biases,
                1e-2, 8, 0);
        double before = tuner.fitLoss();
        tuner.run(4, fraction -> { });
        Map<String, INDArray> tuned = tuner.tunedArrays();
        assertEquals(biases, List.copyOf(tuned.keySet()));
        assertNotEquals(model.parameters().get("g_out_b"), tuned.get("g_out_b"), "g_out_b was not tuned");
        GanStyleModel drawn = model.withGeneratorArrays(tuned);
        assertEquals(model.parameters().get("g_d0_w"), drawn.parameters().get("g_d0_w"), "a weight array changed");
        assertTrue(tuner.fitLoss() < before, "tuning the biases should lower the fit loss from " + before);
    }

    @Test
    void foreignOrRepeatedSubsetRejected() {
        StyleCode code = model.namedStyles().get("font-0");
        var targets = model.fitReferences(references);
        for (List<String> names : List.of(List.<String>of(), List.of("g_e1_w"), List.of("g_out_b", "g_out_b"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new DecoderFineTuner(model.parameters(), code, targets, names, 1e-3, 8, 0), names.toString());
            assertTrue(e.getMessage().startsWith("Invalid arrays to fine-tune " + names), e.getMessage());
        }
    }

    @Test
    void arrayOfOtherShapeIsRejected() {
        Map<String, INDArray> arrays = Map.of("g_out_b", Nd4j.zeros(3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.withGeneratorArrays(arrays));
        assertTrue(e.getMessage().contains("Array g_out_b has shape [3] but this model's has [1]"), e.getMessage());
    }

    @Test
    void discriminatorArrayIsRejected() {
        Map<String, INDArray> arrays = Map.of("d_patch_b", Nd4j.zeros(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.withGeneratorArrays(arrays));
        assertTrue(e.getMessage().contains("Array d_patch_b is not a generator layer's weight or bias"), e.getMessage());
    }

    private static Map<String, INDArray> copies(Map<String, INDArray> arrays) {
        Map<String, INDArray> copies = new LinkedHashMap<>();
        arrays.forEach((name, array) -> copies.put(name, array.dup()));
        return copies;
    }
}
