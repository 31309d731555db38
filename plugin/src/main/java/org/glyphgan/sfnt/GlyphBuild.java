package org.glyphgan.sfnt;

import java.util.List;
import java.util.regex.Pattern;
import org.glyphgan.outline.GlyphOutline;

/**
 * One glyph to write: its PostScript glyph name, the Unicode code points that map to it, its
 * advance width in font units and its outline (font units, y up, lines and quadratic curves only).
 * The outline is placed as given, so the left side bearing is the outline's xMin.
 */
public record GlyphBuild(String name, List<Integer> codePoints, int advanceWidth, GlyphOutline outline) {
    /** Glyph names as the post table and the AGL allow: letters, digits, '.', '_'. */
    private static final Pattern GLYPH_NAME = Pattern.compile("[A-Za-z_.][A-Za-z0-9_.]{0,62}");

    public GlyphBuild {
        codePoints = List.copyOf(codePoints);
        if (name == null || !GLYPH_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid glyph name '" + name
                    + "': use 1 to 63 characters from A-Z a-z 0-9 . _, not starting with a digit (e.g. 'A', 'uni00E9')");
        }
        SfntLimits.requireUint16(advanceWidth, "advance width of glyph '" + name + "'");
        if (outline == null) {
            throw new IllegalArgumentException("Glyph '" + name + "' has no outline; use GlyphOutline.EMPTY for a blank glyph");
        }
    }

    /** Creates a glyph for one code point. */
    public static GlyphBuild of(String name, int codePoint, int advanceWidth, GlyphOutline outline) {
        return new GlyphBuild(name, List.of(codePoint), advanceWidth, outline);
    }

    /** Creates a glyph with a name derived from its code point ({@code uniXXXX} or {@code uXXXXX}). */
    public static GlyphBuild forCodePoint(int codePoint, int advanceWidth, GlyphOutline outline) {
        return of(GlyphNames.forCodePoint(codePoint), codePoint, advanceWidth, outline);
    }
}
