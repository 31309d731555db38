package org.glyphgan.gan;

import java.util.List;

/**
 * The discriminator's convolutions: a PatchGAN over the content glyph and the candidate glyph
 * stacked as two channels, with no normalization layers, ending in one logit per 8×8 pixel cell.
 */
public final class DiscriminatorLayers {
    private DiscriminatorLayers() {
    }

    public static List<ConvSpec> of(GanArchitecture arch) {
        int c = arch.discriminatorChannels();
        int s = arch.sizePx();
        return List.of(
                new ConvSpec("d_c1", 2, c, 4, false, s / 2),
                new ConvSpec("d_c2", c, 2 * c, 4, false, s / 4),
                new ConvSpec("d_c3", 2 * c, 4 * c, 4, false, s / 8),
                new ConvSpec("d_patch", 4 * c, 1, 3, true, s / 8));
    }

    public static long parameterCount(GanArchitecture arch) {
        return of(arch).stream().mapToLong(ConvSpec::parameterCount).sum();
    }

    /** Floating-point operations (2 per multiply-add) of one forward pass for one glyph. */
    public static long forwardFlops(GanArchitecture arch) {
        return 2 * of(arch).stream().mapToLong(ConvSpec::multiplyAdds).sum();
    }
}
