package org.glyphgan.facade;

import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.EmBox;
import org.glyphgan.svg.GlyphSvgWriter;

/**
 * Places drawn glyphs on their advance widths. Proportional: the outline moves so that its left
 * side bearing is the style's, and the advance width is the ink width plus that bearing on both
 * sides. Monospaced: every glyph gets the same advance width, with its ink centred on it. The SVG
 * of each glyph spans the whole em box vertically, so no generated ink is ever clipped.
 */
final class GlyphSpacer {
    private final int sideBearing;
    /** The advance width every glyph shares, in font units, or 0 for proportional spacing. */
    private final int fixedAdvanceWidth;
    private final int svgAscender;
    private final int svgDescender;

    /**
     * Creates a proportional spacer.
     *
     * @param sideBearing left and right side bearing, in font units
     */
    GlyphSpacer(int sideBearing, EmBox emBox, int unitsPerEm) {
        this(sideBearing, 0, emBox, unitsPerEm);
    }

    private GlyphSpacer(int sideBearing, int fixedAdvanceWidth, EmBox emBox, int unitsPerEm) {
        this.sideBearing = sideBearing;
        this.fixedAdvanceWidth = fixedAdvanceWidth;
        this.svgAscender = (int) Math.ceil(emBox.topEm() * unitsPerEm);
        this.svgDescender = (int) Math.floor(emBox.bottomEm() * unitsPerEm);
    }

    static GlyphSpacer ofEm(double sideBearingEm, EmBox emBox, int unitsPerEm) {
        return new GlyphSpacer((int) Math.round(sideBearingEm * unitsPerEm), emBox, unitsPerEm);
    }

    /** Creates a spacer that centres every glyph on {@code advanceWidth} font units. */
    static GlyphSpacer monospaced(int advanceWidth, EmBox emBox, int unitsPerEm) {
        if (advanceWidth <= 0) {
            throw new IllegalArgumentException("Invalid monospaced advance width " + advanceWidth + ": it must be positive");
        }
        return new GlyphSpacer(0, advanceWidth, emBox, unitsPerEm);
    }

    /**
     * Places one glyph. A proportional glyph's control-point box starts at the side bearing, as the
     * glyf table's xMin counts it. A monospaced glyph's drawn ink is centred on the advance.
     */
    GeneratedGlyph place(DrawnGlyph drawn) {
        int advanceWidth;
        double shift;
        if (fixedAdvanceWidth > 0) {
            double[] ink = OutlinePlacement.inkExtent(drawn.outline());
            advanceWidth = fixedAdvanceWidth;
            shift = Math.round((fixedAdvanceWidth - (ink[1] - ink[0])) / 2) - ink[0];
        } else {
            double[] extent = OutlinePlacement.xExtent(drawn.outline());
            advanceWidth = (int) Math.ceil(extent[1] - extent[0]) + 2 * sideBearing;
            shift = sideBearing - extent[0];
        }
        GlyphOutline placed = OutlinePlacement.shiftX(drawn.outline(), shift);
        String svg = GlyphSvgWriter.toSvg(placed, advanceWidth, svgAscender, svgDescender);
        return new GeneratedGlyph(drawn.codePoint(), drawn.bitmap(), placed, advanceWidth, svg, drawn.realism(),
                drawn.classifierConfidence());
    }

    int svgAscender() {
        return svgAscender;
    }

    int svgDescender() {
        return svgDescender;
    }
}
