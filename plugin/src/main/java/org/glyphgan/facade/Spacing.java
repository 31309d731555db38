package org.glyphgan.facade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

/**
 * Horizontal spacing of generated glyphs. In a proportional set every glyph gets the same left and
 * right side bearing, the style's: a saved custom style stores one measured from its samples; any
 * other style gets {@link #DEFAULT_SIDE_BEARING_EM} scaled by its stem weight relative to a regular
 * text face, so bold styles are spaced wider and light ones tighter. In a monospaced set every glyph
 * is centred on one advance width, {@link #cellWidth}.
 */
final class Spacing {
    /** Side bearing of a style whose stems are {@link #REFERENCE_STEM_EM} thick, in em. */
    static final double DEFAULT_SIDE_BEARING_EM = 0.06;
    /** Stem thickness of a regular-weight text face, in em (DejaVu Sans: 184 of 2048 units). */
    static final double REFERENCE_STEM_EM = 0.09;
    /** Bounds of the stem-weight factor, so one odd estimate cannot give absurd spacing. */
    static final double MIN_STEM_FACTOR = 0.5;
    static final double MAX_STEM_FACTOR = 2.0;
    /** Space width as a fraction of the advance width of 'n', a usual starting value in type design. */
    static final double SPACE_PER_N_ADVANCE = 0.5;
    /** Space width when the set has no 'n', in em. */
    static final double DEFAULT_SPACE_EM = 0.25;
    private static final double INK_THRESHOLD = 0.5;
    /**
     * Advance width of a monospaced set as a multiple of its 90th-percentile ink width. Over the
     * 31 monospaced fonts of the corpus, on U+0021-U+007E, the ratio has a median of 1.124 and
     * ranges from 1.029 to 1.227; {@code MonospacedAdvanceRuleTest} prints it per font.
     */
    static final double CELL_PER_P90_INK_WIDTH = 1.12;
    /** Advance width of a monospaced set whose glyphs have no ink, in em: the usual 600 of 1000. */
    static final double DEFAULT_CELL_EM = 0.6;

    private Spacing() {
    }

    /** Returns the default side bearing for glyphs drawn as {@code bitmaps}, in em. */
    static double defaultSideBearingEm(List<GrayBitmap> bitmaps, EmBox emBox) {
        double stemEm = stemEm(bitmaps, emBox);
        if (Double.isNaN(stemEm)) {
            return DEFAULT_SIDE_BEARING_EM;
        }
        double factor = Math.max(MIN_STEM_FACTOR, Math.min(MAX_STEM_FACTOR, stemEm / REFERENCE_STEM_EM));
        return DEFAULT_SIDE_BEARING_EM * factor;
    }

    /**
     * Estimates the stem thickness as the median over glyphs of 2 × ink area / outline length: a
     * stroke of width w and length L has area wL and an outline of about 2L. Pixel-edge lengths
     * overstate slanted and curved edges by 4/π on average, which the estimate corrects. Returns
     * NaN when no bitmap has ink.
     */
    static double stemEm(List<GrayBitmap> bitmaps, EmBox emBox) {
        List<Double> stems = new ArrayList<>();
        for (GrayBitmap bitmap : bitmaps) {
            double stemPx = stemPx(bitmap);
            if (!Double.isNaN(stemPx)) {
                stems.add(stemPx / emBox.pxPerEm());
            }
        }
        if (stems.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = stems.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double stemPx(GrayBitmap bitmap) {
        int area = 0;
        int edges = 0;
        for (int y = 0; y < bitmap.heightPx(); y++) {
            for (int x = 0; x < bitmap.widthPx(); x++) {
                if (!ink(bitmap, x, y)) {
                    continue;
                }
                area++;
                edges += ink(bitmap, x - 1, y) ? 0 : 1;
                edges += ink(bitmap, x + 1, y) ? 0 : 1;
                edges += ink(bitmap, x, y - 1) ? 0 : 1;
                edges += ink(bitmap, x, y + 1) ? 0 : 1;
            }
        }
        if (area == 0) {
            return Double.NaN;
        }
        return 2.0 * area / (edges * Math.PI / 4);
    }

    private static boolean ink(GrayBitmap bitmap, int x, int y) {
        return bitmap.get(x, y) >= INK_THRESHOLD;
    }

    /**
     * Returns the advance width that every glyph of a monospaced set shares, in font units:
     * {@link #CELL_PER_P90_INK_WIDTH} times the 90th percentile of the outlines' ink widths. It takes
     * a percentile rather than the maximum so that one stray wide drawing does not widen every glyph.
     * Glyphs wider than the advance overhang it equally on both sides.
     */
    static int cellWidth(List<GlyphOutline> outlines, int unitsPerEm) {
        double[] inkWidths = outlines.stream().filter(outline -> !outline.isEmpty())
                .mapToDouble(outline -> {
                    double[] extent = OutlinePlacement.inkExtent(outline);
                    return extent[1] - extent[0];
                }).toArray();
        return cellWidth(inkWidths, unitsPerEm);
    }

    /** Returns the shared advance width for glyphs of {@code inkWidths}, in the same units. */
    static int cellWidth(double[] inkWidths, int unitsPerEm) {
        if (inkWidths.length == 0) {
            return (int) Math.round(DEFAULT_CELL_EM * unitsPerEm);
        }
        return (int) Math.round(CELL_PER_P90_INK_WIDTH * percentile90(inkWidths));
    }

    /** Returns the 90th percentile of {@code values} by the nearest-rank method, so of two values the larger. */
    static double percentile90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
    }

    /** Returns the advance width of the space glyph in font units, from the set's 'n' when it has one. */
    static int spaceWidth(List<GeneratedGlyph> glyphs, int unitsPerEm) {
        for (GeneratedGlyph glyph : glyphs) {
            if (glyph.codePoint() == 'n') {
                return (int) Math.round(glyph.advanceWidth() * SPACE_PER_N_ADVANCE);
            }
        }
        return (int) Math.round(DEFAULT_SPACE_EM * unitsPerEm);
    }
}
