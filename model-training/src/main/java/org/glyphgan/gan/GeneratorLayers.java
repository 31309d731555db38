package org.glyphgan.gan;

import java.util.List;

/**
 * The generator's convolutions: a U-Net whose encoder halves the content glyph four times and whose
 * decoder upsamples (nearest neighbour, then a 3×3 convolution, which avoids the checkerboard
 * artefacts of transposed convolutions) and concatenates the matching encoder stage. The style code
 * plus noise is broadcast over the bottleneck and the next two decoder stages.
 */
public final class GeneratorLayers {
    /** Name of the learned style embedding matrix [fonts, styleDim]. */
    public static final String STYLE_EMBEDDING = "g_style";

    /**
     * The decoder's convolutions, from the bottleneck's output up to the output layer: the layers
     * that {@link DecoderFineTuner} adapts to one style.
     */
    public static final List<String> DECODER = List.of("g_d3", "g_d2", "g_d1", "g_d0", "g_out");

    private GeneratorLayers() {
    }

    /** Names of the decoder's weight and bias arrays, {@code NAME_w} and {@code NAME_b} per layer. */
    public static List<String> decoderArrayNames() {
        return DECODER.stream().flatMap(layer -> java.util.stream.Stream.of(layer + "_w", layer + "_b")).toList();
    }

    public static List<ConvSpec> of(GanArchitecture arch) {
        int c = arch.generatorChannels();
        int s = arch.sizePx();
        int code = arch.styleDim() + arch.noiseDim();
        return List.of(
                new ConvSpec("g_e1", 1, c, 4, false, s / 2),
                new ConvSpec("g_e2", c, 2 * c, 4, false, s / 4),
                new ConvSpec("g_e3", 2 * c, 4 * c, 4, false, s / 8),
                new ConvSpec("g_e4", 4 * c, 8 * c, 4, false, s / 16),
                new ConvSpec("g_bottleneck", 8 * c + code, 8 * c, 3, true, s / 16),
                new ConvSpec("g_d3", 8 * c + 4 * c + code, 4 * c, 3, true, s / 8),
                new ConvSpec("g_d2", 4 * c + 2 * c + code, 2 * c, 3, true, s / 4),
                new ConvSpec("g_d1", 2 * c + c, c, 3, true, s / 2),
                new ConvSpec("g_d0", c + 1, c, 3, true, s),
                new ConvSpec("g_out", c, 1, 3, true, s));
    }

    /** Generator parameters excluding the style embedding. */
    public static long parameterCount(GanArchitecture arch) {
        return of(arch).stream().mapToLong(ConvSpec::parameterCount).sum();
    }

    /** Floating-point operations (2 per multiply-add) of one forward pass for one glyph. */
    public static long forwardFlops(GanArchitecture arch) {
        return 2 * of(arch).stream().mapToLong(ConvSpec::multiplyAdds).sum();
    }
}
