package org.glyphgan.facade;

import java.nio.file.Path;
import java.util.List;

/**
 * A request to learn a custom style from sample glyphs.
 *
 * @param name     the name to save the style under
 * @param samples  image or SVG files, folders of them, or partial fonts
 * @param fineTune also fine-tune the generator's decoder on the samples; this model rejects it
 *                 (see {@link GlyphGan#retrain})
 */
public record RetrainRequest(String name, List<Path> samples, boolean fineTune) {
    public RetrainRequest {
        samples = List.copyOf(samples);
    }
}
