package org.glyphgan.samples;

import java.util.List;

/**
 * The JSON form of one saved style, as {@link StyleStore} writes it.
 *
 * @param formatVersion    {@link #FORMAT_VERSION} when written; a larger number means a newer writer
 * @param name             the style name
 * @param code             the style code vector
 * @param sampleCodePoints code points of the samples, ascending
 * @param sideBearingEm    side bearing in em
 * @param created          ISO-8601 instant, such as {@code 2026-01-31T12:00:00Z}
 */
record StyleFile(int formatVersion, String name, float[] code, List<Integer> sampleCodePoints, double sideBearingEm,
                 String created) {
    static final int FORMAT_VERSION = 1;
}
