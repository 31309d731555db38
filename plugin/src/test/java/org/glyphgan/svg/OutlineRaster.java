package org.glyphgan.svg;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.GrayBitmap;

/** Test-side reference raster: fills the outline with Java2D, mapping font units to pixels, y down. */
final class OutlineRaster {
    private OutlineRaster() {
    }

    /**
     * Renders {@code outline} the way an SVG viewer maps the glyph's viewBox (advance width by em
     * height) onto widthPx by heightPx: uniform scale to fit, centred (preserveAspectRatio
     * xMidYMid meet, the SVG default).
     */
    static GrayBitmap renderLikeViewBox(GlyphOutline outline, int advanceWidth, int ascender, int descender,
            int widthPx, int heightPx) {
        int emHeight = ascender - descender;
        double scale = Math.min((double) widthPx / advanceWidth, (double) heightPx / emHeight);
        double offsetX = (widthPx - advanceWidth * scale) / 2;
        double offsetY = (heightPx - emHeight * scale) / 2;
        return render(outline, new AffineTransform(scale, 0, 0, -scale, offsetX, offsetY + ascender * scale),
                widthPx, heightPx);
    }

    private static GrayBitmap render(GlyphOutline outline, AffineTransform fontToPixels, int widthPx, int heightPx) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(Color.BLACK);
        graphics.fill(fontToPixels.createTransformedShape(outline.toPath()));
        graphics.dispose();
        float[] ink = new float[widthPx * heightPx];
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                ink[y * widthPx + x] = (image.getRGB(x, y) >>> 24) / 255f;
            }
        }
        return new GrayBitmap(widthPx, heightPx, ink);
    }

    /** Intersection over union of the pixels with ink above 0.5. */
    static double iou(GrayBitmap a, GrayBitmap b) {
        int intersection = 0;
        int union = 0;
        for (int i = 0; i < a.ink().length; i++) {
            boolean inA = a.ink()[i] > 0.5f;
            boolean inB = b.ink()[i] > 0.5f;
            intersection += inA && inB ? 1 : 0;
            union += inA || inB ? 1 : 0;
        }
        return union == 0 ? 1.0 : (double) intersection / union;
    }
}
