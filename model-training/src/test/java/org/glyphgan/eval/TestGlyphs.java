package org.glyphgan.eval;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

/**
 * Tiny datasets for tests: glyphs of installed system fonts drawn with java.awt in the shared
 * {@link EmBox}, one font per id.
 */
final class TestGlyphs {
    static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype");
    static final Path SANS = FONT_DIR.resolve("dejavu/DejaVuSans.ttf");
    static final Path SERIF = FONT_DIR.resolve("dejavu/DejaVuSerif.ttf");
    static final Path MONO = FONT_DIR.resolve("dejavu/DejaVuSansMono.ttf");
    static final Path SANS_BOLD = FONT_DIR.resolve("dejavu/DejaVuSans-Bold.ttf");
    static final Path LIBERATION_SERIF = FONT_DIR.resolve("liberation/LiberationSerif-Regular.ttf");

    private TestGlyphs() {
    }

    /** Renders {@code codePoints} of every font into one dataset of the given split. */
    static GlyphDataset dataset(String split, int sizePx, List<Path> fonts, List<Integer> codePoints) {
        List<GlyphSample> samples = new ArrayList<>();
        for (Path font : fonts) {
            String fontId = font.getFileName().toString();
            for (int codePoint : codePoints) {
                samples.add(new GlyphSample(fontId, codePoint, render(font, codePoint, sizePx)));
            }
        }
        return new GlyphDataset(split, sizePx, "test", samples);
    }

    /** Draws one character with its advance width centred and its baseline at the em box's row. */
    static GrayBitmap render(Path fontFile, int codePoint, int sizePx) {
        EmBox box = EmBox.ofSize(sizePx);
        Font font = load(fontFile).deriveFont((float) box.pxPerEm());
        BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, sizePx, sizePx);
        graphics.setColor(java.awt.Color.BLACK);
        FontRenderContext context = graphics.getFontRenderContext();
        GlyphVector vector = font.createGlyphVector(context, new String(Character.toChars(codePoint)));
        double advancePx = vector.getGlyphMetrics(0).getAdvanceX();
        double originXPx = (sizePx - advancePx) / 2.0;
        graphics.drawGlyphVector(vector, (float) originXPx, (float) box.baselinePx());
        graphics.dispose();
        return GrayBitmap.fromImage(image);
    }

    private static Font load(Path fontFile) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Test font " + fontFile + " is missing; install fonts-dejavu-core"
                    + " and fonts-liberation", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Test font " + fontFile + " is not a TrueType font", e);
        }
    }
}
