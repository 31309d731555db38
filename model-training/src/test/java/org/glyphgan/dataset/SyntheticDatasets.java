package org.glyphgan.dataset;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

/** Tiny datasets drawn with the JDK's logical fonts, standing in for dataset files in tests. */
public final class SyntheticDatasets {
    public static final int SIZE_PX = 64;
    /** Styles available to tests: logical font family and AWT style. */
    private static final Object[][] STYLES = {
            {Font.SERIF, Font.PLAIN}, {Font.SERIF, Font.BOLD}, {Font.MONOSPACED, Font.PLAIN},
            {Font.SANS_SERIF, Font.BOLD}, {Font.SERIF, Font.ITALIC}, {Font.MONOSPACED, Font.BOLD}};

    private SyntheticDatasets() {
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Glyphs of {@code codePoints} in styles {@code first} to {@code first + count - 1}. */
    public static GlyphDataset styles(String split, int first, int count, String codePoints) {
        List<GlyphSample> samples = new ArrayList<>();
        for (int s = first; s < first + count; s++) {
            Font font = new Font((String) STYLES[s][0], (Integer) STYLES[s][1], 1);
            String fontId = "synthetic/" + STYLES[s][0] + "-" + STYLES[s][1];
            codePoints.codePoints().forEach(cp -> samples.add(new GlyphSample(fontId, cp, render(font, cp))));
        }
        return new GlyphDataset(split, SIZE_PX, "synthetic-corpus", samples);
    }

    /** The base split: a plain sans-serif. */
    public static GlyphDataset base(String codePoints) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        List<GlyphSample> samples = new ArrayList<>();
        codePoints.codePoints().forEach(cp -> samples.add(new GlyphSample("synthetic/base", cp, render(font, cp))));
        return new GlyphDataset("base", SIZE_PX, "synthetic-corpus", samples);
    }

    /** Renders one glyph in the shared em box: fixed scale, baseline, advance width centred. */
    public static GrayBitmap render(Font unitFont, int codePoint) {
        EmBox box = EmBox.ofSize(SIZE_PX);
        Font font = unitFont.deriveFont((float) box.pxPerEm());
        BufferedImage image = new BufferedImage(SIZE_PX, SIZE_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, SIZE_PX, SIZE_PX);
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        String text = new String(Character.toChars(codePoint));
        double advance = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) ((SIZE_PX - advance) / 2), (float) box.baselinePx());
        g.dispose();
        return GrayBitmap.fromImage(image);
    }
}
