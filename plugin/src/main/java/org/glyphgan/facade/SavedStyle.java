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
 * @param fineTuneSteps    Adam steps the decoder was fine-tuned for; 0 for a style code alone
 * @param decoderFile      the tuned decoder's file in the styles folder, or null for a style code alone
 */
public record SavedStyle(String name, int sampleCount, List<Integer> sampleCodePoints, Path file, int fineTuneSteps,
                         Path decoderFile) {
    public SavedStyle {
        sampleCodePoints = List.copyOf(sampleCodePoints);
    }
}
