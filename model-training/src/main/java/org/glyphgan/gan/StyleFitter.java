package org.glyphgan.gan;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fits style codes to reference glyphs by Adam steps on the codes alone, with the generator frozen:
 * the loss is the mean absolute pixel error between the generated and the reference glyphs,
 * generated with zero noise. Several codes are fitted at once, each to its own references.
 */
public final class StyleFitter {
    private StyleFitter() {
    }

    /**
     * One reference: the base glyph of a character, the glyph drawn in the style to fit, and which
     * of the codes being fitted it belongs to.
     */
    public record Reference(INDArray content, INDArray glyph, int codeIndex) {
    }

    /**
     * Returns the fitted codes [codes, styleDim].
     *
     * @param trained      trained parameters; not modified
     * @param initialCodes starting codes [codes, styleDim], usually the mean training code
     * @param references   content and target glyphs, each [1, S, S]
     * @param batchSize    references per step; with more references, each step takes the next
     *                     {@code batchSize} of them in an order shuffled by {@code seed}, so the cost
     *                     per step does not grow with the number of references
     * @param progress     receives the completed fraction after each step
     */
    public static INDArray fit(GanParameters trained, INDArray initialCodes, List<Reference> references, int steps,
                               double learningRate, int batchSize, long seed, DoubleConsumer progress) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("Cannot fit a style without reference glyphs; give at least one");
        }
        GanParameters params = trained.withStyleEmbedding(initialCodes);
        SameDiff graph = GanGraphs.generatorOnly(params);
        String embedding = GeneratorLayers.STYLE_EMBEDDING;
        AdamOptimizer optimizer = new AdamOptimizer(params, List.of(embedding), learningRate, 0.9, 0.999, Map.of());
        List<Reference> order = new java.util.ArrayList<>(references);
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        int perStep = Math.min(batchSize, order.size());
        Map<String, INDArray> inputs = inputs(params, order.subList(0, perStep));
        for (int i = 0; i < steps; i++) {
            if (perStep < order.size()) {
                List<Reference> batch = new java.util.ArrayList<>(perStep);
                for (int j = 0; j < perStep; j++) {
                    batch.add(order.get((i * perStep + j) % order.size()));
                }
                inputs = inputs(params, batch);
            }
            Map<String, INDArray> batchInputs = inputs;
            Map<String, INDArray> gradients = SameDiffOutput.toStderr(() -> graph.calculateGradients(batchInputs, embedding));
            optimizer.step(gradients, i);
            progress.accept((i + 1) / (double) steps);
        }
        return params.get(embedding).dup();
    }

    private static Map<String, INDArray> inputs(GanParameters params, List<Reference> references) {
        int n = references.size();
        int size = params.architecture().sizePx();
        INDArray content = Nd4j.create(DataType.FLOAT, n, 1, size, size);
        INDArray glyphs = Nd4j.create(DataType.FLOAT, n, 1, size, size);
        INDArray oneHot = Nd4j.zeros(DataType.FLOAT, n, params.fontCount());
        for (int i = 0; i < n; i++) {
            Reference reference = references.get(i);
            content.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).assign(reference.content());
            glyphs.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).assign(reference.glyph());
            oneHot.putScalar(i, reference.codeIndex(), 1f);
        }
        return GeneratorInputs.of(params.architecture(), content, glyphs, oneHot, null);
    }
}
