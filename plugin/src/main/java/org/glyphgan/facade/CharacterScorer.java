package org.glyphgan.facade;

import java.util.Arrays;
import java.util.List;
import org.glyphgan.raster.GrayBitmap;

/**
 * Scores how clearly bitmaps show the characters they should, for choosing among candidates.
 * Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface CharacterScorer {
    /** A scorer for when no classifier is loaded: every confidence is NaN. */
    CharacterScorer NONE = (glyphs, codePoints) -> {
        double[] none = new double[glyphs.size()];
        Arrays.fill(none, Double.NaN);
        return none;
    };

    /**
     * Returns, per glyph, the probability in [0, 1] that it shows the code point at the same index,
     * or NaN where the scorer does not know that character.
     */
    double[] confidences(List<GrayBitmap> glyphs, List<Integer> codePoints);
}
