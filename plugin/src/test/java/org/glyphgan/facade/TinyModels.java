package org.glyphgan.facade;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphgan.gan.GanArchitecture;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

/**
 * A tiny untrained GAN for façade tests: 4-channel networks, 64 px glyphs. The generator starts at
 * the content glyph's logits, so even untrained it draws recognisable glyphs that trace cleanly.
 */
public final class TinyModels {
    static final GanArchitecture ARCHITECTURE = new GanArchitecture(64, 4, 4, 6, 2);
    /** A named style that the font manifest lists as a monospaced training font. */
    static final String MONOSPACED_TRAINING_FONT = "dejavu-sans-mono/DejaVuSansMono.ttf";
    static final String[] STYLE_NAMES = {"serif", "sans", "mono", MONOSPACED_TRAINING_FONT};
    private static GanStyleModel shared;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TinyModels() {
    }

    /** Returns one tiny model shared by the tests of a JVM, which is thread-safe. */
    public static synchronized GanStyleModel shared() {
        if (shared == null) {
            shared = build("!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");
        }
        return shared;
    }

    /** Builds a model that draws {@code characters} with named styles {@link #STYLE_NAMES}. */
    public static GanStyleModel build(String characters) {
        GanParameters params = GanParameters.initialise(ARCHITECTURE, STYLE_NAMES.length, 5);
        Map<Integer, GrayBitmap> base = new LinkedHashMap<>();
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        characters.codePoints().forEach(cp -> base.put(cp, render(font, cp)));
        float[][] codes = params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix();
        Map<String, StyleCode> styles = new LinkedHashMap<>();
        for (int i = 0; i < STYLE_NAMES.length; i++) {
            styles.put(STYLE_NAMES[i], new StyleCode(codes[i]));
        }
        return new GanStyleModel(params, base, styles, 4, 0.05);
    }

    /** Renders one glyph in the shared em box: fixed scale and baseline, advance width centred. */
    static GrayBitmap render(Font unitFont, int codePoint) {
        return GrayBitmap.fromImage(image(unitFont, codePoint, ARCHITECTURE.sizePx()));
    }

    /** Renders one character black on white in the shared em box of {@code sizePx} pixels. */
    public static BufferedImage image(Font unitFont, int codePoint, int sizePx) {
        EmBox box = EmBox.ofSize(sizePx);
        BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sizePx, sizePx);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(unitFont.deriveFont((float) box.pxPerEm()));
        String text = new String(Character.toChars(codePoint));
        double advance = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) ((sizePx - advance) / 2), (float) box.baselinePx());
        g.dispose();
        return image;
    }
}
