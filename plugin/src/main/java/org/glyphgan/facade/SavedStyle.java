package org.glyphgan.facade;

import java.nio.file.Path;
import java.util.List;

/**
 * A custom style saved by {@link GlyphGan#retrain}.
 *
 * @param name             the name {@link StyleSource.Custom} takes
 * @param sampleCount      sample glyphs the style code was fitted to
 * @param sampleCodePoints their characters, ascending
 * @param file             the style file in the styles folder
 */
public record SavedStyle(String name, int sampleCount, List<Integer> sampleCodePoints, Path file) {
    public SavedStyle {
        sampleCodePoints = List.copyOf(sampleCodePoints);
    }
}
