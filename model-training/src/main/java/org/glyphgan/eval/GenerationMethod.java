package org.glyphgan.eval;

import java.util.Map;
import java.util.Optional;
import org.glyphgan.raster.GrayBitmap;

/**
 * A way to draw a held-out font's characters from K of its glyphs: the model under evaluation or
 * a baseline. The harness scores every method on the same references and characters.
 */
public interface GenerationMethod {
    /** Short name used as the row label of the report, for example {@code model}. */
    String name();

    /**
     * Prepares drawing of one font from its reference glyphs (keyed by code point), for example
     * by fitting a style code.
     */
    FontGenerator forFont(String fontId, Map<Integer, GrayBitmap> references);

    /** Draws the characters of one prepared font. */
    interface FontGenerator {
        /** Returns the glyph for {@code codePoint}, or empty when this method has none for it. */
        Optional<GrayBitmap> generate(int codePoint);
    }
}
