package org.glyphgan.samples;

/**
 * Horizontal spacing suggested by the samples.
 *
 * @param sideBearingEm mean of the left and right side bearings, in em: measured exactly from
 *                      font samples, {@link #DEFAULT_SIDE_BEARING_EM} when only images were given
 */
public record SpacingHint(double sideBearingEm) {
    /**
     * Side bearing assumed for image samples, whose spacing is unknown because an image shows only
     * ink. Over the 27 TrueType fonts of the training corpus, the mean side bearing of a–z has a
     * median of 0.039 em (range 0.004 to 0.077 em).
     */
    public static final double DEFAULT_SIDE_BEARING_EM = 0.04;

    public SpacingHint {
        if (!Double.isFinite(sideBearingEm)) {
            throw new IllegalArgumentException("Side bearing must be a finite number of em, got " + sideBearingEm);
        }
    }

    public static SpacingHint estimatedDefault() {
        return new SpacingHint(DEFAULT_SIDE_BEARING_EM);
    }
}
