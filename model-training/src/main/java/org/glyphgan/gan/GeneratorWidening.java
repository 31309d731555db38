package org.glyphgan.gan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Widens a trained generator to more channels without changing what it draws, so a larger generator
 * can start from a trained one (Net2WiderNet: Chen, Goodfellow and Shlens, "Net2Net: Accelerating
 * Learning via Knowledge Transfer", ICLR 2016, arXiv:1511.05641). Three stages per convolution:
 * <ol>
 *   <li>map: new output channel {@code j} copies old channel {@code j mod old}, so each old channel
 *       has one or more replicas with the same incoming weights and bias;</li>
 *   <li>split: a layer that reads a widened stage divides each old incoming weight among the replicas
 *       of its channel, with shares that sum to 1;</li>
 *   <li>perturb: the shares differ by a small random amount, so replicas get different gradients and
 *       do not stay copies of each other. Replicas compute the same activation, so any shares that sum
 *       to 1 leave the output unchanged.</li>
 * </ol>
 * Leaky ReLU acts per channel and the generator has no normalization layer, so the widened generator
 * draws the same glyphs up to float rounding. The discriminator and the style embedding are copied.
 */
public final class GeneratorWidening {
    /** Standard deviation of the relative share perturbation. */
    static final double SHARE_NOISE = 0.1;
    /** Channels of an input segment that no generator convolution produces: content glyph or style code. */
    private static final String FIXED = "";

    /**
     * The input segments of each convolution in concatenation order (see {@link GanGraphs}): the
     * producing layer's name, or {@link #FIXED} for the content glyph and the style code plus noise.
     */
    private static final Map<String, List<String>> INPUTS = Map.of(
            "g_e1", List.of(FIXED),
            "g_e2", List.of("g_e1"),
            "g_e3", List.of("g_e2"),
            "g_e4", List.of("g_e3"),
            "g_bottleneck", List.of("g_e4", FIXED),
            "g_d3", List.of("g_bottleneck", "g_e3", FIXED),
            "g_d2", List.of("g_d3", "g_e2", FIXED),
            "g_d1", List.of("g_d2", "g_e1"),
            "g_d0", List.of("g_d1", FIXED),
            "g_out", List.of("g_d0"));

    private GeneratorWidening() {
    }

    /**
     * Returns {@code trained} with a generator of {@code generatorChannels} channels in its first stage.
     *
     * @param seed seeds the share perturbation
     * @throws IllegalArgumentException when {@code generatorChannels} is below the trained generator's
     */
    public static GanParameters widen(GanParameters trained, int generatorChannels, long seed) {
        GanArchitecture from = trained.architecture();
        if (generatorChannels < from.generatorChannels()) {
            throw new IllegalArgumentException("Invalid generatorChannels: a generator of " + from.generatorChannels()
                    + " channels cannot be narrowed to " + generatorChannels + ". Set generatorChannels to at least "
                    + from.generatorChannels());
        }
        GanArchitecture to = new GanArchitecture(from.sizePx(), generatorChannels, from.discriminatorChannels(),
                from.styleDim(), from.noiseDim());
        Map<String, ConvSpec> oldSpecs = byName(GeneratorLayers.of(from));
        Map<String, ConvSpec> newSpecs = byName(GeneratorLayers.of(to));
        Map<String, INDArray> arrays = new LinkedHashMap<>(trained.copy().arrays());
        Random random = new Random(seed);
        for (ConvSpec spec : newSpecs.values()) {
            ConvSpec old = oldSpecs.get(spec.name());
            int[][] inputMap = inputMap(spec.name(), oldSpecs, newSpecs, old.inChannels());
            int[] outputMap = replicaMap(old.outChannels(), spec.outChannels());
            arrays.put(spec.name() + "_w", widenWeight(trained.get(spec.name() + "_w"), spec, inputMap, outputMap, random));
            arrays.put(spec.name() + "_b", widenBias(trained.get(spec.name() + "_b"), outputMap));
        }
        return new GanParameters(to, arrays);
    }

    /** Maps new channel {@code j} of a stage widened from {@code oldWidth} to old channel {@code j mod oldWidth}. */
    static int[] replicaMap(int oldWidth, int newWidth) {
        int[] map = new int[newWidth];
        for (int j = 0; j < newWidth; j++) {
            map[j] = j % oldWidth;
        }
        return map;
    }

    /**
     * Returns, for each new input channel of {@code layer}, its old input channel and its number of
     * replicas: {@code [channel, replicas]}. Fixed segments keep their channels with one replica each.
     */
    private static int[][] inputMap(String layer, Map<String, ConvSpec> oldSpecs, Map<String, ConvSpec> newSpecs,
                                    int oldInChannels) {
        int[][] map = new int[newSpecs.get(layer).inChannels()][];
        int oldOffset = 0;
        int newOffset = 0;
        int fixedWidth = oldInChannels - widenedWidth(layer, oldSpecs);
        for (String segment : INPUTS.get(layer)) {
            int oldWidth = segment.equals(FIXED) ? fixedWidth : oldSpecs.get(segment).outChannels();
            int newWidth = segment.equals(FIXED) ? fixedWidth : newSpecs.get(segment).outChannels();
            int[] replicas = replicaMap(oldWidth, newWidth);
            for (int j = 0; j < newWidth; j++) {
                int copies = newWidth / oldWidth + (replicas[j] < newWidth % oldWidth ? 1 : 0);
                map[newOffset + j] = new int[] {oldOffset + replicas[j], copies};
            }
            oldOffset += oldWidth;
            newOffset += newWidth;
        }
        if (oldOffset != oldInChannels || newOffset != map.length) {
            throw new IllegalStateException("Input segments of " + layer + " cover " + oldOffset + " of "
                    + oldInChannels + " old channels; the segment table is out of date with GeneratorLayers");
        }
        return map;
    }

    /** Returns the sum of the widened segments' old widths. A layer has at most one fixed segment. */
    private static int widenedWidth(String layer, Map<String, ConvSpec> oldSpecs) {
        return INPUTS.get(layer).stream().filter(s -> !s.equals(FIXED)).mapToInt(s -> oldSpecs.get(s).outChannels()).sum();
    }

    /**
     * Builds the widened weight [kH, kW, in, out]: each new element reads the old element of its mapped
     * input and output channel, times its replica's share of that input channel.
     */
    private static INDArray widenWeight(INDArray old, ConvSpec spec, int[][] inputMap, int[] outputMap, Random random) {
        float[] source = old.dup('c').ravel().toFloatVector();
        int oldIn = (int) old.size(2);
        int oldOut = (int) old.size(3);
        int in = spec.inChannels();
        int out = spec.outChannels();
        int taps = spec.kernelPx() * spec.kernelPx();
        float[] widened = new float[taps * in * out];
        for (int tap = 0; tap < taps; tap++) {
            for (int o = 0; o < out; o++) {
                double[] shares = shares(inputMap, oldIn, random);
                for (int i = 0; i < in; i++) {
                    float value = source[(tap * oldIn + inputMap[i][0]) * oldOut + outputMap[o]];
                    widened[(tap * in + i) * out + o] = (float) (value * shares[i]);
                }
            }
        }
        return Nd4j.create(widened, spec.weightShape(), 'c');
    }

    /**
     * Returns each new input channel's share of its old channel: {@code (1 + e) / replicas}, where the
     * perturbations {@code e} of one old channel's replicas are Gaussian draws minus their mean, so the
     * shares of one old channel sum to exactly 1 before rounding.
     */
    private static double[] shares(int[][] inputMap, int oldInChannels, Random random) {
        double[] shares = new double[inputMap.length];
        double[] noiseSums = new double[oldInChannels];
        for (int i = 0; i < inputMap.length; i++) {
            shares[i] = inputMap[i][1] == 1 ? 0 : random.nextGaussian() * SHARE_NOISE;
            noiseSums[inputMap[i][0]] += shares[i];
        }
        for (int i = 0; i < inputMap.length; i++) {
            double mean = noiseSums[inputMap[i][0]] / inputMap[i][1];
            shares[i] = (1 + shares[i] - mean) / inputMap[i][1];
        }
        return shares;
    }

    private static INDArray widenBias(INDArray old, int[] outputMap) {
        float[] source = old.dup().ravel().toFloatVector();
        float[] widened = new float[outputMap.length];
        for (int o = 0; o < outputMap.length; o++) {
            widened[o] = source[outputMap[o]];
        }
        return Nd4j.create(widened, new long[] {outputMap.length}, 'c');
    }

    private static Map<String, ConvSpec> byName(List<ConvSpec> specs) {
        Map<String, ConvSpec> map = new LinkedHashMap<>();
        specs.forEach(spec -> map.put(spec.name(), spec));
        return map;
    }
}
