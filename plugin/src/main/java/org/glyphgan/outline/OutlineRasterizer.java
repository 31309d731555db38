package org.glyphgan.outline;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

/**
 * Renders an outline back to a grayscale bitmap in the em box it was traced from, with
 * anti-aliased coverage from Java2D, for fidelity checks (trace, render back, compare).
 */
public final class OutlineRasterizer {
    private OutlineRasterizer() {
    }

    /**
     * Renders {@code outline} (font units, y up, non-zero winding) into an em-box-sized bitmap.
     *
     * @param originXPx column of the glyph origin in the bitmap, in pixels
     */
    public static GrayBitmap render(GlyphOutline outline, EmBox emBox, int unitsPerEm, double originXPx) {
        int size = emBox.sizePx();
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double scale = emBox.pxPerEm() / unitsPerEm;
            // Font y grows upwards from the baseline; bitmap rows grow downwards from the top.
            AffineTransform toPixels = new AffineTransform(scale, 0, 0, -scale, originXPx, emBox.baselinePx());
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fill(toPixels.createTransformedShape(outline.toPath()));
        } finally {
            graphics.dispose();
        }
        Raster raster = image.getRaster();
        float[] ink = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                ink[y * size + x] = raster.getSample(x, y, 0) / 255f;
            }
        }
        return new GrayBitmap(size, size, ink);
    }

    /**
     * Intersection over union of the ink of two bitmaps, each thresholded at {@code threshold};
     * 1 when neither has ink.
     */
    public static double inkIou(GrayBitmap a, GrayBitmap b, double threshold) {
        if (a.widthPx() != b.widthPx() || a.heightPx() != b.heightPx()) {
            throw new IllegalArgumentException("Bitmaps differ in size: " + a.widthPx() + "x" + a.heightPx()
                    + " vs " + b.widthPx() + "x" + b.heightPx());
        }
        int intersection = 0;
        int union = 0;
        float[] inkA = a.ink();
        float[] inkB = b.ink();
        for (int k = 0; k < inkA.length; k++) {
            boolean inA = inkA[k] >= threshold;
            boolean inB = inkB[k] >= threshold;
            if (inA && inB) {
                intersection++;
            }
            if (inA || inB) {
                union++;
            }
        }
        return union == 0 ? 1.0 : (double) intersection / union;
    }
}
