package org.glyphgan.trace;

import org.glyphgan.outline.Point;
import org.glyphgan.raster.EmBox;

/**
 * The mapping from source-bitmap pixel coordinates (y down) to font units (y up) for one glyph:
 * the em box fixes the scale and the baseline row, {@code originXPx} is the column of the
 * glyph's origin.
 *
 * @param emBox      frame the bitmap was rendered in
 * @param unitsPerEm font units per em of the target font
 * @param originXPx  column of the glyph origin (x = 0 in font units), in source pixels
 */
public record FontSpaceMapping(EmBox emBox, int unitsPerEm, double originXPx) {
    public FontSpaceMapping {
        if (unitsPerEm <= 0) {
            throw new IllegalArgumentException("unitsPerEm must be positive, got " + unitsPerEm);
        }
    }

    /** Mapping for a glyph whose advance width is centred in the em box, as the renderer does. */
    public static FontSpaceMapping centred(EmBox emBox, int unitsPerEm, double advanceWidthUnits) {
        return new FontSpaceMapping(emBox, unitsPerEm, emBox.originXPx(advanceWidthUnits, unitsPerEm));
    }

    /**
     * Converts a source-bitmap point to font units. This is the one place where the tracer flips
     * y: bitmap rows grow downwards, font y grows upwards from the baseline, and
     * {@link EmBox#pxToY} does that flip.
     */
    public Point toFontUnits(double xPx, double yPx) {
        double x = (xPx - originXPx) / emBox.pxPerEm() * unitsPerEm;
        double y = emBox.pxToY(yPx, unitsPerEm);
        return new Point(x, y);
    }

    /** Inverse of {@link #toFontUnits}: column of a font-space x, in source pixels. */
    public double xToPx(double xUnits) {
        return originXPx + xUnits / unitsPerEm * emBox.pxPerEm();
    }

    /** Inverse of {@link #toFontUnits}: row of a font-space y, in source pixels. */
    public double yToPx(double yUnits) {
        return emBox.yToPx(yUnits, unitsPerEm);
    }
}
