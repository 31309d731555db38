package org.glyphgan.raster;

/**
 * The one fixed frame every glyph is rendered in, shared by all fonts: the same scale from
 * unitsPerEm and the same baseline row, never refitted per glyph. Vertically the box spans from
 * {@code bottomEm} (below the baseline, for descenders) to {@code topEm} (above it, for capitals
 * with accents); horizontally it is {@code widthEm} wide and each glyph's advance width is centred
 * in it.
 *
 * @param sizePx  width and height of the square bitmap, in pixels
 * @param topEm   top edge of the box above the baseline, in em
 * @param bottomEm bottom edge of the box, in em (negative: below the baseline)
 * @param widthEm width of the box, in em; equal to {@code topEm - bottomEm} so pixels are square
 */
public record EmBox(int sizePx, double topEm, double bottomEm, double widthEm) {
    /**
     * Default frame: 1.22 em above the baseline to 0.52 em below it, 1.74 em wide (36.8 px per em
     * at 64 px). The corpus's tallest accented capitals reach 1.19 em and its deepest script
     * descenders 0.49 em, so every glyph keeps at least one pixel row of paper around it.
     */
    public static final double DEFAULT_TOP_EM = 1.22;
    public static final double DEFAULT_BOTTOM_EM = -0.52;

    public EmBox {
        if (sizePx <= 0) {
            throw new IllegalArgumentException("Em box size must be positive, got " + sizePx + " px");
        }
        if (!(topEm > bottomEm)) {
            throw new IllegalArgumentException("Em box top " + topEm + " em must be above its bottom " + bottomEm + " em");
        }
        if (Math.abs(widthEm - (topEm - bottomEm)) > 1e-9) {
            throw new IllegalArgumentException("Em box must be square: width " + widthEm + " em, height "
                    + (topEm - bottomEm) + " em");
        }
    }

    public static EmBox ofSize(int sizePx) {
        return new EmBox(sizePx, DEFAULT_TOP_EM, DEFAULT_BOTTOM_EM, DEFAULT_TOP_EM - DEFAULT_BOTTOM_EM);
    }

    /** Pixels per em. */
    public double pxPerEm() {
        return sizePx / (topEm - bottomEm);
    }

    /** Row of the baseline, measured from the top edge, in pixels (fractional). */
    public double baselinePx() {
        return topEm * pxPerEm();
    }

    /** Converts a font-space y (font units, y up) to a bitmap row coordinate (px, y down). */
    public double yToPx(double yUnits, int unitsPerEm) {
        return baselinePx() - yUnits / unitsPerEm * pxPerEm();
    }

    /** Converts a bitmap row coordinate (px, y down) back to font units (y up). */
    public double pxToY(double yPx, int unitsPerEm) {
        return (baselinePx() - yPx) / pxPerEm() * unitsPerEm;
    }

    /** Column (px) of the glyph origin when its advance width is centred in the box. */
    public double originXPx(double advanceWidthUnits, int unitsPerEm) {
        return (sizePx - advanceWidthUnits / unitsPerEm * pxPerEm()) / 2.0;
    }
}
