package org.glyphgan.svg;

/**
 * The one place where font space (y up) becomes SVG space (y down). Every SVG this package writes
 * uses the same mapping: x stays, y is negated, so the baseline is SVG y = 0, the ascender sits at
 * SVG y = -ascender and a glyph's viewBox is {@code 0 -ascender advanceWidth (ascender - descender)}.
 */
public final class SvgCoordinates {
    private SvgCoordinates() {
    }

    /** Converts a font-space y (font units, y up) to SVG user space (y down). */
    public static double svgY(double fontY) {
        return -fontY;
    }
}
