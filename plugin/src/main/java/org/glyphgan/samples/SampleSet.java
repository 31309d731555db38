package org.glyphgan.samples;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glyphgan.raster.GrayBitmap;

/**
 * Reference glyphs imported from user samples.
 *
 * @param glyphs   one bitmap in the model's em box per code point, ascending by code point
 * @param warnings one sentence per sample that was skipped or may be inaccurate, naming the file
 * @param spacing  side bearing measured from fonts or estimated for images
 */
public record SampleSet(Map<Integer, GrayBitmap> glyphs, List<String> warnings, SpacingHint spacing) {
    public SampleSet {
        glyphs = Collections.unmodifiableMap(new TreeMap<>(glyphs));
        warnings = List.copyOf(warnings);
    }

    /** Code points of the imported glyphs, ascending. */
    public List<Integer> codePoints() {
        return List.copyOf(glyphs.keySet());
    }
}
