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
import org.nd4j.linalg.indexing.NDArrayIndex;

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
        SameDiff generatorStep = GanGraphs.generatorStep(params, 100, 1, 1);
        SameDiff discriminatorStep = GanGraphs.discriminatorStep(params);
        params.get("d_c1_w").addi(1.0);
        assertSame(params.get("d_c1_w"), generatorStep.getArrForVarName("d_c1_w"));
        assertSame(params.get("d_c1_w"), discriminatorStep.getArrForVarName("d_c1_w"));
        assertEquals(params.get("d_c1_w"), generatorStep.getArrForVarName("d_c1_w"));
    }

    @Test
    void softDiceMatchesHandComputedValues() {
        SameDiff sd = SameDiff.create();
        var fake = sd.placeHolder("f", DataType.FLOAT, -1, 1, 4, 4);
        var real = sd.placeHolder("r", DataType.FLOAT, -1, 1, 4, 4);
        GanGraphs.softDice(sd, fake, real);
        INDArray stroke = Nd4j.zeros(DataType.FLOAT, 1, 1, 4, 4);
        stroke.putScalar(new long[] {0, 0, 1, 0}, 1f);
        stroke.putScalar(new long[] {0, 0, 1, 1}, 1f);
        stroke.putScalar(new long[] {0, 0, 1, 2}, 1f);
        INDArray blank = Nd4j.zeros(DataType.FLOAT, 1, 1, 4, 4);
        INDArray half = stroke.mul(0.5);
        // Identical glyphs: 1 - (2*3 + 1) / (3 + 3 + 1) = 0.
        assertEquals(0.0, dice(sd, stroke, stroke), 1e-6);
        // The blank page against a 3-pixel stroke: 1 - 1 / (0 + 3 + 1) = 0.75.
        assertEquals(0.75, dice(sd, blank, stroke), 1e-6);
        // Half ink on the stroke: 1 - (2*1.5 + 1) / (1.5 + 3 + 1) = 1 - 4/5.5.
        assertEquals(1 - 4 / 5.5, dice(sd, half, stroke), 1e-6);
    }

    @Test
    void inkMassErrorMatchesHandComputedValues() {
        SameDiff sd = SameDiff.create();
        var fake = sd.placeHolder("f", DataType.FLOAT, -1, 1, 4, 4);
        var real = sd.placeHolder("r", DataType.FLOAT, -1, 1, 4, 4);
        GanGraphs.inkMassError(sd, fake, real);
        INDArray stroke = Nd4j.zeros(DataType.FLOAT, 1, 1, 4, 4);
        stroke.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(1), NDArrayIndex.interval(0, 3)).assign(1);
        INDArray shifted = Nd4j.zeros(DataType.FLOAT, 1, 1, 4, 4);
        shifted.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(2), NDArrayIndex.interval(1, 4)).assign(1);
        INDArray half = stroke.mul(0.5);
        // Same ink area one row lower: the mass is right, although L1 and Dice see no overlap.
        assertEquals(0.0, inkMass(sd, shifted, stroke), 1e-6);
        // Half ink on a 3-pixel stroke: |1.5 - 3| / (3 + 1) = 0.375.
        assertEquals(0.375, inkMass(sd, half, stroke), 1e-6);
        // A batch of both: the mean of the two glyphs' errors.
        assertEquals(0.1875, inkMass(sd, Nd4j.concat(0, shifted, half), Nd4j.concat(0, stroke, stroke)), 1e-6);
    }

    private static double inkMass(SameDiff sd, INDArray fake, INDArray real) {
        return sd.output(Map.of("f", fake, "r", real), GanGraphs.INK_MASS).get(GanGraphs.INK_MASS).getDouble(0);
    }

    private static double dice(SameDiff sd, INDArray fake, INDArray real) {
        return sd.output(Map.of("f", fake, "r", real), GanGraphs.DICE).get(GanGraphs.DICE).getDouble(0);
    }
}
