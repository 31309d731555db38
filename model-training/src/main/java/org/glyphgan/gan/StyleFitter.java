package org.glyphgan.gan;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fits style codes to reference glyphs in two stages, with the generator frozen and zero noise:
 * <ol>
 *   <li>start: for each code being fitted, the candidate code (usually every training font's code
 *       and their mean) that draws its references with the lowest loss;</li>
 *   <li>refine: Adam steps on the codes alone.</li>
 * </ol>
 * The loss is the mean absolute pixel error plus {@link #DICE_WEIGHT} times the soft Dice loss, so a
 * thin-stroked style is not fitted to the blank page, which has a small L1 error on thin strokes.
 * Fits of new styles add a {@link StylePrior} that keeps the code near the training codes.
 * Several codes are fitted at once, each to its own references.
 */
public final class StyleFitter {
    /** Weight of the soft Dice loss next to the mean absolute error (weight 1) in the fit loss. */
    public static final double DICE_WEIGHT = 0.1;
    /**
     * Default weight of the Gaussian prior on the codes ({@link StylePrior}) in the fit loss of new
     * styles. On the 9 validation fonts (K = 8, the step-3,200 generator) it raised the held-out ink
     * IoU from 0.511 to 0.519 and cut the glyphs drawn blank where the real one is not from 6 to 1.
     */
    public static final double PRIOR_WEIGHT = 0.03;
    /** System property that overrides {@link #PRIOR_WEIGHT}, for measuring other weights. */
    public static final String PRIOR_WEIGHT_PROPERTY = "glyphgan.stylePriorWeight";
    /** At most this many references per code score the start candidates. */
    static final int START_REFERENCES = 16;
    /** References per code that score every start candidate before the shortlist is scored on all. */
    static final int SCREEN_REFERENCES = 4;
    /**
     * Start candidates kept after the first {@link #SCREEN_REFERENCES} references. For the 23
     * validation and test fonts, the best of the shipped generator's 258 candidates on all 8
     * references ranked 26th at worst on the first 4, so 48 keep it with room to spare.
     * NOTE: measured for 258 candidates only; a model with more codes may need a longer shortlist,
     * which {@code StartSearchBenchmark} (test sources) checks.
     */
    static final int SHORTLIST = 48;
    /** Glyphs per generator call when scoring start candidates: several candidates share a call. */
    static final int GLYPHS_PER_CALL = 64;

    private StyleFitter() {
    }

    /** Returns the prior weight: the system property {@link #PRIOR_WEIGHT_PROPERTY} if set, else {@link #PRIOR_WEIGHT}. */
    public static double priorWeight() {
        String value = System.getProperty(PRIOR_WEIGHT_PROPERTY);
        if (value == null) {
            return PRIOR_WEIGHT;
        }
        try {
            double weight = Double.parseDouble(value.strip());
            if (StylePrior.acceptsWeight(weight)) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // Reported below with the rule.
        }
        throw new IllegalArgumentException("System property " + PRIOR_WEIGHT_PROPERTY + " is '" + value
                + "'; give a number from 0 to " + StylePrior.MAX_WEIGHT + " (default " + PRIOR_WEIGHT + ")");
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
        return fit(trained, initialCodes, references, null, steps, learningRate, batchSize, seed, progress);
    }

    /** As {@link #fit(GanParameters, INDArray, List, int, double, int, long, DoubleConsumer)}, with {@code prior}'s term in the loss (null: none). */
    public static INDArray fit(GanParameters trained, INDArray initialCodes, List<Reference> references, StylePrior prior,
                               int steps, double learningRate, int batchSize, long seed, DoubleConsumer progress) {
        return fit(trained, initialCodes, references, prior, DICE_WEIGHT, steps, learningRate, batchSize, seed, progress);
    }

    /** Fits as the public method does, with {@code diceWeight} in place of {@link #DICE_WEIGHT}. */
    static INDArray fit(GanParameters trained, INDArray initialCodes, List<Reference> references, StylePrior prior,
                        double diceWeight, int steps, double learningRate, int batchSize, long seed,
                        DoubleConsumer progress) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("Cannot fit a style without reference glyphs; give at least one");
        }
        if (!(diceWeight >= 0 && Double.isFinite(diceWeight))) {
            throw new IllegalArgumentException("Invalid Dice weight " + diceWeight + ": give a finite number of zero or more");
        }
        GanParameters params = trained.withStyleEmbedding(initialCodes);
        SameDiff graph = prior == null ? GanGraphs.generatorOnly(params, diceWeight)
                : GanGraphs.styleFit(params, diceWeight, prior);
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

    /**
     * Returns, for each of {@code codes} codes, the row of {@code candidates} [C, styleDim] whose
     * glyphs are closest to that code's references by the fit loss; [codes, styleDim]. Two stages:
     * <ol>
     *   <li>shortlist: with more than {@link #SHORTLIST} candidates and more than
     *       {@link #SCREEN_REFERENCES} references, every candidate is scored on the first
     *       {@link #SCREEN_REFERENCES} references and the {@link #SHORTLIST} best are kept;</li>
     *   <li>choose: the kept candidates are scored on up to {@link #START_REFERENCES} references.</li>
     * </ol>
     */
    public static INDArray bestStarts(GanParameters trained, INDArray candidates, List<Reference> references, int codes) {
        GanParameters params = trained.withStyleEmbedding(candidates);
        SameDiff graph = GanGraphs.generatorOnly(params, DICE_WEIGHT);
        INDArray starts = Nd4j.create(DataType.FLOAT, codes, candidates.size(1));
        int[] all = java.util.stream.IntStream.range(0, (int) candidates.size(0)).toArray();
        for (int code = 0; code < codes; code++) {
            int codeIndex = code;
            List<Reference> own = references.stream().filter(r -> r.codeIndex() == codeIndex)
                    .limit(START_REFERENCES).toList();
            if (own.isEmpty()) {
                throw new IllegalArgumentException("Code " + code + " has no reference glyphs; give each code at least one");
            }
            int[] shortlist = all;
            if (all.length > SHORTLIST && own.size() > SCREEN_REFERENCES) {
                shortlist = lowest(all, losses(graph, params, all, own.subList(0, SCREEN_REFERENCES)), SHORTLIST);
            }
            int best = lowest(shortlist, losses(graph, params, shortlist, own), 1)[0];
            starts.putRow(code, candidates.getRow(best));
        }
        return starts;
    }

    /**
     * Returns the mean fit loss of each candidate row in {@code rows} on {@code references}, scoring
     * several candidates per generator call, up to {@link #GLYPHS_PER_CALL} glyphs.
     */
    static double[] losses(SameDiff graph, GanParameters params, int[] rows, List<Reference> references) {
        double[] losses = new double[rows.length];
        int perCall = Math.max(1, GLYPHS_PER_CALL / references.size());
        for (int first = 0; first < rows.length; first += perCall) {
            int count = Math.min(perCall, rows.length - first);
            List<Reference> batch = new java.util.ArrayList<>(count * references.size());
            for (int i = 0; i < count; i++) {
                int row = rows[first + i];
                references.forEach(r -> batch.add(new Reference(r.content(), r.glyph(), row)));
            }
            Map<String, INDArray> inputs = inputs(params, batch);
            float[] perGlyph = SameDiffOutput.toStderr(() -> graph.output(inputs, GanGraphs.GLYPH_FIT_LOSS))
                    .get(GanGraphs.GLYPH_FIT_LOSS).toFloatVector();
            for (int i = 0; i < count; i++) {
                double sum = 0;
                for (int j = 0; j < references.size(); j++) {
                    sum += perGlyph[i * references.size() + j];
                }
                losses[first + i] = sum / references.size();
            }
        }
        return losses;
    }

    /** Returns the {@code n} entries of {@code rows} with the lowest {@code losses}, lowest first. Ties keep row order. */
    static int[] lowest(int[] rows, double[] losses, int n) {
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> losses[i]));
        int[] lowest = new int[Math.min(n, rows.length)];
        for (int i = 0; i < lowest.length; i++) {
            lowest[i] = rows[order[i]];
        }
        return lowest;
    }

    /** Placeholder values for {@code references}: content, target glyphs and one-hot code rows, zero noise. */
    static Map<String, INDArray> inputs(GanParameters params, List<Reference> references) {
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
