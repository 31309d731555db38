package org.glyphgan.eval;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;
import org.glyphgan.raster.GrayBitmap;

/** The model under evaluation: fits a style code to the references, then draws each character. */
public final class StyleModelMethod implements GenerationMethod {
    public static final String NAME = "model";

    private final StyleModel model;
    private final long seed;
    private final Set<Integer> drawable;

    /**
     * {@code seed} is combined with each font id to seed style fitting. Glyphs are drawn with zero
     * noise, the generator input at which the fit matched the references.
     */
    public StyleModelMethod(StyleModel model, long seed) {
        this.model = model;
        this.seed = seed;
        this.drawable = new HashSet<>(model.codePoints());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FontGenerator forFont(String fontId, Map<Integer, GrayBitmap> references) {
        for (Map.Entry<Integer, GrayBitmap> reference : references.entrySet()) {
            GrayBitmap glyph = reference.getValue();
            if (glyph.widthPx() != model.sizePx() || glyph.heightPx() != model.sizePx()) {
                throw new IllegalArgumentException("Reference " + BasicLatin.describe(reference.getKey())
                        + " of font " + fontId + " is " + glyph.widthPx() + "x" + glyph.heightPx()
                        + " px but the model draws " + model.sizePx() + " px glyphs; use a dataset rendered at "
                        + model.sizePx() + " px");
            }
        }
        long fontSeed = ReferencePicker.fontSeed(seed, fontId);
        StyleCode style = model.fitStyle(references, fontSeed, fraction -> { });
        return codePoint -> drawable.contains(codePoint)
                ? Optional.of(model.generateWithoutNoise(style, codePoint))
                : Optional.empty();
    }
}
