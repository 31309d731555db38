package org.glyphgan.samples;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.glyphgan.gan.StyleCode;

/**
 * A custom style saved by {@link StyleStore}.
 *
 * @param name             the style name, also the file name without {@code .json}
 * @param code             the fitted style code
 * @param sampleCodePoints code points of the samples the code was fitted to, ascending
 * @param sideBearingEm    side bearing from the samples, in em
 * @param created          when the style was saved
 * @param decoder          the tuned decoder saved with the style, or null for a style code alone
 */
public record StoredStyle(String name, StyleCode code, List<Integer> sampleCodePoints, double sideBearingEm,
                          Instant created, TunedDecoder decoder) {
    public StoredStyle {
        sampleCodePoints = List.copyOf(sampleCodePoints);
    }

    /** A style code alone, without a tuned decoder. */
    public StoredStyle(String name, StyleCode code, List<Integer> sampleCodePoints, double sideBearingEm,
                       Instant created) {
        this(name, code, sampleCodePoints, sideBearingEm, created, null);
    }

    /** Returns whether the style has a tuned decoder, which {@link StyleStore#loadDecoder} reads. */
    public boolean fineTuned() {
        return decoder != null;
    }

    /**
     * The file of a style's tuned decoder arrays.
     *
     * @param file          the zip file in the styles folder
     * @param sha256        its expected SHA-256 in lowercase hex, as the style file records it
     * @param fineTuneSteps Adam steps of the fine-tune that produced it
     */
    public record TunedDecoder(Path file, String sha256, int fineTuneSteps) {
    }
}
