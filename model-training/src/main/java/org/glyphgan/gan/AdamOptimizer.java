package org.glyphgan.gan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam over a named subset of {@link GanParameters}, updating the parameter arrays in place. Its
 * state (first and second moments) is one array per parameter, {@code [1, 2 * size]}, which a
 * checkpoint stores and restores.
 */
public final class AdamOptimizer {
    private final GanParameters params;
    private final Map<String, INDArray> states = new LinkedHashMap<>();
    private final Map<String, GradientUpdater<?>> updaters = new LinkedHashMap<>();

    /** Creates zeroed moments for {@code names}, or adopts {@code savedStates} where given. */
    public AdamOptimizer(GanParameters params, List<String> names, double learningRate, double beta1, double beta2,
                         Map<String, INDArray> savedStates) {
        this.params = params;
        Adam adam = new Adam(learningRate, beta1, beta2, Adam.DEFAULT_ADAM_EPSILON);
        for (String name : names) {
            long size = params.get(name).length();
            INDArray saved = savedStates.get(name);
            INDArray state;
            if (saved == null) {
                state = Nd4j.zeros(DataType.FLOAT, 1, 2 * size);
            } else if (saved.length() != 2 * size) {
                throw new IllegalArgumentException("Saved optimizer state for " + name + " has " + saved.length()
                        + " values, expected " + 2 * size + "; the checkpoint belongs to a different architecture");
            } else {
                state = saved.reshape(1, 2 * size).dup();
            }
            states.put(name, state);
            updaters.put(name, adam.instantiate(state, saved == null));
        }
    }

    /** Applies one Adam update for each gradient; {@code iteration} is the zero-based step. */
    public void step(Map<String, INDArray> gradients, int iteration) {
        updaters.forEach((name, updater) -> {
            INDArray gradient = gradients.get(name);
            if (gradient == null) {
                throw new IllegalStateException("No gradient computed for parameter " + name);
            }
            INDArray param = params.get(name);
            INDArray flat = gradient.dup('c').reshape(1, param.length());
            updater.applyUpdater(flat, iteration, 0);
            param.subi(flat.reshape(param.shape()));
        });
    }

    /** The moment arrays by parameter name; live views, copy before storing elsewhere. */
    public Map<String, INDArray> states() {
        return java.util.Collections.unmodifiableMap(states);
    }
}
