package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class GanParametersTest {
    @Test
    void shapesMatchInitialisedArrays() {
        GanParameters params = GanParameters.initialise(TinyGan.ARCHITECTURE, 3, 1);
        Map<String, long[]> shapes = GanParameters.shapes(TinyGan.ARCHITECTURE, 3);
        assertEquals(List.copyOf(params.arrays().keySet()), List.copyOf(shapes.keySet()));
        for (Map.Entry<String, INDArray> entry : params.arrays().entrySet()) {
            assertArrayEquals(entry.getValue().shape(), shapes.get(entry.getKey()), entry.getKey());
        }
    }
}
