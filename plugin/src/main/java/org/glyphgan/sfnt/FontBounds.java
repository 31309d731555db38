package org.glyphgan.sfnt;

import java.util.List;

/** The union of the bounding boxes of every glyph with contours (off-curve points included). */
record FontBounds(int xMin, int yMin, int xMax, int yMax) {
    static FontBounds of(List<TrueTypeGlyph> glyphs) {
        int xMin = Integer.MAX_VALUE;
        int yMin = Integer.MAX_VALUE;
        int xMax = Integer.MIN_VALUE;
        int yMax = Integer.MIN_VALUE;
        for (TrueTypeGlyph glyph : glyphs) {
            if (!glyph.isEmpty()) {
                xMin = Math.min(xMin, glyph.xMin());
                yMin = Math.min(yMin, glyph.yMin());
                xMax = Math.max(xMax, glyph.xMax());
                yMax = Math.max(yMax, glyph.yMax());
            }
        }
        if (xMin == Integer.MAX_VALUE) {
            return new FontBounds(0, 0, 0, 0);
        }
        return new FontBounds(xMin, yMin, xMax, yMax);
    }
}
