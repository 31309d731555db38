package org.glyphgan.gan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The named parameter arrays of generator and discriminator. Graphs built from one instance share
 * these arrays, so an in-place update is seen by every graph.
 */
public final class GanParameters {
    private final GanArchitecture architecture;
    private final Map<String, INDArray> arrays;

    public GanParameters(GanArchitecture architecture, Map<String, INDArray> arrays) {
        this.architecture = architecture;
        this.arrays = new LinkedHashMap<>(arrays);
    }

    /** Creates He-initialised weights, zero biases and a small random style embedding. */
    public static GanParameters initialise(GanArchitecture arch, int fontCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        addConvolutions(arrays, GeneratorLayers.of(arch), random);
        addConvolutions(arrays, DiscriminatorLayers.of(arch), random);
        arrays.put(GeneratorLayers.STYLE_EMBEDDING, gaussian(new long[] {fontCount, arch.styleDim()}, 0.1, random));
        return new GanParameters(arch, arrays);
    }

    /**
     * Returns the shape of every array that {@link #initialise} creates for {@code arch} and
     * {@code fontCount}, by name and in the same order, without allocating the arrays.
     */
    public static Map<String, long[]> shapes(GanArchitecture arch, int fontCount) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (List<ConvSpec> specs : List.of(GeneratorLayers.of(arch), DiscriminatorLayers.of(arch))) {
            for (ConvSpec spec : specs) {
                shapes.put(spec.name() + "_w", spec.weightShape());
                shapes.put(spec.name() + "_b", new long[] {spec.outChannels()});
            }
        }
        shapes.put(GeneratorLayers.STYLE_EMBEDDING, new long[] {fontCount, arch.styleDim()});
        return shapes;
    }

    private static void addConvolutions(Map<String, INDArray> arrays, List<ConvSpec> specs, SplittableRandom random) {
        for (ConvSpec spec : specs) {
            double fanIn = (double) spec.kernelPx() * spec.kernelPx() * spec.inChannels();
            arrays.put(spec.name() + "_w", gaussian(spec.weightShape(), Math.sqrt(2.0 / fanIn), random));
            arrays.put(spec.name() + "_b", Nd4j.zeros(DataType.FLOAT, spec.outChannels()));
        }
    }

    static INDArray gaussian(long[] shape, double std, SplittableRandom random) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        float[] values = new float[Math.toIntExact(n)];
        java.util.Random gauss = new java.util.Random(random.nextLong());
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (gauss.nextGaussian() * std);
        }
        return Nd4j.create(values, shape, 'c');
    }

    public GanArchitecture architecture() {
        return architecture;
    }

    public INDArray get(String name) {
        INDArray array = arrays.get(name);
        if (array == null) {
            throw new IllegalArgumentException("No parameter array named " + name + "; known: " + arrays.keySet());
        }
        return array;
    }

    /** All arrays by name, in insertion order; the map is a view and the arrays are live. */
    public Map<String, INDArray> arrays() {
        return java.util.Collections.unmodifiableMap(arrays);
    }

    /** Names of the generator's arrays, the style embedding included. */
    public List<String> generatorNames() {
        return arrays.keySet().stream().filter(n -> n.startsWith("g_")).toList();
    }

    public List<String> discriminatorNames() {
        return arrays.keySet().stream().filter(n -> n.startsWith("d_")).toList();
    }

    public int fontCount() {
        return (int) get(GeneratorLayers.STYLE_EMBEDDING).size(0);
    }

    /** A deep copy, independent of this instance's arrays. */
    public GanParameters copy() {
        Map<String, INDArray> copies = new LinkedHashMap<>();
        arrays.forEach((name, array) -> copies.put(name, array.dup()));
        return new GanParameters(architecture, copies);
    }

    /**
     * Returns a deep copy with the arrays of {@code replacements} in place of this instance's arrays of the
     * same names.
     *
     * @throws IllegalArgumentException for a name this instance lacks or an array of another shape
     */
    public GanParameters withArrays(Map<String, INDArray> replacements) {
        GanParameters copy = copy();
        for (Map.Entry<String, INDArray> entry : replacements.entrySet()) {
            INDArray current = get(entry.getKey());
            INDArray replacement = entry.getValue();
            if (!java.util.Arrays.equals(current.shape(), replacement.shape())) {
                throw new IllegalArgumentException("Array " + entry.getKey() + " has shape "
                        + java.util.Arrays.toString(replacement.shape()) + " but this model's has "
                        + java.util.Arrays.toString(current.shape()) + "; use arrays tuned from this model");
            }
            copy.arrays.put(entry.getKey(), replacement.castTo(current.dataType()).dup());
        }
        return copy;
    }

    /** A deep copy with the style embedding replaced by {@code embedding} [fonts, styleDim]. */
    public GanParameters withStyleEmbedding(INDArray embedding) {
        GanParameters copy = copy();
        copy.arrays.put(GeneratorLayers.STYLE_EMBEDDING, embedding.dup());
        return copy;
    }
}
