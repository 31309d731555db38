package org.glyphgan.gan;

import java.util.List;
import java.util.Locale;
import org.glyphgan.eval.GlyphMetrics;
import org.glyphgan.raster.GrayBitmap;

/**
 * Running totals of the benchmarks in this package, one column per compared setting: summed ink IoU
 * of the held-out glyphs and the glyphs drawn blank or broken where the real one is neither.
 */
final class HeldOutTally {
    private final double[] iouSums;
    private final int[] unexpected;
    private int glyphCount;

    HeldOutTally(int columns) {
        iouSums = new double[columns];
        unexpected = new int[columns];
    }

    /**
     * Adds {@code drawn}, the font's held-out characters in order, to {@code column} and returns
     * their mean ink IoU.
     */
    double add(int column, HeldOutFont font, List<GrayBitmap> drawn) {
        double iou = 0;
        for (int i = 0; i < font.heldOut().size(); i++) {
            GrayBitmap real = font.glyphs().get(font.heldOut().get(i));
            iou += GlyphMetrics.inkIoU(drawn.get(i), real);
            if (GlyphMetrics.isBlankOrBroken(drawn.get(i)) && !GlyphMetrics.isBlankOrBroken(real)) {
                unexpected[column]++;
            }
        }
        iouSums[column] += iou;
        return iou / font.heldOut().size();
    }

    /** Counts the font's held-out glyphs once, after every column has scored them. */
    void fontDone(HeldOutFont font) {
        glyphCount += font.heldOut().size();
    }

    /** Prints one summary line per column, labelled by {@code labels} in column order. */
    void print(List<?> labels) {
        for (int column = 0; column < iouSums.length; column++) {
            System.out.printf(Locale.ROOT, "%-40s mean ink IoU %.4f, unexpected blank or broken %d of %d glyphs%n",
                    labels.get(column), iouSums[column] / glyphCount, unexpected[column], glyphCount);
        }
    }
}
