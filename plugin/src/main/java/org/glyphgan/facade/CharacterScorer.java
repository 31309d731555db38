package org.glyphgan.facade;

import org.glyphgan.raster.GrayBitmap;

/**
 * Scores how clearly a bitmap shows the character it should, for choosing among candidates.
 * Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface CharacterScorer {
    /** A scorer for when no classifier is loaded: every confidence is NaN. */
    CharacterScorer NONE = (glyph, codePoint) -> Double.NaN;

    /**
     * Returns the probability in [0, 1] that {@code glyph} shows {@code codePoint}, or NaN when the
     * scorer does not know that character.
     */
    double confidence(GrayBitmap glyph, int codePoint);
}
