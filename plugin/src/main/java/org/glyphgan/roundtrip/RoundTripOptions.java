package org.glyphgan.roundtrip;

import org.glyphgan.raster.CharacterSet;
import org.glyphgan.trace.TraceParameters;

/**
 * Settings of one font round trip.
 *
 * @param sizePx          side of the square em box the glyphs are rendered in, in pixels
 * @param characters      the characters to trace
 * @param traceParameters the tracer's thresholds (upsampling included)
 * @param familyName      family name of the written font, or null for "&lt;source family&gt; Traced"
 */
public record RoundTripOptions(int sizePx, CharacterSet characters, TraceParameters traceParameters, String familyName) {
    public static final int DEFAULT_SIZE_PX = 64;
    public static final int MIN_SIZE_PX = 16;
    public static final int MAX_SIZE_PX = 1024;

    public RoundTripOptions {
        if (sizePx < MIN_SIZE_PX || sizePx > MAX_SIZE_PX) {
            throw new IllegalArgumentException("Invalid bitmap size " + sizePx + " px: use " + MIN_SIZE_PX
                    + " to " + MAX_SIZE_PX + " px (64 is the model's size)");
        }
        if (characters == null || characters.size() == 0) {
            throw new IllegalArgumentException("The character set is empty; use basic, latin1 or a range such as U+0041-U+005A");
        }
        if (traceParameters == null) {
            throw new IllegalArgumentException("Trace parameters are missing; use TraceParameters.DEFAULTS");
        }
        if (familyName != null && familyName.isBlank()) {
            throw new IllegalArgumentException("The family name is blank; give a name such as 'Fira Sans Traced' or leave it out");
        }
    }

    /** Options with the defaults: 64 px, the basic character set, the tracer's default thresholds. */
    public static RoundTripOptions defaults() {
        return new RoundTripOptions(DEFAULT_SIZE_PX, CharacterSet.basic(), TraceParameters.DEFAULTS, null);
    }

    public RoundTripOptions withSizePx(int value) {
        return new RoundTripOptions(value, characters, traceParameters, familyName);
    }

    public RoundTripOptions withCharacters(CharacterSet value) {
        return new RoundTripOptions(sizePx, value, traceParameters, familyName);
    }

    public RoundTripOptions withFamilyName(String value) {
        return new RoundTripOptions(sizePx, characters, traceParameters, value);
    }
}
