package org.glyphgan.gan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleConsumer;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fine-tunes the generator's decoder ({@link GeneratorLayers#decoderArrayNames()}) to one style's
 * reference glyphs with Adam. The style code, the encoder, the bottleneck and the discriminator
 * stay frozen, the noise is zero, and the loss is the style fit's: mean absolute pixel error plus
 * {@link StyleFitter#DICE_WEIGHT} times the soft Dice loss ({@link GanGraphs#FIT_LOSS}).
 *
 * <p>The tuner works on its own deep copy of the parameters, so the model it starts from is never
 * modified. Calls to {@link #run} continue from where the previous one stopped, with the same Adam
 * state. Not thread-safe: use one instance from one thread.
 */
public final class DecoderFineTuner {
    private final GanParameters params;
    private final SameDiff graph;
    private final AdamOptimizer optimizer;
    private final List<String> names;
    private final List<StyleFitter.Reference> order;
    private final int perStep;
    private int stepsDone;

    /**
     * @param trained      trained parameters; copied, not modified
     * @param code         the fitted style code, frozen during fine-tuning
     * @param references   content and target glyphs, each [1, S, S], all with code index 0
     * @param learningRate Adam step size
     * @param batchSize    references per step; with more references, each step takes the next
     *                     {@code batchSize} of them in an order shuffled by {@code seed}
     */
    public DecoderFineTuner(GanParameters trained, StyleCode code, List<StyleFitter.Reference> references,
                            double learningRate, int batchSize, long seed) {
        this(trained, code, references, GeneratorLayers.decoderArrayNames(), learningRate, batchSize, seed);
    }

    /**
     * Creates a tuner of the decoder arrays {@code names} alone, a subset of the decoder's, with the
     * other parameters as above.
     */
    DecoderFineTuner(GanParameters trained, StyleCode code, List<StyleFitter.Reference> references, List<String> names,
                     double learningRate, int batchSize, long seed) {
        List<String> decoder = GeneratorLayers.decoderArrayNames();
        if (names.isEmpty() || !decoder.containsAll(names) || names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("Invalid arrays to fine-tune " + names
                    + ": give each of them once, from the decoder's " + decoder);
        }
        this.names = List.copyOf(names);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("Cannot fine-tune the decoder without reference glyphs; give at least one");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("The fine-tune batch size must be positive, got " + batchSize);
        }
        for (StyleFitter.Reference reference : references) {
            if (reference.codeIndex() != 0) {
                throw new IllegalArgumentException("Fine-tuning fits one style, so every reference needs code index 0;"
                        + " got " + reference.codeIndex());
            }
        }
        int styleDim = trained.architecture().styleDim();
        if (code.dimension() != styleDim) {
            throw new IllegalArgumentException("Style code has dimension " + code.dimension() + " but the model uses "
                    + styleDim + "; fine-tune with a code fitted by this model");
        }
        this.params = trained.withStyleEmbedding(Nd4j.create(code.vector(), new long[] {1, styleDim}, 'c'));
        this.graph = GanGraphs.generatorOnly(params, StyleFitter.DICE_WEIGHT);
        this.optimizer = new AdamOptimizer(params, names, learningRate, 0.9, 0.999, Map.of());
        List<StyleFitter.Reference> shuffled = new ArrayList<>(references);
        Collections.shuffle(shuffled, new Random(seed));
        this.order = List.copyOf(shuffled);
        this.perStep = Math.min(batchSize, order.size());
    }

    /**
     * Runs {@code steps} more Adam steps. {@code progress} receives the completed fraction of this
     * call after each step; an exception it throws, such as a cancellation, stops the run between
     * steps and leaves the arrays as the last completed step left them.
     */
    public void run(int steps, DoubleConsumer progress) {
        if (steps < 0) {
            throw new IllegalArgumentException("The number of fine-tune steps must be zero or positive, got " + steps);
        }
        for (int i = 0; i < steps; i++) {
            Map<String, INDArray> inputs = StyleFitter.inputs(params, batch(stepsDone));
            String[] variables = names.toArray(String[]::new);
            Map<String, INDArray> gradients = SameDiffOutput.toStderr(() -> graph.calculateGradients(inputs, variables));
            optimizer.step(gradients, stepsDone);
            stepsDone++;
            progress.accept((i + 1) / (double) steps);
        }
    }

    /** Adam steps completed over all calls of {@link #run}. */
    public int stepsDone() {
        return stepsDone;
    }

    /** Returns the fit loss over every reference with the current decoder arrays. */
    public double fitLoss() {
        Map<String, INDArray> inputs = StyleFitter.inputs(params, order);
        return graph.output(inputs, GanGraphs.FIT_LOSS).get(GanGraphs.FIT_LOSS).getDouble(0);
    }

    /** Returns copies of the tuned arrays by name, in the order given to the constructor (decoder order by default). */
    public Map<String, INDArray> tunedArrays() {
        Map<String, INDArray> copies = new LinkedHashMap<>();
        for (String name : names) {
            copies.put(name, params.get(name).dup());
        }
        return copies;
    }

    /** The references of step {@code step}: the next {@link #perStep} of the shuffled order, wrapping around. */
    private List<StyleFitter.Reference> batch(int step) {
        if (perStep == order.size()) {
            return order;
        }
        List<StyleFitter.Reference> batch = new ArrayList<>(perStep);
        for (int j = 0; j < perStep; j++) {
            batch.add(order.get((int) (((long) step * perStep + j) % order.size())));
        }
        return batch;
    }
}
