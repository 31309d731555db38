package org.glyphgan.trace;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

/**
 * Renders characters of a font file with Java2D into the em box, anti-aliased, for the tracer's
 * benchmark and fidelity tests. The outline is scaled from a nominal 1000 units per em because
 * Java2D does not expose the font's own unitsPerEm.
 */
public final class AwtGlyphRenderer {
    /** Units per em the rendered glyphs are measured in. */
    public static final int UNITS_PER_EM = 1000;

    private final Font font;
    private final EmBox emBox;

    public AwtGlyphRenderer(Path fontFile, EmBox emBox) throws IOException {
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile()).deriveFont((float) emBox.pxPerEm());
        } catch (FontFormatException e) {
            throw new IOException("Font file " + fontFile + " is not a readable TrueType/OpenType font", e);
        }
        this.emBox = emBox;
    }

    /** A rendered glyph and the mapping from its bitmap to font units. */
    public record RenderedGlyph(int codePoint, GrayBitmap bitmap, FontSpaceMapping mapping) {
    }

    /** Returns null when the font has no glyph for {@code codePoint}. */
    public RenderedGlyph render(int codePoint) {
        if (!font.canDisplay(codePoint)) {
            return null;
        }
        FontRenderContext context = new FontRenderContext(null, true, true);
        GlyphVector vector = font.createGlyphVector(context, new String(Character.toChars(codePoint)));
        double advancePx = vector.getGlyphMetrics(0).getAdvanceX();
        double advanceUnits = advancePx / emBox.pxPerEm() * UNITS_PER_EM;
        FontSpaceMapping mapping = FontSpaceMapping.centred(emBox, UNITS_PER_EM, advanceUnits);
        int size = emBox.sizePx();
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fill(vector.getOutline((float) mapping.originXPx(), (float) emBox.baselinePx()));
        } finally {
            graphics.dispose();
        }
        float[] ink = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                ink[y * size + x] = image.getRaster().getSample(x, y, 0) / 255f;
            }
        }
        return new RenderedGlyph(codePoint, new GrayBitmap(size, size, ink), mapping);
    }
}
