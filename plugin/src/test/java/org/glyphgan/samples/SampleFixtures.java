package org.glyphgan.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLoadException;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;

/** Test inputs drawn from the base font (DejaVu Sans): letter images, SVG drawings and reference bitmaps. */
final class SampleFixtures {
    static final EmBox BOX = EmBox.ofSize(64);
    private static CorpusFont baseFont;

    private SampleFixtures() {
    }

    static Path fontsDir() {
        return Path.of(System.getProperty("glyphgan.fonts.dir", "../fonts"));
    }

    static Path baseFontPath() {
        return fontsDir().resolve("dejavu-sans/DejaVuSans.ttf");
    }

    static synchronized CorpusFont baseFont() {
        if (baseFont == null) {
            try {
                baseFont = new FontLoader().loadFile(baseFontPath());
            } catch (FontLoadException e) {
                throw new IllegalStateException("The base font is missing: " + e.getMessage(), e);
            }
        }
        return baseFont;
    }

    static GeneralPath outline(int codePoint) {
        try {
            return baseFont().outline(codePoint).orElseThrow();
        } catch (FontLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    static int advanceWidth(int codePoint) {
        try {
            return baseFont().advanceWidth(codePoint).orElseThrow();
        } catch (FontLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders the base font's glyph exactly into {@link #BOX}. */
    static GrayBitmap reference(int codePoint) {
        return new GlyphRasterizer(BOX).render(outline(codePoint), baseFont().unitsPerEm(), advanceWidth(codePoint));
    }

    /**
     * Draws the base font's glyph black on white with Java2D: {@code pxPerEm} pixels per em, its
     * origin at ({@code originXPx}, {@code baselinePx}).
     */
    static BufferedImage drawLetter(int codePoint, double pxPerEm, int widthPx, int heightPx, double originXPx,
                                    double baselinePx) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, widthPx, heightPx);
        fill(graphics, codePoint, pxPerEm, originXPx, baselinePx, Color.BLACK);
        graphics.dispose();
        return image;
    }

    static void fill(Graphics2D graphics, int codePoint, double pxPerEm, double originXPx, double baselinePx,
                     Color color) {
        double scale = pxPerEm / baseFont().unitsPerEm();
        AffineTransform fontToPx = new AffineTransform(scale, 0, 0, -scale, originXPx, baselinePx);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(color);
        graphics.fill(fontToPx.createTransformedShape(outline(codePoint)));
    }

    static void writeImage(BufferedImage image, String format, Path file) {
        try {
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the glyph as an SVG in font units with the baseline at y = 0, like the project's glyph writer. */
    static String svgOf(int codePoint) {
        int ascender = baseFont().metrics().ascender();
        int descender = baseFont().metrics().descender();
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 %d %d %d\">"
                        + "<path d=\"%s\" fill=\"black\"/></svg>", -ascender, advanceWidth(codePoint),
                ascender - descender, pathData(AffineTransform.getScaleInstance(1, -1).createTransformedShape(
                        outline(codePoint))));
    }

    private static String pathData(Shape shape) {
        StringBuilder data = new StringBuilder();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            if (type == PathIterator.SEG_MOVETO) {
                data.append(String.format(Locale.ROOT, "M%.1f %.1f", coords[0], coords[1]));
            } else if (type == PathIterator.SEG_LINETO) {
                data.append(String.format(Locale.ROOT, "L%.1f %.1f", coords[0], coords[1]));
            } else if (type == PathIterator.SEG_QUADTO) {
                data.append(String.format(Locale.ROOT, "Q%.1f %.1f %.1f %.1f", coords[0], coords[1], coords[2], coords[3]));
            } else if (type == PathIterator.SEG_CUBICTO) {
                data.append(String.format(Locale.ROOT, "C%.1f %.1f %.1f %.1f %.1f %.1f", coords[0], coords[1],
                        coords[2], coords[3], coords[4], coords[5]));
            } else {
                data.append('Z');
            }
        }
        return data.toString();
    }

    /** Intersection over union of the pixels with ink of at least one half. */
    static double iou(GrayBitmap a, GrayBitmap b) {
        int intersection = 0;
        int union = 0;
        for (int y = 0; y < a.heightPx(); y++) {
            for (int x = 0; x < a.widthPx(); x++) {
                boolean inA = a.get(x, y) >= 0.5f;
                boolean inB = b.get(x, y) >= 0.5f;
                intersection += inA && inB ? 1 : 0;
                union += inA || inB ? 1 : 0;
            }
        }
        return union == 0 ? 1.0 : (double) intersection / union;
    }

    /** Bottom edge of the ink, in pixel rows from the top. */
    static int inkBottom(GrayBitmap bitmap) {
        return (int) Math.round(InkBox.of(bitmap).orElseThrow().bottom());
    }
}
