package org.glyphgan.samples;

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
 */
public record StoredStyle(String name, StyleCode code, List<Integer> sampleCodePoints, double sideBearingEm,
                          Instant created) {
    public StoredStyle {
        sampleCodePoints = List.copyOf(sampleCodePoints);
    }
}
