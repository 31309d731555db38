package org.glyphgan.gan;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Placeholder maps for {@link GanGraphs#generatorOnly}. */
final class GeneratorInputs {
    private GeneratorInputs() {
    }

    /**
     * @param real  target glyphs for the L1 loss; zeros when only generating
     * @param noise [N, noiseDim] noise, or null for zero noise
     */
    static Map<String, INDArray> of(GanArchitecture arch, INDArray content, INDArray real, INDArray oneHot,
                                    INDArray noise) {
        long n = content.size(0);
        Map<String, INDArray> inputs = new HashMap<>();
        inputs.put(GanGraphs.CONTENT, content);
        inputs.put(GanGraphs.REAL, real != null ? real : Nd4j.zeros(DataType.FLOAT, content.shape()));
        inputs.put(GanGraphs.FONT_ONE_HOT, oneHot);
        if (arch.noiseDim() > 0) {
            inputs.put(GanGraphs.NOISE, noise != null ? noise : Nd4j.zeros(DataType.FLOAT, n, arch.noiseDim()));
        }
        return inputs;
    }
}
