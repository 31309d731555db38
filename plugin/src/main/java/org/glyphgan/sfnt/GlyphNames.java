package org.glyphgan.sfnt;

import java.util.Locale;

/** Glyph names for code points, following the Adobe Glyph List's uniXXXX / uXXXXX forms. */
public final class GlyphNames {
    private GlyphNames() {
    }

    /**
     * Returns a production name: ASCII letters and digits name themselves, space is "space",
     * anything else is {@code uniXXXX} (BMP) or {@code uXXXXX} (beyond the BMP).
     */
    public static String forCodePoint(int codePoint) {
        if (codePoint == ' ') {
            return "space";
        }
        if ((codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 'a' && codePoint <= 'z')) {
            return String.valueOf((char) codePoint);
        }
        if (codePoint <= 0xFFFF) {
            return String.format(Locale.ROOT, "uni%04X", codePoint);
        }
        return String.format(Locale.ROOT, "u%05X", codePoint);
    }
}
