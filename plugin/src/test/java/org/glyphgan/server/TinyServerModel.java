package org.glyphgan.server;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphgan.facade.TinyModels;
import org.glyphgan.gan.GanArchitecture;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.GrayBitmap;

/**
 * A tiny untrained GAN for service tests: 4-channel networks, 64 px glyphs, Basic Latin. Its
 * generator starts from the content glyph's logits, so even untrained it draws letter shapes.
 */
final class TinyServerModel {
    static final GanArchitecture ARCHITECTURE = new GanArchitecture(64, 4, 4, 6, 2);
    static final String[] STYLE_NAMES = {"serif", "sans", "mono"};
    private static final int FIT_STEPS = 4;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TinyServerModel() {
    }

    static GanStyleModel build() {
        GanParameters params = GanParameters.initialise(ARCHITECTURE, STYLE_NAMES.length, 5);
        Map<Integer, GrayBitmap> base = new LinkedHashMap<>();
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        for (int cp = 0x21; cp <= 0x7E; cp++) {
            base.put(cp, render(font, cp, ARCHITECTURE.sizePx()));
        }
        float[][] codes = params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix();
        Map<String, StyleCode> styles = new LinkedHashMap<>();
        for (int i = 0; i < STYLE_NAMES.length; i++) {
            styles.put(STYLE_NAMES[i], new StyleCode(codes[i]));
        }
        return new GanStyleModel(params, base, styles, FIT_STEPS, 0.05);
    }

    /** Renders one character in the shared em box (fixed scale and baseline, advance centred). */
    static GrayBitmap render(Font unitFont, int codePoint, int sizePx) {
        return GrayBitmap.fromImage(image(unitFont, codePoint, sizePx));
    }

    /** Renders one character as a black-on-white image, e.g. for sample PNG files. */
    static BufferedImage image(Font unitFont, int codePoint, int sizePx) {
        return TinyModels.image(unitFont, codePoint, sizePx);
    }
}
