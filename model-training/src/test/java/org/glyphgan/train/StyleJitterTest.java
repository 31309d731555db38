package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class StyleJitterTest {
    /** Three fonts' codes: dimension 0 constant, dimension 1 with standard deviation 1, dimension 2 with 4. */
    private static INDArray embedding() {
        return Nd4j.createFromArray(new float[][] {{3, -1, -4}, {3, 0, 0}, {3, 1, 4}});
    }

    @Test
    void offsetsFollowDimensionSpread() {
        INDArray offsets = StyleJitter.offsets(embedding(), 0.5, 20_000, 7);
        assertArrayEquals(new long[] {20_000, 3}, offsets.shape());
        INDArray spread = offsets.std(0);
        assertEquals(0.0, spread.getDouble(0), 1e-9);
        assertEquals(0.5, spread.getDouble(1), 0.01);
        assertEquals(2.0, spread.getDouble(2), 0.04);
        assertEquals(0.0, offsets.mean(0).getDouble(2), 0.05);
    }

    @Test
    void sameSeedSameOffsets() {
        assertEquals(StyleJitter.offsets(embedding(), 0.2, 8, 11), StyleJitter.offsets(embedding(), 0.2, 8, 11));
        assertEquals(DataType.FLOAT, StyleJitter.offsets(embedding(), 0.2, 8, 11).dataType());
    }
}
