package org.glyphgan.facade;

import java.util.List;

/**
 * A request to generate a glyph set.
 *
 * @param style      where the style code comes from
 * @param codePoints the characters to draw, in the order the glyph set lists them; U+0020 is
 *                   skipped because every exported font gets a space glyph sized from the style
 * @param candidates bitmaps drawn per character: the first with zero noise, the others with
 *                   different noise seeds; the best-scoring one is kept (see
 *                   {@link GlyphGan#generate}). At least 1.
 * @param seed       noise seed base of the candidates after the first: candidate k ≥ 1 uses
 *                   {@code seed + k}
 * @param pitch      proportional or monospaced spacing; null reads as {@link Pitch#AUTO}
 */
public record GenerateRequest(StyleSource style, List<Integer> codePoints, int candidates, long seed, Pitch pitch) {
    /** Maximum candidates per character, so one request cannot run for hours. */
    public static final int MAX_CANDIDATES = 64;

    public GenerateRequest {
        if (style == null) {
            throw new GlyphGanException("The generate request has no style; give a named, random, mixed or custom style");
        }
        codePoints = List.copyOf(codePoints);
        if (codePoints.isEmpty()) {
            throw new GlyphGanException("The character set is empty; request at least one character, e.g. 'basic'"
                    + " for U+0021-U+007E");
        }
        if (candidates < 1 || candidates > MAX_CANDIDATES) {
            throw new GlyphGanException("Invalid candidate count " + candidates + ": use 1 to " + MAX_CANDIDATES);
        }
        if (pitch == null) {
            pitch = Pitch.AUTO;
        }
    }

    /** Creates a request with {@link Pitch#AUTO} spacing. */
    public GenerateRequest(StyleSource style, List<Integer> codePoints, int candidates, long seed) {
        this(style, codePoints, candidates, seed, Pitch.AUTO);
    }
}
