package org.glyphgan.sfnt;

import java.nio.charset.StandardCharsets;

/** The 'OS/2' table, version 4 (96 bytes). */
final class Os2Table implements SfntTable {
    static final String TAG = "OS/2";
    static final int VERSION = 4;
    static final int LENGTH = 96;
    /** PANOSE bFamilyType value of Latin text faces. */
    static final byte PANOSE_LATIN_TEXT = 2;
    /** PANOSE bProportion value of monospaced Latin text faces. */
    static final byte PANOSE_MONOSPACED = 9;

    /** Unicode ranges written to ulUnicodeRange1: {first, last, bit}. */
    private static final int[][] UNICODE_RANGES = {
        {0x0000, 0x007F, 0}, // Basic Latin
        {0x0080, 0x00FF, 1}, // Latin-1 Supplement
        {0x0100, 0x017F, 2}, // Latin Extended-A
        {0x0180, 0x024F, 3}, // Latin Extended-B
    };

    private final FontPlan plan;
    private final FontBounds bounds;

    Os2Table(FontPlan plan, FontBounds bounds) {
        this.plan = plan;
        this.bounds = bounds;
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        int upm = plan.build.unitsPerEm();
        VerticalMetrics metrics = plan.metrics;
        BigEndianBuffer out = new BigEndianBuffer()
                .uint16(VERSION)
                .int16(xAvgCharWidth())
                .uint16(plan.style.weightClass())
                .uint16(5) // usWidthClass: medium (normal)
                .uint16(0); // fsType: installable embedding

        writeScriptMetrics(out, upm, metrics);
        out.int16(0); // sFamilyClass: no classification
        out.bytes(panose());
        out.uint32(ulUnicodeRange1()).uint32(0).uint32(0).uint32(0);
        out.bytes(plan.build.vendorId().getBytes(StandardCharsets.US_ASCII));

        out.uint16(plan.style.fsSelection())
                .uint16(usFirstCharIndex())
                .uint16(usLastCharIndex())
                .int16(metrics.ascender()) // sTypoAscender
                .int16(metrics.descender()) // sTypoDescender
                .int16(metrics.lineGap()) // sTypoLineGap
                .uint16(Math.max(0, Math.max(metrics.ascender(), bounds.yMax()))) // usWinAscent
                .uint16(Math.max(0, Math.max(-metrics.descender(), -bounds.yMin()))) // usWinDescent
                .uint32(ulCodePageRange1())
                .uint32(0) // ulCodePageRange2
                .int16(metrics.xHeight()) // sxHeight
                .int16(metrics.capHeight()) // sCapHeight
                .uint16(0) // usDefaultChar
                .uint16(' ') // usBreakChar
                .uint16(0); // usMaxContext: no GSUB/GPOS

        byte[] bytes = out.toByteArray();
        if (bytes.length != LENGTH) {
            throw new IllegalStateException("OS/2 version " + VERSION + " must be " + LENGTH
                    + " bytes but came out " + bytes.length);
        }
        return bytes;
    }

    /**
     * Returns the PANOSE classification: all "any", except that a fixed-pitch font is Latin Text
     * (bFamilyType 2) with bProportion 9, "monospaced".
     * NOTE: a monospaced script style is classed as Latin Text too, because the writer does not
     * know the style's kind; PANOSE's Latin Hand Written class would encode its spacing differently.
     */
    private byte[] panose() {
        byte[] panose = new byte[10];
        if (plan.build.fixedPitch()) {
            panose[0] = PANOSE_LATIN_TEXT;
            panose[3] = PANOSE_MONOSPACED;
        }
        return panose;
    }

    /** Sub/superscript and strikeout fields, as proportions of the em that many fonts use. */
    private static void writeScriptMetrics(BigEndianBuffer out, int upm, VerticalMetrics metrics) {
        int scriptSize = Math.round(upm * 0.65f);
        int scriptXSize = Math.round(upm * 0.6f);
        out.int16(scriptXSize).int16(scriptSize) // ySubscriptXSize, ySubscriptYSize
                .int16(0).int16(Math.round(upm * 0.075f)) // ySubscriptXOffset, ySubscriptYOffset
                .int16(scriptXSize).int16(scriptSize) // ySuperscriptXSize, ySuperscriptYSize
                .int16(0).int16(Math.round(upm * 0.35f)) // ySuperscriptXOffset, ySuperscriptYOffset
                .int16(Math.round(upm * 0.05f)) // yStrikeoutSize
                .int16(metrics.xHeight() > 0 ? metrics.xHeight() / 2 + upm / 40 : upm / 4); // yStrikeoutPosition
    }

    /** The average advance width over glyphs with a non-zero width (OS/2 version 3 and later). */
    private int xAvgCharWidth() {
        long sum = 0;
        int count = 0;
        for (GlyphBuild glyph : plan.glyphs) {
            if (glyph.advanceWidth() > 0) {
                sum += glyph.advanceWidth();
                count++;
            }
        }
        return count == 0 ? 0 : (int) Math.round((double) sum / count);
    }

    private long ulUnicodeRange1() {
        long bits = 0;
        for (int codePoint : plan.glyphIdByCodePoint.keySet()) {
            for (int[] range : UNICODE_RANGES) {
                if (codePoint >= range[0] && codePoint <= range[1]) {
                    bits |= 1L << range[2];
                }
            }
        }
        return bits;
    }

    /** Bit 0 (Latin 1, code page 1252) when the font covers Basic Latin letters. */
    private long ulCodePageRange1() {
        return plan.glyphIdByCodePoint.containsKey((int) 'A') || plan.glyphIdByCodePoint.containsKey((int) 'a') ? 1 : 0;
    }

    private int usFirstCharIndex() {
        return plan.glyphIdByCodePoint.isEmpty() ? 0 : Math.min(plan.glyphIdByCodePoint.firstKey(), 0xFFFF);
    }

    /** Returns the largest code point, capped at 0xFFFF as the spec requires for supplementary planes. */
    private int usLastCharIndex() {
        return plan.glyphIdByCodePoint.isEmpty() ? 0 : Math.min(plan.glyphIdByCodePoint.lastKey(), 0xFFFF);
    }
}
