package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GanGraphsTest {
    private static final GanArchitecture ARCH = TinyGan.ARCHITECTURE;

    @Test
    void generatorOutputShapeAndRange() {
        GanParameters params = GanParameters.initialise(ARCH, 3, 1);
        INDArray content = Nd4j.rand(DataType.FLOAT, 2, 1, 64, 64);
        INDArray oneHot = Nd4j.create(new float[] {1, 0, 0, 0, 0, 1}, new long[] {2, 3}, 'c');
        Map<String, INDArray> inputs = GeneratorInputs.of(ARCH, content, null, oneHot, null);
        INDArray out = GanGraphs.generatorOnly(params).output(inputs, GanGraphs.GENERATED).get(GanGraphs.GENERATED);
        assertArrayEquals(new long[] {2, 1, 64, 64}, out.shape());
        assertTrue(out.minNumber().doubleValue() >= 0.0);
        assertTrue(out.maxNumber().doubleValue() <= 1.0);
    }

    @Test
    void discriminatorOutputIsPatchGrid() {
        GanParameters params = GanParameters.initialise(ARCH, 3, 1);
        INDArray glyphs = Nd4j.rand(DataType.FLOAT, 2, 1, 64, 64);
        INDArray logits = GanGraphs.discriminatorOnly(params)
                .output(Map.of(GanGraphs.CONTENT, glyphs, GanGraphs.REAL, glyphs), GanGraphs.D_LOGITS).get(GanGraphs.D_LOGITS);
        assertArrayEquals(new long[] {2, 1, ARCH.patchGridPx(), ARCH.patchGridPx()}, logits.shape());
    }

    @Test
    void analyticParameterCountMatchesArrays() {
        GanParameters params = GanParameters.initialise(ARCH, 3, 1);
        long generator = params.generatorNames().stream()
                .filter(n -> !n.equals(GeneratorLayers.STYLE_EMBEDDING)).mapToLong(n -> params.get(n).length()).sum();
        long discriminator = params.discriminatorNames().stream().mapToLong(n -> params.get(n).length()).sum();
        assertEquals(GeneratorLayers.parameterCount(ARCH), generator);
        assertEquals(DiscriminatorLayers.parameterCount(ARCH), discriminator);
    }

    @Test
    void graphsShareParameterArrays() {
        GanParameters params = GanParameters.initialise(ARCH, 3, 1);
        SameDiff generatorStep = GanGraphs.generatorStep(params, 100);
        SameDiff discriminatorStep = GanGraphs.discriminatorStep(params);
        params.get("d_c1_w").addi(1.0);
        assertSame(params.get("d_c1_w"), generatorStep.getArrForVarName("d_c1_w"));
        assertSame(params.get("d_c1_w"), discriminatorStep.getArrForVarName("d_c1_w"));
        assertEquals(params.get("d_c1_w"), generatorStep.getArrForVarName("d_c1_w"));
    }
}
