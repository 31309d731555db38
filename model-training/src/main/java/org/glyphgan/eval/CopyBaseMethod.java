package org.glyphgan.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baseline that ignores the style: every character is the base font's glyph, the same content
 * glyph the generator receives as input.
 */
public final class CopyBaseMethod implements GenerationMethod {
    public static final String NAME = "copy-base";
    private static final Logger log = LoggerFactory.getLogger(CopyBaseMethod.class);

    private final Map<Integer, GrayBitmap> baseGlyphs = new HashMap<>();

    /** Uses the first font of {@code base} (the base split normally contains one neutral font). */
    public CopyBaseMethod(GlyphDataset base) {
        List<String> fontIds = base.fontIds();
        if (fontIds.isEmpty()) {
            throw new IllegalArgumentException("The base dataset (split '" + base.split()
                    + "') has no glyphs; rebuild the dataset with a base font");
        }
        String baseFont = fontIds.get(0);
        if (fontIds.size() > 1) {
            log.warn("The base dataset contains {} fonts; the copy-base baseline uses only the first, {}",
                    fontIds.size(), baseFont);
        }
        for (GlyphSample sample : base.byFont().get(baseFont)) {
            baseGlyphs.put(sample.codePoint(), sample.bitmap());
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FontGenerator forFont(String fontId, Map<Integer, GrayBitmap> references) {
        return codePoint -> Optional.ofNullable(baseGlyphs.get(codePoint));
    }
}
