package org.glyphgan.roundtrip;

import java.util.List;
import org.glyphgan.corpus.FontMetrics;
import org.glyphgan.sfnt.FontBuild;

/**
 * The outcome of tracing a font: the traced glyphs in code point order, the requested code
 * points the source font lacks, and the font ready to be written.
 *
 * @param sourceFileName file name of the source font
 * @param sourceMetrics  the source font's vertical metrics and unitsPerEm
 * @param glyphs         traced glyphs, in code point order
 * @param missingCodePoints requested code points that the source font does not map
 * @param fontBuild      the traced font, with the source's unitsPerEm, metrics and advance widths
 */
public record RoundTripResult(String sourceFileName, FontMetrics sourceMetrics, List<TracedGlyph> glyphs,
                              List<Integer> missingCodePoints, FontBuild fontBuild) {
    public RoundTripResult {
        glyphs = List.copyOf(glyphs);
        missingCodePoints = List.copyOf(missingCodePoints);
    }

    /** Mean ink IoU over the traced glyphs. */
    public double meanInkIou() {
        return glyphs.stream().mapToDouble(TracedGlyph::inkIou).average().orElse(Double.NaN);
    }

    /** Mean on-curve plus off-curve points per traced glyph. */
    public double meanNodeCount() {
        return glyphs.stream().mapToInt(TracedGlyph::nodeCount).average().orElse(Double.NaN);
    }
}
