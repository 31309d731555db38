package org.glyphgan.eval;

import java.util.List;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversion of glyph bitmaps and characters into the classifier's input and label matrices. */
final class GlyphFeatures {
    private GlyphFeatures() {
    }

    /** Returns a [glyphs, sizePx²] matrix of ink coverage, each row one bitmap flattened row-major. */
    static INDArray features(List<GrayBitmap> glyphs, int sizePx) {
        float[][] rows = new float[glyphs.size()][];
        for (int i = 0; i < rows.length; i++) {
            GrayBitmap glyph = glyphs.get(i);
            if (glyph.widthPx() != sizePx || glyph.heightPx() != sizePx) {
                throw new IllegalArgumentException("The classifier reads " + sizePx + "x" + sizePx
                        + " px glyphs, got " + glyph.widthPx() + "x" + glyph.heightPx()
                        + " px; render the glyphs at the classifier's size or retrain it");
            }
            rows[i] = glyph.ink();
        }
        return Nd4j.create(rows);
    }

    /** Returns a [codePoints, 94] one-hot matrix of the characters' class indices. */
    static INDArray oneHotLabels(List<Integer> codePoints) {
        INDArray labels = Nd4j.zeros(codePoints.size(), BasicLatin.SIZE);
        for (int i = 0; i < codePoints.size(); i++) {
            labels.putScalar(i, BasicLatin.indexOf(codePoints.get(i)), 1.0);
        }
        return labels;
    }

    /** Returns a copy of {@code glyph} moved by (dx, dy) pixels, with paper in the vacated area. */
    static GrayBitmap shift(GrayBitmap glyph, int dx, int dy) {
        GrayBitmap shifted = GrayBitmap.blank(glyph.widthPx(), glyph.heightPx());
        for (int y = 0; y < glyph.heightPx(); y++) {
            for (int x = 0; x < glyph.widthPx(); x++) {
                shifted.set(x, y, glyph.get(x - dx, y - dy));
            }
        }
        return shifted;
    }
}
