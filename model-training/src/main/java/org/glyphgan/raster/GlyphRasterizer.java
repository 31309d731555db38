package org.glyphgan.raster;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Renders glyph outlines into the shared {@link EmBox} as antialiased ink coverage. Java2D fills
 * the shape with antialiasing at {@code supersample} times the target resolution and the result is
 * box-filtered down, so each output pixel approximates the exact area of the pixel covered by ink.
 * {@code RasterAccuracyTest} measures the error of each mode against exact coverage.
 * <p>
 * Every glyph uses the same scale (from unitsPerEm) and the same baseline row. A glyph is only
 * shifted horizontally so that its advance width is centred, and is never scaled to fit.
 */
public final class GlyphRasterizer {
    /** Default supersampling factor per axis. */
    public static final int DEFAULT_SUPERSAMPLE = 4;

    private final EmBox box;
    private final int supersample;

    /**
     * @param box         the em box every glyph is rendered in
     * @param supersample samples per pixel along each axis (1 = Java2D antialiasing alone)
     */
    public GlyphRasterizer(EmBox box, int supersample) {
        if (supersample < 1 || supersample > 16) {
            throw new IllegalArgumentException("Supersampling factor must be 1 to 16, got " + supersample);
        }
        this.box = box;
        this.supersample = supersample;
    }

    public GlyphRasterizer(EmBox box) {
        this(box, DEFAULT_SUPERSAMPLE);
    }

    public EmBox box() {
        return box;
    }

    public int supersample() {
        return supersample;
    }

    /**
     * Renders a glyph outline given in font units (y up) into the em box.
     *
     * @param outline            the glyph outline, font units, y up, with its own winding rule
     * @param unitsPerEm         the font's unitsPerEm, which sets the scale
     * @param advanceWidthUnits  the glyph's advance width in font units, centred in the box
     */
    public GrayBitmap render(Shape outline, int unitsPerEm, double advanceWidthUnits) {
        return renderPx(outline, fontToPx(unitsPerEm, advanceWidthUnits), box.sizePx(), box.sizePx());
    }

    /**
     * Returns the transform from font units (y up) to bitmap pixels (y down) for a glyph of this
     * advance width. This is the one place the y axis is flipped between font space and the bitmap.
     */
    public AffineTransform fontToPx(int unitsPerEm, double advanceWidthUnits) {
        if (unitsPerEm <= 0) {
            throw new IllegalArgumentException("unitsPerEm must be positive, got " + unitsPerEm);
        }
        double scale = box.pxPerEm() / unitsPerEm;
        AffineTransform transform = new AffineTransform();
        transform.translate(box.originXPx(advanceWidthUnits, unitsPerEm), box.baselinePx());
        transform.scale(scale, -scale);
        return transform;
    }

    /**
     * Renders any shape through {@code toPx} (which maps the shape's coordinates to output pixels,
     * y down) into a bitmap of the given size; used to re-rasterize traced outlines.
     */
    public GrayBitmap renderPx(Shape shape, AffineTransform toPx, int widthPx, int heightPx) {
        int width = widthPx * supersample;
        int height = heightPx * supersample;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            AffineTransform transform = AffineTransform.getScaleInstance(supersample, supersample);
            transform.concatenate(toPx);
            graphics.fill(transform.createTransformedShape(shape));
        } finally {
            graphics.dispose();
        }
        return boxFilter(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), widthPx, heightPx);
    }

    /** Averages each supersample × supersample block of 8-bit coverage into one ink value. */
    private GrayBitmap boxFilter(byte[] samples, int widthPx, int heightPx) {
        int rowStride = widthPx * supersample;
        float[] ink = new float[widthPx * heightPx];
        float norm = 255f * supersample * supersample;
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                int sum = 0;
                for (int sy = 0; sy < supersample; sy++) {
                    int row = (y * supersample + sy) * rowStride + x * supersample;
                    for (int sx = 0; sx < supersample; sx++) {
                        sum += samples[row + sx] & 0xFF;
                    }
                }
                ink[y * widthPx + x] = sum / norm;
            }
        }
        return new GrayBitmap(widthPx, heightPx, ink);
    }
}
