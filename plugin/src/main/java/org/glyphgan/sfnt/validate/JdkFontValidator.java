package org.glyphgan.sfnt.validate;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads the font with {@code Font.createFont(Font.TRUETYPE_FONT, file)} and draws a sample string
 * headless; it passes when the JDK rasterizer inks some pixels.
 */
public final class JdkFontValidator implements FontValidator {
    public static final String NAME = "jdk-font";
    private final String sample;

    public JdkFontValidator(String sample) {
        this.sample = sample;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ValidatorVerdict validate(Path font) {
        System.setProperty("java.awt.headless", "true");
        try {
            Font loaded = Font.createFont(Font.TRUETYPE_FONT, font.toFile()).deriveFont(48f);
            BufferedImage image = new BufferedImage(64 * Math.max(1, sample.length()), 96, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D graphics = image.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setFont(loaded);
            graphics.drawString(sample, 8, 64);
            graphics.dispose();
            int inked = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    inked += (image.getRaster().getSample(x, y, 0) > 0) ? 1 : 0;
                }
            }
            String detail = "family '" + loaded.getFamily() + "', " + loaded.getNumGlyphs() + " glyphs, "
                    + inked + " inked pixels for '" + sample + "'";
            return inked > 0 ? ValidatorVerdict.pass(NAME, detail) : ValidatorVerdict.fail(NAME, detail);
        } catch (FontFormatException | IOException e) {
            return ValidatorVerdict.fail(NAME, "Font.createFont failed: " + e.getMessage());
        }
    }
}
