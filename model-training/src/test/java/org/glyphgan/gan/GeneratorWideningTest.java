package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class GeneratorWideningTest {
    private static final int FONTS = 3;

    @Test
    void widenedGeneratorDrawsSameGlyphs() {
        GanParameters trained = GanParameters.initialise(TinyGan.ARCHITECTURE, FONTS, 1);
        randomiseBiases(trained);
        for (int channels : new int[] {6, 8, 11}) {
            GanParameters widened = GeneratorWidening.widen(trained, channels, 2);

            INDArray before = draw(trained);
            INDArray after = draw(widened);

            assertTrue(before.sub(after).amaxNumber().doubleValue() < 1e-5,
                    channels + " channels: largest difference " + before.sub(after).amaxNumber());
        }
    }

    @Test
    void widenedArraysHaveWiderShapes() {
        GanParameters widened = GeneratorWidening.widen(GanParameters.initialise(TinyGan.ARCHITECTURE, FONTS, 1), 7, 2);

        assertEquals(7, widened.architecture().generatorChannels());
        Map<String, long[]> shapes = GanParameters.shapes(widened.architecture(), FONTS);
        assertEquals(shapes.keySet(), widened.arrays().keySet());
        for (Map.Entry<String, long[]> entry : shapes.entrySet()) {
            assertArrayEquals(entry.getValue(), widened.get(entry.getKey()).shape(), entry.getKey());
        }
    }

    @Test
    void discriminatorAndStyleCodesAreCopied() {
        GanParameters trained = GanParameters.initialise(TinyGan.ARCHITECTURE, FONTS, 1);
        GanParameters widened = GeneratorWidening.widen(trained, 8, 2);

        for (String name : trained.discriminatorNames()) {
            assertEquals(trained.get(name), widened.get(name), name);
        }
        assertEquals(trained.get(GeneratorLayers.STYLE_EMBEDDING), widened.get(GeneratorLayers.STYLE_EMBEDDING));
    }

    @Test
    void replicasGetDifferentShares() {
        GanParameters trained = GanParameters.initialise(TinyGan.ARCHITECTURE, FONTS, 1);
        GanParameters widened = GeneratorWidening.widen(trained, 8, 2);
        // g_e3 reads the 16 channels of g_e2, widened from 8: input channels 0 and 8 are replicas of old 0.
        INDArray weight = widened.get("g_e3_w");
        INDArray first = weight.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.all());
        INDArray replica = weight.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(8), NDArrayIndex.all());
        INDArray old = trained.get("g_e3_w").get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(0),
                NDArrayIndex.interval(0, 16));

        assertNotEquals(first, replica);
        INDArray sum = first.add(replica).get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 16));
        assertTrue(sum.sub(old).amaxNumber().doubleValue() < 1e-6, "shares of one channel do not sum to 1");
    }

    @Test
    void sameWidthIsACopy() {
        GanParameters trained = GanParameters.initialise(TinyGan.ARCHITECTURE, FONTS, 1);
        GanParameters same = GeneratorWidening.widen(trained, TinyGan.ARCHITECTURE.generatorChannels(), 2);

        for (String name : trained.arrays().keySet()) {
            assertEquals(trained.get(name), same.get(name), name);
        }
    }

    @Test
    void narrowerIsRejected() {
        GanParameters trained = GanParameters.initialise(TinyGan.ARCHITECTURE, FONTS, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratorWidening.widen(trained, 3, 2));

        assertTrue(e.getMessage().contains("at least 4"), e.getMessage());
    }

    /** Biases start at zero; nonzero ones check that replicated channels copy theirs. */
    private static void randomiseBiases(GanParameters params) {
        Nd4j.getRandom().setSeed(3);
        for (String name : params.generatorNames()) {
            if (name.endsWith("_b")) {
                params.get(name).assign(Nd4j.randn(DataType.FLOAT, params.get(name).shape()).mul(0.1));
            }
        }
    }

    /** Draws random content glyphs in each font's style with fixed nonzero noise. */
    private static INDArray draw(GanParameters params) {
        GanArchitecture arch = params.architecture();
        Nd4j.getRandom().setSeed(4);
        INDArray content = Nd4j.rand(DataType.FLOAT, FONTS, 1, arch.sizePx(), arch.sizePx());
        INDArray noise = Nd4j.randn(DataType.FLOAT, FONTS, arch.noiseDim());
        INDArray oneHot = Nd4j.eye(FONTS).castTo(DataType.FLOAT);
        Map<String, INDArray> inputs = GeneratorInputs.of(arch, content, null, oneHot, noise);
        return GanGraphs.generatorOnly(params).output(inputs, GanGraphs.GENERATED).get(GanGraphs.GENERATED);
    }
}
