package org.glyphgan.samples;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON form of one saved style, as {@link StyleStore} writes it.
 *
 * @param formatVersion    {@link #CODE_ONLY_VERSION} for a style code alone, {@link #FORMAT_VERSION}
 *                         for a style with a tuned decoder, so that a glyphgan that cannot load the
 *                         decoder rejects the file instead of drawing without it; a larger number
 *                         means a newer writer
 * @param name             the style name
 * @param code             the style code vector
 * @param sampleCodePoints code points of the samples, ascending
 * @param sideBearingEm    side bearing in em
 * @param created          ISO-8601 instant, such as {@code 2026-01-31T12:00:00Z}
 * @param fineTuneSteps    Adam steps of the decoder fine-tune; null (absent) for a style code alone
 * @param decoderFile      file name, in the styles folder, of the tuned decoder arrays; null or
 *                         absent for a style code alone
 * @param decoderSha256    SHA-256 of {@code decoderFile} in lowercase hex; null or absent for a
 *                         style code alone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StyleFile(int formatVersion, String name, float[] code, List<Integer> sampleCodePoints, double sideBearingEm,
                 String created, Integer fineTuneSteps, String decoderFile, String decoderSha256) {
    static final int CODE_ONLY_VERSION = 1;
    static final int FORMAT_VERSION = 2;
}
