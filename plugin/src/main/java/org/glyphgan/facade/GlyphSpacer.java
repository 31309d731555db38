package org.glyphgan.facade;

import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.EmBox;
import org.glyphgan.svg.GlyphSvgWriter;

/**
 * Places drawn glyphs on their advance widths: the outline moves so that its left side bearing is
 * the style's, and the advance width is the ink width plus that bearing on both sides. The SVG
 * of each glyph spans the whole em box vertically, so no generated ink is ever clipped.
 */
final class GlyphSpacer {
    private final int sideBearing;
    private final int svgAscender;
    private final int svgDescender;

    /**
     * @param sideBearing left and right side bearing, in font units
     */
    GlyphSpacer(int sideBearing, EmBox emBox, int unitsPerEm) {
        this.sideBearing = sideBearing;
        this.svgAscender = (int) Math.ceil(emBox.topEm() * unitsPerEm);
        this.svgDescender = (int) Math.floor(emBox.bottomEm() * unitsPerEm);
    }

    static GlyphSpacer ofEm(double sideBearingEm, EmBox emBox, int unitsPerEm) {
        return new GlyphSpacer((int) Math.round(sideBearingEm * unitsPerEm), emBox, unitsPerEm);
    }

    GeneratedGlyph place(DrawnGlyph drawn) {
        double[] extent = OutlinePlacement.xExtent(drawn.outline());
        GlyphOutline placed = OutlinePlacement.shiftX(drawn.outline(), sideBearing - extent[0]);
        int inkWidth = (int) Math.ceil(extent[1] - extent[0]);
        int advanceWidth = inkWidth + 2 * sideBearing;
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
