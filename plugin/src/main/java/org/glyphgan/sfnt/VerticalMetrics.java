package org.glyphgan.sfnt;

/**
 * A font's vertical metrics in font units, y up: {@code descender} is negative below the
 * baseline. They fill hhea (ascender, descender, lineGap) and OS/2 (sTypoAscender,
 * sTypoDescender, sTypoLineGap, sCapHeight, sxHeight).
 */
public record VerticalMetrics(int ascender, int descender, int lineGap, int capHeight, int xHeight) {
    public VerticalMetrics {
        if (ascender <= 0) {
            throw new IllegalArgumentException("Invalid ascender " + ascender
                    + ": it must be positive (font units above the baseline)");
        }
        if (descender > 0) {
            throw new IllegalArgumentException("Invalid descender " + descender
                    + ": it must be zero or negative (font units below the baseline, y up)");
        }
        if (lineGap < 0) {
            throw new IllegalArgumentException("Invalid lineGap " + lineGap + ": it must not be negative");
        }
        if (capHeight < 0 || xHeight < 0) {
            throw new IllegalArgumentException("Invalid capHeight " + capHeight + " or xHeight " + xHeight
                    + ": both must be zero or positive");
        }
        for (int value : new int[] {ascender, descender, lineGap, capHeight, xHeight}) {
            SfntLimits.requireInt16(value, "vertical metric");
        }
    }
}
