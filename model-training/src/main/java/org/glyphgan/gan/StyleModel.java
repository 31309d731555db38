package org.glyphgan.gan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.glyphgan.raster.GrayBitmap;

/**
 * A trained glyph generator as inference sees it: draws any supported character in a style, fits
 * new styles from reference glyphs, and scores glyphs for realism. Implementations must be safe
 * for concurrent use.
 */
public interface StyleModel {
    /** Width and height of the bitmaps this model reads and draws, in pixels. */
    int sizePx();

    /** Code points this model can draw, ascending. */
    List<Integer> codePoints();

    /** The learned style of each training font, by style name, in a stable order. */
    Map<String, StyleCode> namedStyles();

    /** Draws a random style from the fitted distribution of the training codes. */
    StyleCode randomStyle(long seed);

    /**
     * Fits a style code to reference glyphs (bitmaps in the model's em box, keyed by code point).
     *
     * @param progress receives the completed fraction in [0, 1]; may be called from this thread only
     */
    StyleCode fitStyle(Map<Integer, GrayBitmap> references, long seed, DoubleConsumer progress);

    /** Draws {@code codePoint} in {@code style}; {@code noiseSeed} selects one of many candidates. */
    GrayBitmap generate(StyleCode style, int codePoint, long noiseSeed);

    /**
     * Draws {@code codePoint} in {@code style} with zero noise, the input at which {@link #fitStyle}
     * fits codes: the drawing closest to the references of a fitted style.
     */
    GrayBitmap generateWithoutNoise(StyleCode style, int codePoint);

    /** The discriminator's probability in [0, 1] that {@code glyph} is a real glyph of this style. */
    double realism(StyleCode style, int codePoint, GrayBitmap glyph);

    /**
     * Returns the base font's glyph that the generator draws {@code codePoint} from, or empty when the
     * model has none for it.
     */
    default Optional<GrayBitmap> contentGlyph(int codePoint) {
        return Optional.empty();
    }
}
