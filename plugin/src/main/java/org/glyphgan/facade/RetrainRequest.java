package org.glyphgan.facade;

import java.nio.file.Path;
import java.util.List;

/**
 * A request to learn a custom style from sample glyphs.
 *
 * @param name          the name to save the style under
 * @param samples       image or SVG files, folders of them, or partial fonts
 * @param fineTuneSteps Adam steps that fine-tune the generator's decoder on the samples after the
 *                      style code is fitted, from 0 (fit the style code only) to
 *                      {@link #MAX_FINE_TUNE_STEPS}; see {@link GlyphGan#retrain}
 */
public record RetrainRequest(String name, List<Path> samples, int fineTuneSteps) {
    /**
     * Upper bound of {@link #fineTuneSteps}: an estimated 20 minutes at the 0.6 s per step measured
     * with the shipped model on 2 CPU cores.
     */
    public static final int MAX_FINE_TUNE_STEPS = 2000;

    public RetrainRequest {
        samples = List.copyOf(samples);
        if (fineTuneSteps < 0 || fineTuneSteps > MAX_FINE_TUNE_STEPS) {
            throw new GlyphGanException("Invalid fine-tune step count " + fineTuneSteps + ": use 0 (fit the style code"
                    + " only) to " + MAX_FINE_TUNE_STEPS);
        }
    }

    /** Creates a request that fits the style code only. */
    public RetrainRequest(String name, List<Path> samples) {
        this(name, samples, 0);
    }

    /** Returns whether the request fine-tunes the decoder. */
    public boolean fineTune() {
        return fineTuneSteps > 0;
    }
}
